// SPDX-License-Identifier: MIT
#include "transcript/transcriptreader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace Workbench {

Result<QList<QJsonObject>> TranscriptReader::readEvents(const QString &path, QStringList *malformed)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("transcript_unreadable"),
                     QStringLiteral("Cannot open the transcript %1").arg(path),
                     file.errorString(),
                     {}};
    }
    QList<QJsonObject> events;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            if (malformed)
                malformed->append(QStringLiteral("line %1: %2").arg(lineNo).arg(err.errorString()));
            continue;
        }
        events.append(doc.object());
    }
    return events;
}

Result<TranscriptSummary> TranscriptReader::summarize(const QString &path)
{
    TranscriptSummary s;
    auto events = readEvents(path, &s.malformedLines);
    if (!events)
        return events.error();
    QDateTime first, last;
    for (const QJsonObject &e : std::as_const(*events)) {
        const QString type = e.value(QLatin1String("type")).toString();
        const QDateTime ts =
            QDateTime::fromString(e.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs);
        if (ts.isValid()) {
            if (!first.isValid())
                first = ts;
            last = ts;
        }
        if (type == QLatin1String("run_started")) {
            s.runId = e.value(QLatin1String("run_id")).toString();
            s.task = e.value(QLatin1String("task")).toString();
            s.model = e.value(QLatin1String("model")).toString();
            s.provider = e.value(QLatin1String("provider")).toString();
            s.workspace = e.value(QLatin1String("workspace")).toString();
            s.permissionMode = e.value(QLatin1String("permission_mode")).toString();
        } else if (type == QLatin1String("assistant_message")) {
            ++s.turns;
            const QJsonObject u =
                e.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject();
            s.inputTokens += u.value(QLatin1String("input_tokens")).toInteger();
            s.outputTokens += u.value(QLatin1String("output_tokens")).toInteger();
            s.cacheReadTokens += u.value(QLatin1String("cache_read_input_tokens")).toInteger();
            s.cacheWriteTokens += u.value(QLatin1String("cache_creation_input_tokens")).toInteger();
        } else if (type == QLatin1String("tool_call")) {
            ++s.toolCalls;
        } else if (type == QLatin1String("decision")) {
            if (e.value(QLatin1String("verdict")).toString() == QLatin1String("deny"))
                ++s.deniedCalls;
        } else if (type == QLatin1String("run_finished")) {
            s.stopReason = e.value(QLatin1String("stop_reason")).toString();
        }
    }
    if (first.isValid() && last.isValid())
        s.durationMs = first.msecsTo(last);
    return s;
}

QString TranscriptSummary::toText() const
{
    QString out;
    auto line = [&out](const QString &k, const QString &v) {
        out += k.leftJustified(14) + v + QLatin1Char('\n');
    };
    line(QStringLiteral("Run:"), runId);
    line(QStringLiteral("Task:"), task);
    line(QStringLiteral("Model:"), QStringLiteral("%1 (%2)").arg(model, provider));
    line(QStringLiteral("Workspace:"), workspace);
    line(QStringLiteral("Mode:"), permissionMode);
    line(QStringLiteral("Turns:"), QString::number(turns));
    line(QStringLiteral("Tool calls:"), QStringLiteral("%1 (%2 denied)").arg(toolCalls).arg(deniedCalls));
    line(QStringLiteral("Tokens:"), QStringLiteral("%1 in, %2 out, %3 cache read, %4 cache write")
                                        .arg(inputTokens)
                                        .arg(outputTokens)
                                        .arg(cacheReadTokens)
                                        .arg(cacheWriteTokens));
    line(QStringLiteral("Duration:"), durationMs >= 0
                                          ? QStringLiteral("%1 s").arg(double(durationMs) / 1000.0, 0, 'f', 1)
                                          : QStringLiteral("unknown"));
    line(QStringLiteral("Ended:"),
         stopReason.isEmpty() ? QStringLiteral("not finished (interrupted?)") : stopReason);
    for (const QString &m : malformedLines)
        out += QStringLiteral("Skipped malformed %1\n").arg(m);
    return out;
}

} // namespace Workbench
