// SPDX-License-Identifier: MIT
#include "transcript/claudecodereader.h"

#include "llm/pricing.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMetaObject>
#include <QMutex>
#include <QSet>
#include <QThreadPool>

#include <algorithm>

namespace Workbench {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ClaudeCodeEntry::Kind kindOf(const QString &type)
{
    using K = ClaudeCodeEntry::Kind;
    static const QHash<QString, K> kinds{{QStringLiteral("user"), K::User},
                                         {QStringLiteral("assistant"), K::Assistant},
                                         {QStringLiteral("system"), K::System},
                                         {QStringLiteral("summary"), K::Summary},
                                         {QStringLiteral("ai-title"), K::Title},
                                         {QStringLiteral("file-history-snapshot"), K::FileSnapshot},
                                         {QStringLiteral("queue-operation"), K::QueueOperation},
                                         {QStringLiteral("attachment"), K::Attachment},
                                         {QStringLiteral("progress"), K::Progress}};
    return kinds.value(type, K::Unknown);
}

QString oneLine(QString s, int max = 200)
{
    s = s.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return v.toString();
    return v.toVariant().toString();
}

QString toolResultText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &b : content.toArray()) {
        const QJsonObject o = b.toObject();
        if (str(o, "type") == QLatin1String("text"))
            parts.append(str(o, "text"));
        else
            parts.append(QStringLiteral("[%1]").arg(str(o, "type")));
    }
    return parts.join(QLatin1Char('\n'));
}

QString blockText(const QJsonObject &b, bool full)
{
    const QString type = str(b, "type");
    if (type == QLatin1String("text"))
        return str(b, "text");
    if (type == QLatin1String("thinking"))
        return QStringLiteral("[thinking] %1").arg(str(b, "thinking"));
    if (type == QLatin1String("redacted_thinking"))
        return QStringLiteral("[redacted thinking]");
    if (type == QLatin1String("tool_use"))
        return QStringLiteral("[tool call %1] %2")
            .arg(str(b, "name"), compact(b.value(QLatin1String("input"))));
    if (type == QLatin1String("tool_result")) {
        const QString text = toolResultText(b.value(QLatin1String("content")));
        return QStringLiteral("[tool result%1] %2")
            .arg(b.value(QLatin1String("is_error")).toBool() ? QStringLiteral(", error") : QString(),
                 full ? text : oneLine(text));
    }
    return QStringLiteral("[%1]").arg(type);
}

} // namespace

void TokenTotals::add(const QJsonObject &u)
{
    input += u.value(QLatin1String("input_tokens")).toInteger();
    output += u.value(QLatin1String("output_tokens")).toInteger();
    cacheRead += u.value(QLatin1String("cache_read_input_tokens")).toInteger();
    cacheWrite += u.value(QLatin1String("cache_creation_input_tokens")).toInteger();
}

QString ClaudeCodeEntry::fullText() const
{
    switch (kind) {
    case Kind::User:
    case Kind::Assistant: {
        QStringList parts;
        for (const QJsonValue &b : content)
            parts.append(blockText(b.toObject(), true));
        return parts.join(QLatin1Char('\n'));
    }
    case Kind::System:
        return str(raw, "content");
    case Kind::Summary:
        return str(raw, "summary");
    case Kind::Title:
        return str(raw, "aiTitle");
    case Kind::QueueOperation:
        return QStringLiteral("%1 %2").arg(str(raw, "operation"),
                                           compact(raw.value(QLatin1String("content"))));
    case Kind::Attachment:
        return compact(raw.value(QLatin1String("attachment")));
    case Kind::FileSnapshot:
    case Kind::Progress:
    case Kind::Unknown:
        break;
    }
    return compact(raw);
}

QString ClaudeCodeEntry::summaryText() const
{
    if (kind == Kind::User || kind == Kind::Assistant) {
        QStringList parts;
        for (const QJsonValue &b : content)
            parts.append(blockText(b.toObject(), false));
        return oneLine(parts.join(QLatin1Char(' ')));
    }
    if (compactBoundary)
        return oneLine(QStringLiteral("Conversation compacted (%1, %2 tokens before)")
                           .arg(raw.value(QLatin1String("compactMetadata"))
                                    .toObject()
                                    .value(QLatin1String("trigger"))
                                    .toString(QStringLiteral("unknown trigger")))
                           .arg(raw.value(QLatin1String("compactMetadata"))
                                    .toObject()
                                    .value(QLatin1String("preTokens"))
                                    .toInteger()));
    return oneLine(fullText());
}

Result<ClaudeCodeSession> ClaudeCodeReader::read(const QString &path, bool includeSubagents)
{
    ClaudeCodeSession s;
    s.files.append(path);
    if (includeSubagents) {
        const QFileInfo info(path);
        QDir sub(info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                 QStringLiteral("/subagents"));
        const QStringList names = sub.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
        for (const QString &n : names)
            s.files.append(sub.filePath(n));
    }

    QHash<QString, int> byUuid;      // every uuid, merged lines included, to its entry
    QHash<QString, int> byMessageId; // assistant message.id (per file) to its entry
    QSet<QString> countedUsage;      // message.id + requestId already counted (ccusage's rule)
    QString lastSummary;
    const PriceTable prices = PriceTable::userOrBundled();
    bool costKnown = true;
    double cost = 0;

    for (int f = 0; f < s.files.size(); ++f) {
        QFile file(s.files.at(f));
        if (!file.open(QIODevice::ReadOnly)) {
            if (f == 0)
                return Error{QStringLiteral("transcript_unreadable"),
                             QStringLiteral("Cannot open the transcript %1").arg(path),
                             file.errorString(),
                             {}};
            s.warnings.append(LineWarning{0, false,
                                          QStringLiteral("%1: cannot be read (%2)")
                                              .arg(QFileInfo(s.files.at(f)).fileName(), file.errorString())});
            continue;
        }
        byMessageId.clear();
        JsonlReader reader(&file);
        for (auto n = reader.next(); n != JsonlReader::Next::End; n = reader.next()) {
            if (n == JsonlReader::Next::Warning) {
                LineWarning w = reader.warning();
                if (f > 0)
                    w.message = QStringLiteral("%1: %2").arg(QFileInfo(s.files.at(f)).fileName(), w.message);
                s.warnings.append(w);
                continue;
            }
            const QJsonObject &o = reader.object();
            const QString type = str(o, "type");
            const QJsonObject message = o.value(QLatin1String("message")).toObject();
            const QString uuid = str(o, "uuid");
            const QString messageId = type == QLatin1String("assistant") ? str(message, "id") : QString();
            const QString requestId = str(o, "requestId");

            // Usage: once per message.id + requestId; lines lacking either count each time.
            QJsonObject countedNow;
            if (type == QLatin1String("assistant") && message.contains(QLatin1String("usage"))) {
                const QString key = messageId + QLatin1Char(':') + requestId;
                const bool keyed = !messageId.isEmpty() && !requestId.isEmpty();
                if (!keyed || !countedUsage.contains(key)) {
                    if (keyed)
                        countedUsage.insert(key);
                    countedNow = message.value(QLatin1String("usage")).toObject();
                    s.usage.add(countedNow);
                    const std::optional<double> c = prices.cost(str(message, "model"), countedNow);
                    if (c)
                        cost += *c;
                    else if (str(message, "model") != QLatin1String("<synthetic>"))
                        costKnown = false;
                }
            }

            const auto merged = messageId.isEmpty() ? byMessageId.cend() : byMessageId.constFind(messageId);
            if (merged != byMessageId.cend()) {
                ClaudeCodeEntry &e = s.entries[*merged];
                e.lines.append(reader.lineNumber());
                for (const QJsonValue &b : message.value(QLatin1String("content")).toArray()) {
                    if (!e.content.contains(b)) // a version that repeats earlier blocks
                        e.content.append(b);
                }
                if (!message.value(QLatin1String("stop_reason")).isNull() &&
                    message.contains(QLatin1String("stop_reason")))
                    e.stopReason = str(message, "stop_reason");
                if (!countedNow.isEmpty()) {
                    TokenTotals t;
                    t.add(e.usage);
                    t.add(countedNow);
                    e.usage = QJsonObject{{QStringLiteral("input_tokens"), t.input},
                                          {QStringLiteral("output_tokens"), t.output},
                                          {QStringLiteral("cache_read_input_tokens"), t.cacheRead},
                                          {QStringLiteral("cache_creation_input_tokens"), t.cacheWrite}};
                }
                if (!uuid.isEmpty())
                    byUuid.insert(uuid, *merged);
                continue;
            }

            ClaudeCodeEntry e;
            e.type = type;
            e.kind = kindOf(type);
            e.subtype = str(o, "subtype");
            e.file = f;
            e.line = reader.lineNumber();
            e.lines.append(e.line);
            e.uuid = uuid;
            e.parentUuid = str(o, "parentUuid");
            e.logicalParentUuid = str(o, "logicalParentUuid");
            e.messageId = messageId;
            e.requestId = requestId;
            e.model = str(message, "model");
            e.agentId = str(o, "agentId");
            e.timestamp = QDateTime::fromString(str(o, "timestamp"), Qt::ISODateWithMs);
            e.sidechain = o.value(QLatin1String("isSidechain")).toBool() || f > 0;
            e.compactBoundary =
                e.kind == ClaudeCodeEntry::Kind::System && e.subtype == QLatin1String("compact_boundary");
            e.compactSummary = o.value(QLatin1String("isCompactSummary")).toBool();
            e.meta = o.value(QLatin1String("isMeta")).toBool();
            e.apiError = o.value(QLatin1String("isApiErrorMessage")).toBool();
            e.stopReason = str(message, "stop_reason");
            const QJsonValue content = message.value(QLatin1String("content"));
            if (content.isString())
                e.content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), content.toString()}});
            else
                e.content = content.toArray();
            e.usage = countedNow;
            e.toolUseResult = o.value(QLatin1String("toolUseResult"));
            e.raw = o;

            if (e.timestamp.isValid()) {
                if (!s.started.isValid() || e.timestamp < s.started)
                    s.started = e.timestamp;
                if (!s.ended.isValid() || e.timestamp > s.ended)
                    s.ended = e.timestamp;
            }
            if (f == 0) {
                if (s.sessionId.isEmpty())
                    s.sessionId = str(o, "sessionId");
                if (s.cwd.isEmpty())
                    s.cwd = str(o, "cwd");
                if (s.gitBranch.isEmpty())
                    s.gitBranch = str(o, "gitBranch");
                if (o.contains(QLatin1String("version")))
                    s.version = str(o, "version");
            }
            if (e.kind == ClaudeCodeEntry::Kind::Title)
                s.title = str(o, "aiTitle");
            else if (e.kind == ClaudeCodeEntry::Kind::Summary)
                lastSummary = str(o, "summary");

            const int index = int(s.entries.size());
            if (!uuid.isEmpty())
                byUuid.insert(uuid, index);
            if (!messageId.isEmpty())
                byMessageId.insert(messageId, index);
            s.entries.append(std::move(e));
        }
    }
    if (s.title.isEmpty())
        s.title = lastSummary;
    if (costKnown)
        s.costUsd = cost;

    // The tree. A parent must come earlier in the file order, which also rules out cycles.
    for (int i = 0; i < s.entries.size(); ++i) {
        ClaudeCodeEntry &e = s.entries[i];
        if (!e.parentUuid.isEmpty()) {
            const int p = byUuid.value(e.parentUuid, -1);
            if (p >= 0 && p < i) {
                e.parent = p;
                s.entries[p].children.append(i);
                continue;
            }
            e.orphan = p != i;
        }
        s.roots.append(i);
    }
    // The active branch ends at the latest main-chain leaf; it crosses compaction boundaries
    // through logicalParentUuid.
    int leaf = -1;
    for (int i = int(s.entries.size()) - 1; i >= 0 && leaf < 0; --i) {
        const ClaudeCodeEntry &e = s.entries.at(i);
        if (!e.uuid.isEmpty() && !e.sidechain && e.file == 0)
            leaf = i;
    }
    QSet<int> seen;
    while (leaf >= 0 && !seen.contains(leaf)) {
        seen.insert(leaf);
        ClaudeCodeEntry &e = s.entries[leaf];
        e.activeBranch = true;
        if (e.parent >= 0)
            leaf = e.parent;
        else if (!e.logicalParentUuid.isEmpty())
            leaf = byUuid.value(e.logicalParentUuid, -1);
        else
            leaf = -1;
    }

    for (const ClaudeCodeEntry &e : std::as_const(s.entries)) {
        if (e.sidechain)
            ++s.sidechainEntries;
        if (e.compactBoundary)
            ++s.compactions;
        if (e.kind == ClaudeCodeEntry::Kind::User && !e.meta)
            ++s.userMessages;
        if (e.kind == ClaudeCodeEntry::Kind::Assistant) {
            ++s.assistantMessages;
            for (const QJsonValue &b : e.content)
                if (str(b.toObject(), "type") == QLatin1String("tool_use"))
                    ++s.toolCalls;
        }
    }
    return s;
}

QString ClaudeCodeSession::toText() const
{
    QString out;
    auto line = [&out](const QString &k, const QString &v) {
        out += k.leftJustified(14) + v + QLatin1Char('\n');
    };
    line(QStringLiteral("Claude Code:"), QStringLiteral("session %1 (version %2)").arg(sessionId, version));
    if (!title.isEmpty())
        line(QStringLiteral("Title:"), title);
    line(QStringLiteral("Project:"), cwd);
    QSet<QString> models;
    for (const ClaudeCodeEntry &e : entries)
        if (e.kind == ClaudeCodeEntry::Kind::Assistant && !e.model.isEmpty() &&
            e.model != QLatin1String("<synthetic>"))
            models.insert(e.model);
    QStringList modelList(models.cbegin(), models.cend());
    modelList.sort();
    line(QStringLiteral("Model:"), modelList.join(QStringLiteral(", ")));
    line(QStringLiteral("Messages:"), QStringLiteral("%1 user, %2 assistant (%3 lines)")
                                          .arg(userMessages)
                                          .arg(assistantMessages)
                                          .arg(entries.size()));
    line(QStringLiteral("Tool calls:"), QString::number(toolCalls));
    line(QStringLiteral("Sub-agents:"),
         QStringLiteral("%1 entries in %2 extra files").arg(sidechainEntries).arg(files.size() - 1));
    line(QStringLiteral("Compactions:"), QString::number(compactions));
    line(QStringLiteral("Tokens:"), QStringLiteral("%1 in, %2 out, %3 cache read, %4 cache write")
                                        .arg(usage.input)
                                        .arg(usage.output)
                                        .arg(usage.cacheRead)
                                        .arg(usage.cacheWrite));
    line(QStringLiteral("Cost:"),
         costUsd ? QStringLiteral("$%1").arg(*costUsd, 0, 'f', 4) : QStringLiteral("unknown"));
    line(QStringLiteral("Duration:"),
         started.isValid() && ended.isValid()
             ? QStringLiteral("%1 s").arg(double(started.msecsTo(ended)) / 1000.0, 0, 'f', 1)
             : QStringLiteral("unknown"));
    for (const LineWarning &w : warnings)
        out += QStringLiteral("Skipped %1\n").arg(w.message);
    return out;
}

// --- browser ---------------------------------------------------------------------------------

QStringList ClaudeCodeBrowser::defaultRoots()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("CLAUDE_CONFIG_DIR");
    for (const QString &d : env.split(QLatin1Char(','), Qt::SkipEmptyParts))
        candidates.append(QDir(d.trimmed()).filePath(QStringLiteral("projects")));
    candidates.append(QDir::home().filePath(QStringLiteral(".config/claude/projects")));
    candidates.append(QDir::home().filePath(QStringLiteral(".claude/projects")));
    QStringList roots;
    for (const QString &c : std::as_const(candidates))
        if (QFileInfo(c).isDir() && !roots.contains(c))
            roots.append(c);
    return roots;
}

QString ClaudeCodeBrowser::defaultRoot()
{
    const QStringList roots = defaultRoots();
    return roots.isEmpty() ? QDir::home().filePath(QStringLiteral(".claude/projects")) : roots.constFirst();
}

ClaudeCodeSessionInfo ClaudeCodeBrowser::scanSession(const QString &path)
{
    ClaudeCodeSessionInfo info;
    const QFileInfo fi(path);
    info.path = path;
    info.sessionId = fi.completeBaseName();
    info.sizeBytes = fi.size();
    info.lastModified = fi.lastModified();
    const QDir sub(fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName() +
                   QStringLiteral("/subagents"));
    info.subagentFiles = int(sub.entryList({QStringLiteral("*.jsonl")}, QDir::Files).size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QSet<QString> assistantIds;
    QString summary;
    JsonlReader reader(&file);
    for (auto n = reader.next(); n != JsonlReader::Next::End; n = reader.next()) {
        if (n == JsonlReader::Next::Warning) {
            ++info.malformedLines;
            continue;
        }
        const QJsonObject &o = reader.object();
        const QString type = str(o, "type");
        if (!info.started.isValid()) {
            const QDateTime ts = QDateTime::fromString(str(o, "timestamp"), Qt::ISODateWithMs);
            if (ts.isValid())
                info.started = ts;
        }
        if (info.cwd.isEmpty())
            info.cwd = str(o, "cwd");
        if (o.contains(QLatin1String("sessionId")) && !str(o, "sessionId").isEmpty())
            info.sessionId = str(o, "sessionId");
        if (type == QLatin1String("ai-title"))
            info.title = str(o, "aiTitle");
        else if (type == QLatin1String("summary"))
            summary = str(o, "summary");
        const QJsonObject message = o.value(QLatin1String("message")).toObject();
        if (type == QLatin1String("assistant")) {
            const QString id = str(message, "id");
            if (id.isEmpty() || !assistantIds.contains(id)) {
                assistantIds.insert(id);
                ++info.messageCount;
            }
        } else if (type == QLatin1String("user") && !o.value(QLatin1String("isMeta")).toBool()) {
            ++info.messageCount;
            if (info.firstPrompt.isEmpty() && !o.value(QLatin1String("isSidechain")).toBool() &&
                !o.value(QLatin1String("isCompactSummary")).toBool()) {
                const QJsonValue c = message.value(QLatin1String("content"));
                QString text = c.toString();
                for (const QJsonValue &b : c.toArray())
                    if (text.isEmpty() && str(b.toObject(), "type") == QLatin1String("text"))
                        text = str(b.toObject(), "text");
                info.firstPrompt = oneLine(text);
            }
        }
    }
    if (info.title.isEmpty())
        info.title = summary;
    return info;
}

Result<QList<ClaudeCodeProject>> ClaudeCodeBrowser::scan(const QString &root, const std::atomic_bool *cancel)
{
    const QDir dir(root);
    if (!dir.exists())
        return Error{QStringLiteral("claude_dir_missing"),
                     QStringLiteral("There is no Claude Code projects folder at %1").arg(root),
                     {},
                     {}};
    QList<ClaudeCodeProject> projects;
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        ClaudeCodeProject p;
        p.dirName = name;
        p.path = dir.filePath(name);
        const QStringList files = QDir(p.path).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        for (const QString &f : files) {
            if (cancel && cancel->load())
                return projects;
            ClaudeCodeSessionInfo info = scanSession(QDir(p.path).filePath(f));
            if (p.cwd.isEmpty())
                p.cwd = info.cwd;
            p.sessions.append(std::move(info));
        }
        if (p.sessions.isEmpty())
            continue;
        std::sort(p.sessions.begin(), p.sessions.end(),
                  [](const ClaudeCodeSessionInfo &a, const ClaudeCodeSessionInfo &b) {
                      const QDateTime ta = a.started.isValid() ? a.started : a.lastModified;
                      const QDateTime tb = b.started.isValid() ? b.started : b.lastModified;
                      return ta > tb;
                  });
        projects.append(std::move(p));
    }
    return projects;
}

// --- job -------------------------------------------------------------------------------------

// The worker hands its result over under this lock; the job clears `job` when it dies first.
struct ClaudeCodeScanMailbox
{
    QMutex mutex;
    ClaudeCodeScanJob *job = nullptr;
};

ClaudeCodeScanJob::ClaudeCodeScanJob(QString root, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

ClaudeCodeScanJob::~ClaudeCodeScanJob()
{
    m_cancel->store(true);
    if (m_box) {
        QMutexLocker lock(&m_box->mutex);
        m_box->job = nullptr;
    }
}

void ClaudeCodeScanJob::start()
{
    if (m_box)
        return; // started already
    auto box = std::make_shared<ClaudeCodeScanMailbox>();
    box->job = this;
    m_box = box;
    const QString root = m_root;
    const auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([box, root, cancel] {
        auto result = ClaudeCodeBrowser::scan(root, cancel.get());
        QMutexLocker lock(&box->mutex);
        if (!box->job)
            return;
        ClaudeCodeScanJob *job = box->job;
        QMetaObject::invokeMethod(
            job,
            [job, result = std::move(result)]() mutable {
                if (result)
                    job->m_projects = std::move(*result);
                else
                    job->m_error = result.error();
                Q_EMIT job->finished();
            },
            Qt::QueuedConnection);
    });
}

void ClaudeCodeScanJob::cancel()
{
    m_cancel->store(true);
}

} // namespace Workbench
