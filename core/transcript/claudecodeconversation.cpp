// SPDX-License-Identifier: MIT
#include "transcript/claudecodeconversation.h"

#include "approval/approvaltypes.h"
#include "llm/pricing.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaObject>
#include <QMutex>
#include <QThreadPool>

namespace Workbench {

namespace {

using Kind = ConversationModel::Kind;
using CallStatus = ToolCallModel::Status;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString firstLine(const QString &text, int max = 100)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

QString indented(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return v.toVariant().toString();
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString languageForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QHash<QString, QString> bySuffix{{QStringLiteral("py"), QStringLiteral("python")},
                                                  {QStringLiteral("sh"), QStringLiteral("bash")},
                                                  {QStringLiteral("bash"), QStringLiteral("bash")},
                                                  {QStringLiteral("js"), QStringLiteral("javascript")},
                                                  {QStringLiteral("mjs"), QStringLiteral("javascript")},
                                                  {QStringLiteral("ts"), QStringLiteral("typescript")},
                                                  {QStringLiteral("tsx"), QStringLiteral("typescript")},
                                                  {QStringLiteral("json"), QStringLiteral("json")},
                                                  {QStringLiteral("md"), QStringLiteral("markdown")},
                                                  {QStringLiteral("c"), QStringLiteral("c")},
                                                  {QStringLiteral("h"), QStringLiteral("cpp")},
                                                  {QStringLiteral("cpp"), QStringLiteral("cpp")},
                                                  {QStringLiteral("hpp"), QStringLiteral("cpp")},
                                                  {QStringLiteral("cc"), QStringLiteral("cpp")},
                                                  {QStringLiteral("rb"), QStringLiteral("ruby")},
                                                  {QStringLiteral("pl"), QStringLiteral("perl")},
                                                  {QStringLiteral("diff"), QStringLiteral("diff")},
                                                  {QStringLiteral("patch"), QStringLiteral("diff")}};
    return bySuffix.value(suffix, QStringLiteral("text"));
}

QString diffOf(const QString &path, const QString &before, const QString &after)
{
    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(path);
    for (const QString &l : before.split(QLatin1Char('\n')))
        out += QLatin1Char('-') + l + QLatin1Char('\n');
    for (const QString &l : after.split(QLatin1Char('\n')))
        out += QLatin1Char('+') + l + QLatin1Char('\n');
    return out;
}

// Claude Code's tools named by what they do, with the text worth reading in the script pane.
ToolAction actionFor(const QJsonObject &block, const QString &cwd)
{
    ToolAction a;
    a.toolUseId = str(block, "id");
    a.toolName = str(block, "name");
    a.input = block.value(QLatin1String("input")).toObject();
    a.ruleTool = a.toolName;
    a.workingDirectory = cwd;
    const QJsonObject &in = a.input;
    const QString name = a.toolName;
    const QString path = str(in, "file_path");
    if (name == QLatin1String("Bash")) {
        a.language = QStringLiteral("bash");
        a.script = str(in, "command");
        a.summary =
            str(in, "description").isEmpty() ? firstLine(a.script) : firstLine(str(in, "description"));
    } else if (name == QLatin1String("Write")) {
        a.language = languageForPath(path);
        a.script = str(in, "content");
        a.summary = QStringLiteral("Write %1").arg(path);
        a.effect = ToolAction::Effect::WritesWorkspace;
    } else if (name == QLatin1String("Edit")) {
        a.language = QStringLiteral("diff");
        a.script = diffOf(path, str(in, "old_string"), str(in, "new_string"));
        a.summary = QStringLiteral("Edit %1").arg(path);
        a.effect = ToolAction::Effect::WritesWorkspace;
    } else if (name == QLatin1String("MultiEdit")) {
        a.language = QStringLiteral("diff");
        for (const QJsonValue &v : in.value(QLatin1String("edits")).toArray())
            a.script += diffOf(path, str(v.toObject(), "old_string"), str(v.toObject(), "new_string"));
        a.summary = QStringLiteral("Edit %1").arg(path);
        a.effect = ToolAction::Effect::WritesWorkspace;
    } else if (name == QLatin1String("Read")) {
        a.language = QStringLiteral("text");
        a.script = path;
        a.summary = QStringLiteral("Read %1").arg(path);
        a.effect = ToolAction::Effect::ReadOnly;
    } else if (name == QLatin1String("Task") || name == QLatin1String("Agent")) {
        a.language = QStringLiteral("markdown");
        a.script = str(in, "prompt");
        a.summary = QStringLiteral("Sub-agent: %1").arg(firstLine(str(in, "description")));
    } else {
        a.language = QStringLiteral("json");
        a.script = indented(in);
        QString what = str(in, "pattern");
        if (what.isEmpty())
            what = path;
        a.summary = what.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, firstLine(what, 80));
    }
    if (a.summary.isEmpty())
        a.summary = name;
    return a;
}

QString resultText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject b = v.toObject();
        if (str(b, "type") == QLatin1String("text"))
            parts.append(str(b, "text"));
        else
            parts.append(QStringLiteral("[%1]").arg(str(b, "type")));
    }
    return parts.join(QLatin1Char('\n'));
}

bool startsSubAgent(const ClaudeCodeEntry &e)
{
    if (e.kind != ClaudeCodeEntry::Kind::Assistant || e.sidechain)
        return false;
    for (const QJsonValue &b : e.content) {
        const QJsonObject o = b.toObject();
        const QString name = str(o, "name");
        if (str(o, "type") == QLatin1String("tool_use") &&
            (name == QLatin1String("Task") || name == QLatin1String("Agent")))
            return true;
    }
    return false;
}

} // namespace

ClaudeCodeConversation::ClaudeCodeConversation(const ClaudeCodeSession *session)
    : m_session(session)
{
    // Each sub-agent chain belongs to the latest Task/Agent call before it (in its file, or by
    // time for a sub-agent file), as the message tree shows it.
    const auto &entries = m_session->entries;
    for (int r : m_session->roots) {
        const ClaudeCodeEntry &root = entries.at(r);
        if (!root.sidechain)
            continue;
        int host = -1;
        for (int i = 0; i < entries.size(); ++i) {
            const ClaudeCodeEntry &c = entries.at(i);
            if (!startsSubAgent(c))
                continue;
            const bool before = root.file == c.file ? i < r
                                                    : (!root.timestamp.isValid() || !c.timestamp.isValid() ||
                                                       c.timestamp <= root.timestamp);
            if (before)
                host = i;
        }
        m_host.insert(r, host);
        m_sideRoots[host].append(r);
    }
}

void ClaudeCodeConversation::chooseBranchThrough(int entry)
{
    const auto &entries = m_session->entries;
    if (entry < 0 || entry >= entries.size())
        return;
    for (int e = entry; entries.at(e).parent >= 0; e = entries.at(e).parent)
        m_choice.insert(entries.at(e).parent, e);
}

void ClaudeCodeConversation::showActiveBranch()
{
    m_choice.clear();
}

int ClaudeCodeConversation::nextOnChain(int entry) const
{
    const QList<int> &kids = m_session->entries.at(entry).children;
    if (kids.isEmpty())
        return -1;
    if (const int chosen = m_choice.value(entry, -1); chosen >= 0 && kids.contains(chosen))
        return chosen;
    for (int k : kids)
        if (m_session->entries.at(k).activeBranch)
            return k;
    return kids.constLast();
}

/// One fill of the models: walks the chains and appends rows.
struct ClaudeCodeConversation::Fill
{
    ClaudeCodeConversation *self;
    ConversationModel *conversation;
    ToolCallModel *calls;
    PriceTable prices = PriceTable::userOrBundled();
    int turn = 0;

    int row(Kind kind, const QString &text, int entry, const QString &toolCallId = {})
    {
        const int r = conversation->append(kind, text, turn, toolCallId);
        if (entry >= 0) {
            self->m_entryOfRow.insert(r, entry);
            if (!self->m_rowOfEntry.contains(entry))
                self->m_rowOfEntry.insert(entry, r);
        }
        return r;
    }

    void setStatus(const QString &id, CallStatus status)
    {
        const int r = calls->rowForId(id);
        if (r < 0)
            return;
        calls->setStatus(r, status);
        conversation->setStatus(conversation->rowForToolCall(id), ToolCallModel::statusText(status));
    }

    void user(const ClaudeCodeEntry &e, int index)
    {
        QStringList text;
        for (const QJsonValue &v : e.content) {
            const QJsonObject b = v.toObject();
            const QString type = str(b, "type");
            if (type == QLatin1String("text")) {
                text.append(str(b, "text"));
            } else if (type == QLatin1String("tool_result")) {
                const QString id = str(b, "tool_use_id");
                const int r = calls->rowForId(id);
                if (r < 0)
                    continue;
                const bool isError = b.value(QLatin1String("is_error")).toBool();
                const QString result = resultText(b.value(QLatin1String("content")));
                calls->setResult(r, result, isError);
                // Bash keeps stdout and stderr apart in toolUseResult; other tools only have the result.
                const QJsonObject use = e.toolUseResult.toObject();
                if (use.contains(QLatin1String("stdout")) || use.contains(QLatin1String("stderr"))) {
                    calls->appendOutput(r, ToolCallModel::Stream::Stdout, str(use, "stdout"));
                    calls->appendOutput(r, ToolCallModel::Stream::Stderr, str(use, "stderr"));
                    if (use.value(QLatin1String("interrupted")).toBool())
                        calls->setFinished(r, QStringLiteral("interrupted"), -1, -1);
                } else {
                    calls->appendOutput(
                        r, isError ? ToolCallModel::Stream::Stderr : ToolCallModel::Stream::Stdout, result);
                }
                setStatus(id, isError ? CallStatus::Failed : CallStatus::Succeeded);
            } else if (type == QLatin1String("image")) {
                text.append(QStringLiteral("[image]"));
            }
        }
        const QString joined = text.join(QLatin1Char('\n'));
        if (joined.isEmpty())
            return;
        if (e.compactSummary)
            row(Kind::Notice,
                QStringLiteral("Summary that replaced the compacted conversation:\n%1").arg(joined), index);
        else if (e.meta)
            row(Kind::Notice, joined, index);
        else
            row(Kind::User, joined, index);
    }

    void assistant(const ClaudeCodeEntry &e, int index)
    {
        ++turn;
        if (e.apiError) {
            row(Kind::Error, e.fullText(), index);
            return;
        }
        for (const QJsonValue &v : e.content) {
            const QJsonObject b = v.toObject();
            const QString type = str(b, "type");
            if (type == QLatin1String("text")) {
                row(Kind::AssistantText, str(b, "text"), index);
            } else if (type == QLatin1String("thinking")) {
                row(Kind::Thinking, str(b, "thinking"), index);
            } else if (type == QLatin1String("redacted_thinking")) {
                row(Kind::Thinking, QStringLiteral("(redacted by the API)"), index);
            } else if (type == QLatin1String("tool_use")) {
                const ToolAction action = actionFor(b, self->m_session->cwd);
                if (calls->rowForId(action.toolUseId) >= 0)
                    continue;
                calls->addCall(action, turn);
                row(Kind::ToolCall, action.summary, index, action.toolUseId);
                setStatus(action.toolUseId, CallStatus::Pending);
            }
        }
        if (!e.usage.isEmpty()) {
            QJsonObject usage = e.usage;
            if (const auto cost = prices.cost(e.model, e.usage))
                usage.insert(QStringLiteral("cost_usd"), *cost);
            conversation->setTurnUsage(turn, usage);
        }
    }

    void entry(int index)
    {
        const ClaudeCodeEntry &e = self->m_session->entries.at(index);
        using K = ClaudeCodeEntry::Kind;
        switch (e.kind) {
        case K::User:
            user(e, index);
            break;
        case K::Assistant:
            assistant(e, index);
            break;
        case K::System:
            if (e.compactBoundary)
                row(Kind::Notice, QStringLiteral("──── %1 ────").arg(e.summaryText()), index);
            else if (!e.fullText().isEmpty())
                row(str(e.raw, "level") == QLatin1String("error") ? Kind::Error : Kind::Notice, e.fullText(),
                    index);
            break;
        case K::Unknown:
            row(Kind::Notice,
                QStringLiteral(
                    "Line %1: a line of type \"%2\" this version does not know, kept as written:\n%3")
                    .arg(e.line)
                    .arg(e.type, compactJson(e.raw)),
                index);
            break;
        case K::Summary:
        case K::Title:
        case K::FileSnapshot:
        case K::QueueOperation:
        case K::Attachment:
        case K::Progress:
            break; // bookkeeping: listed in the message tree, not part of the conversation
        }
    }

    void chain(int first)
    {
        const auto &entries = self->m_session->entries;
        for (int e = first; e >= 0; e = self->nextOnChain(e)) {
            entry(e);
            for (int side : self->m_sideRoots.value(e))
                subAgent(side);
            const QList<int> &kids = entries.at(e).children;
            if (kids.size() > 1)
                row(Kind::Notice,
                    QStringLiteral("The conversation forks here: %1 other branch(es) continue from this "
                                   "message; pick one in the message tree.")
                        .arg(kids.size() - 1),
                    -1);
        }
    }

    void subAgent(int root)
    {
        const ClaudeCodeEntry &r = self->m_session->entries.at(root);
        const QString who = r.agentId.isEmpty() ? QStringLiteral("sub-agent") : r.agentId;
        row(Kind::Notice, QStringLiteral("▼ Sub-agent %1 (started by the call above)").arg(who), -1);
        chain(root);
        row(Kind::Notice, QStringLiteral("▲ End of sub-agent %1").arg(who), -1);
    }
};

void ClaudeCodeConversation::fill(ConversationModel *conversation, ToolCallModel *toolCalls)
{
    conversation->clear();
    toolCalls->clear();
    m_rowOfEntry.clear();
    m_entryOfRow.clear();
    Fill f{this, conversation, toolCalls};
    for (int r : m_session->roots) {
        if (!m_session->entries.at(r).sidechain)
            f.chain(r);
    }
    // Sub-agent chains no call could be found for still show, at the end.
    for (int side : m_sideRoots.value(-1))
        f.subAgent(side);
}

// --- job -------------------------------------------------------------------------------------

struct ClaudeCodeLoadMailbox
{
    QMutex mutex;
    ClaudeCodeLoadJob *job = nullptr;
};

ClaudeCodeLoadJob::ClaudeCodeLoadJob(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

ClaudeCodeLoadJob::~ClaudeCodeLoadJob()
{
    if (m_box) {
        QMutexLocker lock(&m_box->mutex);
        m_box->job = nullptr;
    }
}

void ClaudeCodeLoadJob::start()
{
    if (m_box || m_done)
        return;
    auto box = std::make_shared<ClaudeCodeLoadMailbox>();
    box->job = this;
    m_box = box;
    const QString path = m_path;
    QThreadPool::globalInstance()->start([box, path] {
        auto result = ClaudeCodeReader::read(path);
        QMutexLocker lock(&box->mutex);
        if (!box->job)
            return;
        ClaudeCodeLoadJob *job = box->job;
        QMetaObject::invokeMethod(
            job,
            [job, result = std::move(result)]() mutable {
                if (job->m_done)
                    return;
                job->m_done = true;
                if (result)
                    job->m_session = std::move(*result);
                else
                    job->m_error = result.error();
                Q_EMIT job->finished();
            },
            Qt::QueuedConnection);
    });
}

void ClaudeCodeLoadJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_cancelled = true;
    Q_EMIT finished();
}

} // namespace Workbench
