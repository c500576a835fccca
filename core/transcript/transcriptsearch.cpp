// SPDX-License-Identifier: MIT
#include "transcript/transcriptsearch.h"

#include "transcript/jsonlreader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Workbench {

namespace {

QString snippetAround(const QString &text, qsizetype at, qsizetype length)
{
    constexpr qsizetype kContext = 60;
    const qsizetype from = std::max<qsizetype>(0, at - kContext);
    const qsizetype to = std::min(text.size(), at + length + kContext);
    QString s = text.mid(from, to - from).simplified();
    if (from > 0)
        s.prepend(QChar(0x2026));
    if (to < text.size())
        s.append(QChar(0x2026));
    return s;
}

/// The first string value (depth first, keys skipped) containing `query`.
bool findIn(const QJsonValue &v, const QString &query, QString *snippet)
{
    if (v.isString()) {
        const QString t = v.toString();
        const qsizetype at = t.indexOf(query, 0, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        *snippet = snippetAround(t, at, query.size());
        return true;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (findIn(it.value(), query, snippet))
                return true;
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            if (findIn(x, query, snippet))
                return true;
    }
    return false;
}

QString kindOf(const QJsonObject &o)
{
    QString kind = o.value(QLatin1String("type")).toString();
    if (kind.isEmpty())
        kind = QStringLiteral("line");
    const QString subtype = o.value(QLatin1String("subtype")).toString();
    if (!subtype.isEmpty())
        return kind + QLatin1Char('/') + subtype;
    if (kind == QLatin1String("user")) {
        const QJsonArray content =
            o.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toArray();
        for (const QJsonValue &b : content)
            if (b.toObject().value(QLatin1String("type")).toString() == QLatin1String("tool_result"))
                return QStringLiteral("user/tool_result");
    }
    if (o.value(QLatin1String("isSidechain")).toBool())
        kind += QStringLiteral(" (sub-agent)");
    return kind;
}

} // namespace

QStringList TranscriptSearch::collectFiles(const QStringList &dirs)
{
    QStringList files;
    QSet<QString> seen;
    for (const QString &dir : dirs) {
        if (QFileInfo(dir).isFile()) {
            const QString c = QFileInfo(dir).canonicalFilePath();
            if (!seen.contains(c)) {
                seen.insert(c);
                files.append(dir);
            }
            continue;
        }
        QStringList here;
        QDirIterator it(dir, {QStringLiteral("*.jsonl")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QString c = QFileInfo(f).canonicalFilePath();
            if (seen.contains(c))
                continue;
            seen.insert(c);
            here.append(f);
        }
        here.sort();
        files += here;
    }
    return files;
}

Status TranscriptSearch::searchFile(const QString &path, const QString &query,
                                    const std::function<bool(const SearchHit &)> &onHit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("transcript_unreadable"),
                     QStringLiteral("Cannot open the transcript %1").arg(path),
                     file.errorString(),
                     {}};
    if (query.isEmpty())
        return {};
    // A cheap test on the raw bytes first; JSON escapes only quotes, backslashes and control
    // characters, so a query without them appears in the raw line whenever it is in a value.
    bool rawPrefilter = true;
    for (QChar c : query)
        rawPrefilter =
            rawPrefilter && c != QLatin1Char('"') && c != QLatin1Char('\\') && c >= QLatin1Char(' ');
    JsonlReader reader(&file);
    while (reader.nextRaw()) {
        const QByteArray &raw = reader.rawLine();
        if (raw.trimmed().isEmpty())
            continue;
        const QString text = QString::fromUtf8(raw);
        if (rawPrefilter && !text.contains(query, Qt::CaseInsensitive))
            continue;
        SearchHit hit;
        hit.path = path;
        hit.line = reader.lineNumber();
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            const qsizetype at = text.indexOf(query, 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            hit.kind = QStringLiteral("malformed");
            hit.snippet = snippetAround(text, at, query.size());
        } else {
            const QJsonObject o = doc.object();
            if (!findIn(o, query, &hit.snippet))
                continue;
            hit.kind = kindOf(o);
        }
        if (!onHit(hit))
            break;
    }
    return {};
}

} // namespace Workbench
