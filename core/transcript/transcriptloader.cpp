// SPDX-License-Identifier: MIT
#include "transcript/transcriptloader.h"

#include "agent/toolregistry.h"
#include "llm/apierrors.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <atomic>

namespace Workbench {

namespace {

using Kind = ConversationModel::Kind;
using CallStatus = ToolCallModel::Status;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Events the views do not show; the worker drops them after noting their time stamp. The
// inspector reads them from the file itself.
bool isShown(const QString &type)
{
    static const QSet<QString> hidden{QStringLiteral("sse"),
                                      QStringLiteral("request"),
                                      QStringLiteral("request_headers"),
                                      QStringLiteral("response_headers"),
                                      QStringLiteral("count_tokens"),
                                      QStringLiteral("checkpoint")};
    return !hidden.contains(type);
}

struct LoadedEvent
{
    QJsonObject event;
    int line = 0;
};

struct LoadBatch
{
    QList<LoadedEvent> events;
    QList<LineWarning> warnings;
    qint64 bytes = 0; ///< file position after the batch
    QString firstTs;  ///< the first event's time stamp in the file (first batch only)
    QString lastTs;   ///< the newest time stamp seen, hidden events included
};

// Describes recorded calls the way a live run does (ToolRegistry::describe) without a sandbox:
// only the workspace path is asked for, and nothing is ever run.
class RecordedSandbox final : public Sandbox
{
public:
    explicit RecordedSandbox(QString workspace)
        : m_workspace(std::move(workspace))
    {}
    QString kind() const override { return QStringLiteral("recorded"); }
    Workbench::Status preflight() const override { return {}; }
    QString workspacePath() const override { return m_workspace; }
    QString scriptPath(const QString &name) const override
    {
        return QStringLiteral("/run/workbench/") + name;
    }
    QString hostWorkspace() const override { return {}; }
    ExecJob *createJob(const ExecSpec &, QObject *) override { return nullptr; }

private:
    QString m_workspace;
};

Decision::Verdict verdictFrom(const QString &text)
{
    if (text == QLatin1String("allow"))
        return Decision::Verdict::Allow;
    if (text == QLatin1String("deny"))
        return Decision::Verdict::Deny;
    return Decision::Verdict::Ask;
}

// The inverse of Decision::toJson(), for the decision log of a recorded call.
Decision decisionFrom(const QJsonObject &o)
{
    Decision d;
    d.verdict = verdictFrom(str(o, "verdict"));
    d.rule = str(o, "rule");
    d.ruleSource = str(o, "rule_source");
    d.reason = str(o, "reason");
    d.decidedBy = str(o, "decided_by");
    d.userMessage = str(o, "user_message");
    d.at = QDateTime::fromString(str(o, "at"), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QLatin1String("subcommands")).toArray()) {
        const QJsonObject s = v.toObject();
        d.subcommands.append(Decision::Subcommand{str(s, "command"), verdictFrom(str(s, "verdict")),
                                                  str(s, "rule"), str(s, "rule_source"), str(s, "reason")});
    }
    for (const QJsonValue &v : o.value(QLatin1String("risks")).toArray())
        d.risks.append(v.toString());
    d.parsedConfidently = !o.value(QLatin1String("unparsed")).toBool();
    d.originalInput = o.value(QLatin1String("original_input")).toObject();
    d.editedInput = o.value(QLatin1String("edited_input")).toObject();
    const QJsonValue proposed = o.value(QLatin1String("proposed"));
    if (proposed.isObject()) {
        const QJsonObject p = proposed.toObject();
        d.proposed = true;
        parsePermissionMode(str(p, "mode"), &d.proposal.wouldMode);
        d.proposal.would = verdictFrom(str(p, "verdict"));
        d.proposal.reason = str(p, "reason");
        d.proposal.rule = str(p, "rule");
        d.proposal.ruleSource = str(p, "rule_source");
    } else if (proposed.toBool()) {
        d.proposed = true;
    }
    return d;
}

Error errorFrom(const QJsonObject &o)
{
    return Error{str(o, "code"), str(o, "message"), str(o, "detail"), str(o, "request_id")};
}

QString textOfContent(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject b = v.toObject();
        if (str(b, "type") == QLatin1String("text"))
            parts.append(str(b, "text"));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

/// Turns transcript events into model rows, the way AgentRun fills the models while it runs.
class TranscriptReplayer
{
public:
    TranscriptReplayer(TranscriptLoadJob *job, ConversationModel *conversation, ToolCallModel *calls)
        : m_job(job)
        , m_conversation(conversation)
        , m_calls(calls)
    {}

    void apply(const QJsonObject &e, int line);
    void finish();

private:
    void addCall(const QString &id, const QString &name, const QJsonObject &input, int turn);
    void setCallStatus(const QString &id, CallStatus status);
    [[nodiscard]] CallStatus callStatus(int row) const
    {
        return CallStatus(m_calls->index(row).data(ToolCallModel::StatusRole).toInt());
    }
    void addBlocks(const QJsonArray &content, int turn);
    void notice(const QString &text) { m_conversation->append(Kind::Notice, text, m_turn); }

    TranscriptLoadJob *m_job;
    ConversationModel *m_conversation;
    ToolCallModel *m_calls;
    std::unique_ptr<RecordedSandbox> m_sandbox;
    std::unique_ptr<ToolRegistry> m_registry;
    int m_turn = 0;
    double m_cost = 0;
    bool m_costKnown = true;
};

void TranscriptReplayer::addCall(const QString &id, const QString &name, const QJsonObject &input, int turn)
{
    if (id.isEmpty() || m_calls->rowForId(id) >= 0)
        return;
    if (!m_registry) {
        // A run without a sandbox ran in the host folder; a sandboxed one saw /workspace.
        const QJsonObject &started = m_job->m_runStarted;
        const bool host = str(started, "sandbox") == QLatin1String("none");
        m_sandbox = std::make_unique<RecordedSandbox>(host ? str(started, "workspace")
                                                           : QStringLiteral("/workspace"));
        m_registry = std::make_unique<ToolRegistry>(m_sandbox.get());
    }
    auto action = m_registry->describe(id, name, input);
    ToolAction shown;
    if (action) {
        shown = *action;
    } else {
        shown.toolUseId = id;
        shown.toolName = name;
        shown.input = input;
        shown.summary = QStringLiteral("%1 (invalid input)").arg(name);
        shown.language = QStringLiteral("json");
        shown.script = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Indented));
    }
    m_calls->addCall(shown, turn);
    const int row = m_conversation->append(Kind::ToolCall, shown.summary, turn, id);
    m_conversation->setStatus(row, ToolCallModel::statusText(CallStatus::Pending));
}

void TranscriptReplayer::setCallStatus(const QString &id, CallStatus status)
{
    const int row = m_calls->rowForId(id);
    if (row < 0)
        return;
    m_calls->setStatus(row, status);
    m_conversation->setStatus(m_conversation->rowForToolCall(id), ToolCallModel::statusText(status));
}

void TranscriptReplayer::addBlocks(const QJsonArray &content, int turn)
{
    for (const QJsonValue &v : content) {
        const QJsonObject b = v.toObject();
        const QString type = str(b, "type");
        if (type == QLatin1String("text"))
            m_conversation->append(Kind::AssistantText, str(b, "text"), turn);
        else if (type == QLatin1String("thinking"))
            m_conversation->append(Kind::Thinking, str(b, "thinking"), turn);
        else if (type == QLatin1String("redacted_thinking"))
            m_conversation->append(Kind::Thinking,
                                   QStringLiteral("(redacted by the API; sent back unchanged)"), turn);
        else if (type == QLatin1String("tool_use"))
            addCall(str(b, "id"), str(b, "name"), b.value(QLatin1String("input")).toObject(), turn);
    }
}

void TranscriptReplayer::apply(const QJsonObject &e, int line)
{
    TranscriptSummary &s = m_job->m_summary;
    const QString type = str(e, "type");
    if (e.contains(QLatin1String("turn")))
        m_turn = qMax(m_turn, e.value(QLatin1String("turn")).toInt());

    if (type == QLatin1String("run_started")) {
        m_job->m_runStarted = e;
        s.runId = str(e, "run_id");
        s.task = str(e, "task");
        s.model = str(e, "model");
        s.provider = str(e, "provider");
        s.workspace = str(e, "workspace");
        s.permissionMode = str(e, "permission_mode");
    } else if (type == QLatin1String("user_message")) {
        const QJsonValue content = e.value(QLatin1String("content"));
        // A continued run answers the calls it cut off inside the user message.
        for (const QJsonValue &v : content.toArray()) {
            const QJsonObject b = v.toObject();
            if (str(b, "type") != QLatin1String("tool_result"))
                continue;
            const QString id = str(b, "tool_use_id");
            m_calls->setResult(m_calls->rowForId(id), textOfContent(b.value(QLatin1String("content"))),
                               b.value(QLatin1String("is_error")).toBool());
            setCallStatus(id, CallStatus::Cancelled);
        }
        const QString text = textOfContent(content);
        if (!text.isEmpty())
            m_conversation->append(Kind::User, text, m_turn);
    } else if (type == QLatin1String("assistant_message")) {
        const int turn = e.value(QLatin1String("turn")).toInt(m_turn);
        const QJsonObject message = e.value(QLatin1String("message")).toObject();
        addBlocks(message.value(QLatin1String("content")).toArray(), turn);
        QJsonObject usage = message.value(QLatin1String("usage")).toObject();
        const QJsonValue cost = e.value(QLatin1String("cost_usd"));
        if (cost.isDouble()) {
            usage.insert(QStringLiteral("cost_usd"), cost.toDouble());
            m_cost += cost.toDouble();
        } else {
            m_costKnown = false;
        }
        m_conversation->setTurnUsage(turn, usage);
        ++s.turns;
        s.inputTokens += usage.value(QLatin1String("input_tokens")).toInteger();
        s.outputTokens += usage.value(QLatin1String("output_tokens")).toInteger();
        s.cacheReadTokens += usage.value(QLatin1String("cache_read_input_tokens")).toInteger();
        s.cacheWriteTokens += usage.value(QLatin1String("cache_creation_input_tokens")).toInteger();
        s.costUsd = m_costKnown ? std::optional<double>(m_cost) : std::nullopt;
    } else if (type == QLatin1String("model_error")) {
        const int turn = e.value(QLatin1String("turn")).toInt(m_turn);
        // What streamed before the failure stays shown, as it did during the run.
        addBlocks(
            e.value(QLatin1String("partial_message")).toObject().value(QLatin1String("content")).toArray(),
            turn);
        const Error err = errorFrom(e.value(QLatin1String("error")).toObject());
        if (err.code != QLatin1String("cancelled"))
            m_conversation->append(Kind::Error, err.toString(), turn);
        for (int row = 0; row < m_calls->rowCount(); ++row) {
            const QModelIndex idx = m_calls->index(row);
            if (idx.data(ToolCallModel::TurnRole).toInt() == turn && callStatus(row) == CallStatus::Pending)
                setCallStatus(idx.data(ToolCallModel::IdRole).toString(), CallStatus::Cancelled);
        }
    } else if (type == QLatin1String("tool_call")) {
        ++s.toolCalls;
        const QString id = str(e, "id");
        m_job->m_toolCallLines.insert(id, line);
        addCall(id, str(e, "name"), e.value(QLatin1String("input")).toObject(), m_turn);
    } else if (type == QLatin1String("decision")) {
        const QString id = str(e, "id");
        const int row = m_calls->rowForId(id);
        const Decision d = decisionFrom(e);
        if (d.verdict == Decision::Verdict::Deny)
            ++s.deniedCalls;
        if (row < 0)
            return;
        m_calls->setDecision(row, d);
        if (d.proposed)
            setCallStatus(id, CallStatus::Proposed);
        else if (d.verdict == Decision::Verdict::Deny)
            setCallStatus(id, CallStatus::Denied);
        else if (d.verdict == Decision::Verdict::Ask)
            setCallStatus(id, CallStatus::AwaitingApproval);
    } else if (type == QLatin1String("exec_started")) {
        const QString id = str(e, "id");
        m_job->m_specs.insert(id, e.value(QLatin1String("spec")).toObject());
        setCallStatus(id, CallStatus::Running);
    } else if (type == QLatin1String("output")) {
        m_calls->appendOutput(m_calls->rowForId(str(e, "id")),
                              str(e, "stream") == QLatin1String("stderr") ? ToolCallModel::Stream::Stderr
                                                                          : ToolCallModel::Stream::Stdout,
                              str(e, "text"));
    } else if (type == QLatin1String("exec_finished")) {
        const QString id = str(e, "id");
        const int row = m_calls->rowForId(id);
        const QJsonObject r = e.value(QLatin1String("result")).toObject();
        m_calls->setFinished(row, str(r, "description"), r.value(QLatin1String("shellStatus")).toInt(-1),
                             r.value(QLatin1String("durationMs")).toInteger(-1));
        m_calls->setChanges(
            row, WorkspaceChanges::fromJson(r.value(QLatin1String("changes")).toObject()).summary());
        if (str(r, "end") == QLatin1String("cancelled"))
            setCallStatus(id, CallStatus::Cancelled);
    } else if (type == QLatin1String("tool_result")) {
        const QString id = str(e, "id");
        const int row = m_calls->rowForId(id);
        if (row < 0)
            return;
        const bool isError = e.value(QLatin1String("is_error")).toBool();
        const QString content = textOfContent(e.value(QLatin1String("content")));
        m_calls->setResult(row, content, isError);
        const CallStatus now = callStatus(row);
        if (now == CallStatus::Pending || now == CallStatus::Running || now == CallStatus::AwaitingApproval)
            setCallStatus(id, content.startsWith(QLatin1String("Not run:")) ? CallStatus::Cancelled
                              : isError                                     ? CallStatus::Failed
                                                                            : CallStatus::Succeeded);
    } else if (type == QLatin1String("retry")) {
        notice(ApiErrors::retryNotice(e.value(QLatin1String("attempt")).toInt(),
                                      e.value(QLatin1String("max_attempts")).toInt(),
                                      e.value(QLatin1String("delay_ms")).toInt(),
                                      errorFrom(e.value(QLatin1String("error")).toObject())));
    } else if (type == QLatin1String("request_adjusted")) {
        for (const QJsonValue &a : e.value(QLatin1String("adjustments")).toArray())
            notice(QStringLiteral("Request adjusted: %1.").arg(a.toString()));
    } else if (type == QLatin1String("mode_changed")) {
        notice(QStringLiteral("Permission mode changed from %1 to %2.").arg(str(e, "from"), str(e, "to")));
    } else if (type == QLatin1String("run_resumed")) {
        m_job->m_runFinished = {};
        s.stopReason.clear();
    } else if (type == QLatin1String("run_finished")) {
        m_job->m_runFinished = e;
        s.stopReason = str(e, "stop_reason");
        if (s.stopReason == QLatin1String("cancelled"))
            notice(QStringLiteral("Run stopped by the user."));
        else if (s.stopReason == QLatin1String("max_turns"))
            notice(errorFrom(e.value(QLatin1String("error")).toObject()).message);
    }
}

void TranscriptReplayer::finish()
{
    // A finished run left nothing waiting; a call it never reached was not run.
    if (m_job->m_runFinished.isEmpty())
        return;
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        const CallStatus now = callStatus(row);
        if (now == CallStatus::Pending || now == CallStatus::Running || now == CallStatus::AwaitingApproval)
            setCallStatus(m_calls->index(row).data(ToolCallModel::IdRole).toString(), CallStatus::Cancelled);
    }
}

// The worker hands batches over under this lock and waits while the models are behind; the job
// clears `job` when it dies first.
struct TranscriptLoadMailbox
{
    QMutex mutex;
    QWaitCondition space;
    QList<LoadBatch> queue;
    Error error;
    qint64 total = 0;
    bool done = false;
    bool notified = false;
    std::atomic_bool cancel{false};
    TranscriptLoadJob *job = nullptr;
    // Batches of the queue plus the one being applied: enough to keep the models busy, few enough
    // that the parsed events waiting never cost much memory.
    static constexpr int kMaxQueued = 4;
};

namespace {

void notifyJob(TranscriptLoadMailbox *box, void (TranscriptLoadJob::*slot)())
{
    // Called with the mutex held, so the job cannot be destroyed in between.
    if (!box->job || box->notified)
        return;
    box->notified = true;
    QMetaObject::invokeMethod(box->job, slot, Qt::QueuedConnection);
}

void readTranscript(const std::shared_ptr<TranscriptLoadMailbox> &box, const QString &path,
                    void (TranscriptLoadJob::*drain)())
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMutexLocker lock(&box->mutex);
        box->error = Error{QStringLiteral("transcript_unreadable"),
                           QStringLiteral("Cannot open the transcript %1").arg(path),
                           file.errorString(),
                           {}};
        box->done = true;
        box->notified = false;
        notifyJob(box.get(), drain);
        return;
    }
    {
        QMutexLocker lock(&box->mutex);
        box->total = file.size();
    }
    JsonlReader reader(&file);
    LoadBatch batch;
    bool first = true;
    qint64 limit = 16; // small first batches, so the first screen arrives at once
    qint64 flushedAt = 0;
    auto flush = [&](bool last) {
        batch.bytes = file.pos();
        QMutexLocker lock(&box->mutex);
        while (!last && box->queue.size() >= TranscriptLoadMailbox::kMaxQueued && !box->cancel.load())
            box->space.wait(&box->mutex);
        box->queue.append(std::move(batch));
        batch = LoadBatch{};
        box->done = last;
        notifyJob(box.get(), drain);
        flushedAt = file.pos();
    };
    for (auto n = reader.next(); n != JsonlReader::Next::End; n = reader.next()) {
        if (box->cancel.load())
            break;
        if (n == JsonlReader::Next::Warning) {
            batch.warnings.append(reader.warning());
        } else {
            const QJsonObject &o = reader.object();
            const QString ts = o.value(QLatin1String("ts")).toString();
            if (!ts.isEmpty()) {
                if (first) {
                    batch.firstTs = ts;
                    first = false;
                }
                batch.lastTs = ts;
            }
            if (isShown(o.value(QLatin1String("type")).toString()))
                batch.events.append(LoadedEvent{o, reader.lineNumber()});
        }
        if (batch.events.size() >= limit || file.pos() - flushedAt >= (1 << 20)) {
            flush(false);
            limit = qMin<qint64>(limit * 2, 512);
        }
    }
    flush(true);
}

} // namespace

TranscriptLoadJob::TranscriptLoadJob(const QString &path, ConversationModel *conversation,
                                     ToolCallModel *toolCalls, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_conversation(conversation)
    , m_toolCalls(toolCalls)
    , m_replayer(std::make_unique<TranscriptReplayer>(this, conversation, toolCalls))
{
    qRegisterMetaType<Workbench::LineWarning>();
}

TranscriptLoadJob *TranscriptLoadJob::start(const QString &path, ConversationModel *conversation,
                                            ToolCallModel *toolCalls, QObject *parent)
{
    auto *job = new TranscriptLoadJob(path, conversation, toolCalls, parent);
    // Started on the next turn, so the caller connects its signals first.
    QMetaObject::invokeMethod(job, &TranscriptLoadJob::begin, Qt::QueuedConnection);
    return job;
}

TranscriptLoadJob::~TranscriptLoadJob()
{
    if (m_box) {
        QMutexLocker lock(&m_box->mutex);
        m_box->job = nullptr;
        m_box->cancel.store(true);
        m_box->space.wakeAll();
    }
}

void TranscriptLoadJob::begin()
{
    if (m_box || m_finished)
        return;
    if (!m_conversation || !m_toolCalls) {
        m_error =
            Error{QStringLiteral("no_models"), QStringLiteral("Nothing to show the transcript in."), {}, {}};
        finish();
        return;
    }
    m_conversation->clear();
    m_toolCalls->clear();
    m_summary = TranscriptSummary{};
    auto box = std::make_shared<TranscriptLoadMailbox>();
    box->job = this;
    m_box = box;
    const QString path = m_path;
    QThread *thread = QThread::create([box, path] { readTranscript(box, path, &TranscriptLoadJob::drain); });
    thread->setObjectName(QStringLiteral("transcript-load"));
    // The thread outlives the job when the job is deleted mid-load; it ends at the next line.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void TranscriptLoadJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_box) {
        QMutexLocker lock(&m_box->mutex);
        m_box->cancel.store(true);
        m_box->space.wakeAll();
    }
    finish();
}

void TranscriptLoadJob::schedule()
{
    if (m_scheduled || m_finished)
        return;
    m_scheduled = true;
    // A zero timer lets paint and input events in between slices.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        drain();
    });
}

void TranscriptLoadJob::drain()
{
    if (m_finished || !m_box)
        return;
    if (!m_conversation || !m_toolCalls) {
        cancel();
        return;
    }
    // Until the first screen is filled there is no time limit; then a slice stays short enough
    // that the window keeps answering input.
    constexpr qint64 kSliceMs = 8;
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    bool more = false;
    while (true) {
        LoadBatch batch;
        {
            QMutexLocker lock(&m_box->mutex);
            if (m_box->queue.isEmpty()) {
                m_box->notified = false;
                done = m_box->done;
                if (done && !m_box->error.isNull())
                    m_error = m_box->error;
                m_total = m_box->total;
                break;
            }
            batch = m_box->queue.takeFirst();
            m_total = m_box->total;
            m_box->space.wakeAll();
        }
        for (const LineWarning &w : std::as_const(batch.warnings)) {
            m_warnings.append(w);
            m_summary.malformedLines.append(w.message);
            Q_EMIT warningAdded(w);
        }
        for (const LoadedEvent &e : std::as_const(batch.events))
            m_replayer->apply(e.event, e.line);
        if (!batch.firstTs.isEmpty())
            m_firstTs = QDateTime::fromString(batch.firstTs, Qt::ISODateWithMs);
        if (!batch.lastTs.isEmpty()) {
            const QDateTime last = QDateTime::fromString(batch.lastTs, Qt::ISODateWithMs);
            if (m_firstTs.isValid() && last.isValid())
                m_summary.durationMs = m_firstTs.msecsTo(last);
        }
        m_bytes = batch.bytes;
        if (!m_firstBatchSent && m_conversation->rowCount() >= kFirstScreenRows) {
            m_firstBatchSent = true;
            Q_EMIT progress(m_bytes, m_total);
            Q_EMIT firstBatchReady();
            if (m_finished)
                return;
        }
        if (m_firstBatchSent && clock.elapsed() >= kSliceMs) {
            more = true;
            break;
        }
    }
    Q_EMIT progress(m_bytes, m_total);
    if (done) {
        finish();
        return;
    }
    if (more)
        schedule(); // the rest after the event loop had its turn
}

void TranscriptLoadJob::finish()
{
    if (m_finished)
        return;
    if (m_error.isNull() && !m_cancelled && m_conversation && m_toolCalls)
        m_replayer->finish();
    m_finished = true;
    if (!m_firstBatchSent && m_error.isNull()) {
        m_firstBatchSent = true;
        Q_EMIT firstBatchReady();
    }
    Q_EMIT finished();
}

} // namespace Workbench
