// SPDX-License-Identifier: MIT
#include "agent/runrestore.h"

#include "agent/agentrun.h"
#include "transcript/transcriptreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace Workbench {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The shape a request body's history has once the prompt-cache markers are taken off: what the
// rebuilt history must equal.
QJsonArray normalized(const QJsonArray &messages)
{
    QJsonArray out;
    for (const QJsonValue &v : messages) {
        QJsonObject m = v.toObject();
        const QJsonValue content = m.value(QLatin1String("content"));
        QJsonArray blocks;
        if (content.isString())
            blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("text"), content.toString()}});
        else
            blocks = content.toArray();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            QJsonObject b = blocks.at(i).toObject();
            b.remove(QStringLiteral("cache_control"));
            blocks.replace(i, b);
        }
        m.insert(QStringLiteral("content"), blocks);
        out.append(m);
    }
    return out;
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

QJsonObject userMessage(const QJsonValue &content)
{
    return QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                       {QStringLiteral("content"), content}};
}

// Files a restored workspace must hand to the sandbox user are chowned when the session's
// sandbox is created, so restores here keep the app's own ownership.
constexpr std::pair<int, int> kKeepOwner{-1, -1};

Error cancelledError()
{
    return Error{
        QStringLiteral("cancelled"), QStringLiteral("Reading the transcript was cancelled."), {}, {}};
}

// How far a worker has read, for the job's progress() (the promise carries 0..1000).
struct ReadProgress
{
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> total{0};
};

// TranscriptReader::read(), stopping when `cancel` is set and reporting how far it got.
Result<TranscriptLog> readLog(const QString &path, const std::atomic_bool &cancel, ReadProgress &progress,
                              QPromise<void> &promise)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("transcript_unreadable"),
                     QStringLiteral("Cannot open the transcript %1").arg(path),
                     file.errorString(),
                     {}};
    const qint64 total = file.size();
    progress.total = total;
    TranscriptLog log;
    log.path = path;
    JsonlReader reader(&file);
    int shown = -1;
    for (auto n = reader.next(); n != JsonlReader::Next::End; n = reader.next()) {
        if (cancel.load())
            return cancelledError();
        if (n == JsonlReader::Next::Warning) {
            log.warnings.append(reader.warning());
        } else {
            log.events.append(reader.object());
            log.lineNumbers.append(reader.lineNumber());
        }
        const qint64 at = file.pos();
        progress.bytes = at;
        const int permille = total > 0 ? int(std::min<qint64>(1000, at * 1000 / total)) : 1000;
        if (permille != shown) {
            shown = permille;
            promise.setProgressValue(permille);
        }
    }
    return log;
}

// Runs `work` (which returns T) on a thread of its own and then `done(T&)` on `context`'s thread;
// nothing is called back when `context` is gone by then. `onProgress` follows the promise.
template <typename T, typename Work, typename Done, typename OnProgress>
void runOnWorker(QObject *context, Work work, Done done, OnProgress onProgress)
{
    auto result = std::make_shared<std::optional<T>>();
    auto promise = std::make_shared<QPromise<void>>();
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::progressValueChanged, context,
                     [onProgress](int) { onProgress(); });
    QObject::connect(watcher, &QFutureWatcher<void>::finished, context, [watcher, result, done] {
        watcher->deleteLater();
        if (*result)
            done(**result);
    });
    watcher->setFuture(promise->future());
    promise->setProgressRange(0, 1000);
    promise->start();
    // A thread of its own rather than the global pool, whose threads checkpoint copies may hold.
    QThread *thread = QThread::create([work, result, promise] {
        result->emplace(work(*promise));
        promise->finish();
    });
    thread->setObjectName(QStringLiteral("transcript-restore"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

Error notARun(const QString &path)
{
    return Error{QStringLiteral("not_a_run"),
                 QStringLiteral("%1 is not the transcript of an Agent Workbench run (it has no run_started "
                                "event), so it cannot be resumed or forked.")
                     .arg(path),
                 {},
                 {}};
}

Result<RestoredRun> rebuild(const TranscriptLog &log, const QString &path)
{
    RestoredRun r = RestoredRun::fromEvents(log.events);
    r.path = QFileInfo(path).absoluteFilePath();
    for (const LineWarning &w : std::as_const(log.warnings))
        r.warnings.prepend(w.message);
    if (r.runId.isEmpty())
        return notARun(path);
    return r;
}

} // namespace

// ---- rebuilding -----------------------------------------------------------------------------

const RestoredCall *RestoredRun::call(const QString &toolUseId) const
{
    for (const RestoredCall &c : calls) {
        if (c.id == toolUseId)
            return &c;
    }
    return nullptr;
}

const RestoredCall *RestoredRun::callAtStep(int step) const
{
    return step >= 1 && step <= calls.size() ? &calls.at(step - 1) : nullptr;
}

QString RestoredRun::checkpointFrom(int step, bool after) const
{
    for (const RestoredCall &c : calls) {
        if ((after ? c.step > step : c.step >= step) && !c.checkpoint.isEmpty())
            return c.checkpoint;
    }
    return {};
}

QJsonObject RestoredRun::historyJson() const
{
    QJsonObject o{{QStringLiteral("messages"), messages},
                  {QStringLiteral("pending_results"), pendingResults},
                  {QStringLiteral("pending_calls"), QJsonArray::fromStringList(pendingCalls)},
                  {QStringLiteral("turns"), turns}};
    if (!roundNote.isEmpty())
        o.insert(QStringLiteral("round_note"), roundNote);
    return o;
}

RestoredRun RestoredRun::fromEvents(const QList<QJsonObject> &events, const RestoreCut &cut)
{
    RestoredRun r;
    QStringList owed;
    QJsonArray results;
    QString note;
    bool requestOpen = false;
    bool started = false;
    int answers = 0; // assistant_message events, the recordings a replay has served

    const auto flush = [&] {
        if (!results.isEmpty() || !note.isEmpty()) {
            QJsonArray content = results;
            if (!note.isEmpty())
                content.append(textBlock(note));
            r.messages.append(userMessage(content));
        }
        results = {};
        note.clear();
        owed.clear();
    };
    const auto indexOf = [&r](const QString &id) -> RestoredCall * {
        for (RestoredCall &c : r.calls) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    };
    const auto addCall = [&r, &indexOf](const QJsonObject &block, int turn) {
        const QString id = str(block, "id");
        if (indexOf(id))
            return;
        RestoredCall c;
        c.id = id;
        c.name = str(block, "name");
        c.input = block.value(QLatin1String("input")).toObject();
        c.turn = turn;
        c.step = int(r.calls.size()) + 1;
        r.calls.append(c);
    };
    // forked_from and rewound carry the history as it stood at their cut: start over from it.
    const auto resetTo = [&](const QJsonObject &history) {
        r.messages = history.value(QLatin1String("messages")).toArray();
        results = history.value(QLatin1String("pending_results")).toArray();
        owed.clear();
        for (const QJsonValue &v : history.value(QLatin1String("pending_calls")).toArray())
            owed.append(v.toString());
        note = str(history, "round_note");
        QList<RestoredCall> kept;
        int turn = 0;
        const auto keep = [&](const QJsonObject &block) {
            RestoredCall c;
            if (const RestoredCall *old = indexOf(str(block, "id")))
                c = *old;
            c.id = str(block, "id");
            c.name = str(block, "name");
            c.input = block.value(QLatin1String("input")).toObject();
            c.turn = turn;
            c.step = int(kept.size()) + 1;
            kept.append(c);
        };
        for (const QJsonValue &v : std::as_const(r.messages)) {
            const QJsonObject m = v.toObject();
            if (str(m, "role") != QLatin1String("assistant"))
                continue;
            ++turn;
            for (const QJsonValue &b : m.value(QLatin1String("content")).toArray()) {
                if (str(b.toObject(), "type") == QLatin1String("tool_use"))
                    keep(b.toObject());
            }
        }
        r.calls = kept;
        // What the history itself says about results (a branch's prefix has no events of its own).
        QJsonArray all = results;
        for (const QJsonValue &v : std::as_const(r.messages)) {
            for (const QJsonValue &b : v.toObject().value(QLatin1String("content")).toArray())
                all.append(b);
        }
        for (const QJsonValue &b : std::as_const(all)) {
            const QJsonObject block = b.toObject();
            if (str(block, "type") != QLatin1String("tool_result"))
                continue;
            if (RestoredCall *c = indexOf(str(block, "tool_use_id")); c && !c->hasResult) {
                c->hasResult = true;
                c->result = block.value(QLatin1String("content")).toString();
                c->isError = block.value(QLatin1String("is_error")).toBool();
            }
        }
        r.turns = std::max(r.turns, history.value(QLatin1String("turns")).toInt(turn));
        requestOpen = false;
    };

    for (const QJsonObject &e : events) {
        const QString type = str(e, "type");
        r.lastSeq = std::max(r.lastSeq, e.value(QLatin1String("seq")).toInteger());
        const QString id = str(e, "id");
        if (!cut.toolUseId.isEmpty() && id == cut.toolUseId && indexOf(id)) {
            if (cut.beforeCall && type != QLatin1String("assistant_message"))
                break; // the call is about to be handled: the rewind's cut point
        }
        if (type == QLatin1String("run_started")) {
            if (started)
                continue;
            started = true;
            r.runId = str(e, "run_id");
            r.task = str(e, "task");
            r.model = str(e, "model");
            r.provider = str(e, "provider");
            r.replayFile = str(e, "replay_file");
            r.checkpointStore = str(e, "checkpoint_store");
            r.workspace = str(e, "workspace");
            r.sandbox = str(e, "sandbox");
            r.permissionMode = str(e, "permission_mode");
            r.rules = e.value(QLatin1String("rules")).toArray();
            r.maxTurns = e.value(QLatin1String("max_turns")).toInt(25);
        } else if (type == QLatin1String("forked_from")) {
            r.forkedFrom = e;
            resetTo(e.value(QLatin1String("history")).toObject());
            answers = e.value(QLatin1String("answers")).toInt(answers);
            r.usage = {};
            r.costUsd = 0;
        } else if (type == QLatin1String("rewound")) {
            resetTo(e.value(QLatin1String("history")).toObject());
            answers = e.value(QLatin1String("answers")).toInt(answers);
        } else if (type == QLatin1String("user_message")) {
            flush();
            const QJsonValue content = e.value(QLatin1String("content"));
            if (r.task.isEmpty() && content.isString())
                r.task = content.toString();
            r.messages.append(userMessage(content));
        } else if (type == QLatin1String("request")) {
            flush();
            requestOpen = true;
            const QJsonArray sent =
                e.value(QLatin1String("body")).toObject().value(QLatin1String("messages")).toArray();
            if (normalized(sent) != normalized(r.messages))
                r.warnings.append(
                    QStringLiteral(
                        "The history rebuilt for turn %1 differs from the request recorded for it.")
                        .arg(e.value(QLatin1String("turn")).toInt()));
        } else if (type == QLatin1String("model_error")) {
            requestOpen = false;
        } else if (type == QLatin1String("assistant_message")) {
            flush();
            requestOpen = false;
            ++answers;
            const int turn = e.value(QLatin1String("turn")).toInt();
            r.turns = std::max(r.turns, turn);
            const QJsonObject message = e.value(QLatin1String("message")).toObject();
            const QJsonArray content = message.value(QLatin1String("content")).toArray();
            const QJsonArray history = AgentRun::historyContent(content);
            if (!history.isEmpty())
                r.messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                              {QStringLiteral("content"), history}});
            r.lastAssistantStop = str(message, "stop_reason");
            const QJsonObject usage = message.value(QLatin1String("usage")).toObject();
            for (const char *key : {"input_tokens", "output_tokens", "cache_creation_input_tokens",
                                    "cache_read_input_tokens"}) {
                const QString k = QLatin1String(key);
                r.usage.insert(k, r.usage.value(k).toInteger() + usage.value(k).toInteger());
            }
            if (const QJsonValue c = e.value(QLatin1String("cost_usd")); c.isDouble())
                r.costUsd += c.toDouble();
            else
                r.costKnown = false;
            for (const QJsonValue &v : content) {
                const QJsonObject b = v.toObject();
                if (str(b, "type") == QLatin1String("tool_use")) {
                    addCall(b, turn);
                    if (r.lastAssistantStop == QLatin1String("tool_use"))
                        owed.append(str(b, "id"));
                }
            }
        } else if (RestoredCall *c = indexOf(id); c && !id.isEmpty()) {
            if (type == QLatin1String("tool_call")) {
                c->recorded = true;
            } else if (type == QLatin1String("decision")) {
                c->decisions.append(e);
            } else if (type == QLatin1String("checkpoint")) {
                c->checkpoint = str(e, "checkpoint");
            } else if (type == QLatin1String("exec_started")) {
                c->started = true;
            } else if (type == QLatin1String("output")) {
                (str(e, "stream") == QLatin1String("stderr") ? c->stderrText : c->stdoutText) +=
                    str(e, "text");
            } else if (type == QLatin1String("exec_finished")) {
                c->execResult = e.value(QLatin1String("result")).toObject();
            } else if (type == QLatin1String("tool_result")) {
                const bool isCut = !cut.toolUseId.isEmpty() && id == cut.toolUseId;
                c->hasResult = true;
                c->result = (isCut && cut.newResult) ? *cut.newResult : str(e, "content");
                c->isError = (isCut && cut.newResult) ? false : e.value(QLatin1String("is_error")).toBool();
                results.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                           {QStringLiteral("tool_use_id"), id},
                                           {QStringLiteral("content"), c->result},
                                           {QStringLiteral("is_error"), c->isError}});
                owed.removeAll(id);
                if (isCut)
                    break;
            }
        } else if (type == QLatin1String("run_resumed")) {
            r.stopReason.clear();
        } else if (type == QLatin1String("run_finished")) {
            flush();
            r.stopReason = str(e, "stop_reason");
        }
    }
    // A cut call the transcript never answered still gets the edited result.
    if (!cut.toolUseId.isEmpty() && !cut.beforeCall && cut.newResult && owed.contains(cut.toolUseId)) {
        if (RestoredCall *c = indexOf(cut.toolUseId)) {
            c->hasResult = true;
            c->result = *cut.newResult;
            c->isError = false;
        }
        results.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                   {QStringLiteral("tool_use_id"), cut.toolUseId},
                                   {QStringLiteral("content"), *cut.newResult},
                                   {QStringLiteral("is_error"), false}});
        owed.removeAll(cut.toolUseId);
    }
    r.partialTurnDropped = requestOpen;
    if (owed.isEmpty()) {
        flush();
    } else {
        r.pendingResults = results;
        r.pendingCalls = owed;
        r.roundNote = note;
    }
    r.answers = answers;
    return r;
}

Result<RestoredRun> RestoredRun::load(const QString &path)
{
    auto log = TranscriptReader::read(path);
    if (!log)
        return log.error();
    return rebuild(*log, path);
}

// ---- loading off the GUI thread -------------------------------------------------------------

RestoredRunLoadJob::RestoredRunLoadJob(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

RestoredRunLoadJob *RestoredRunLoadJob::start(const QString &path, QObject *parent)
{
    auto *job = new RestoredRunLoadJob(path, parent);
    // On the next turn, so the caller connects its signals first.
    QMetaObject::invokeMethod(job, &RestoredRunLoadJob::begin, Qt::QueuedConnection);
    return job;
}

RestoredRunLoadJob::~RestoredRunLoadJob()
{
    m_cancel->store(true);
}

void RestoredRunLoadJob::begin()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    auto progress = std::make_shared<ReadProgress>();
    const QString path = m_path;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    runOnWorker<Result<RestoredRun>>(
        this,
        [path, cancel, progress](QPromise<void> &promise) -> Result<RestoredRun> {
            auto log = readLog(path, *cancel, *progress, promise);
            if (!log)
                return log.error();
            return rebuild(*log, path);
        },
        [this](Result<RestoredRun> &r) {
            if (m_finished)
                return;
            m_finished = true;
            if (r)
                m_state = std::move(*r);
            else
                m_error = r.error();
            Q_EMIT finished();
        },
        [this, progress] {
            if (m_finished)
                return;
            m_bytes = progress->bytes;
            m_total = progress->total;
            Q_EMIT this->progress(m_bytes, m_total);
        });
}

void RestoredRunLoadJob::cancel()
{
    if (m_finished)
        return;
    m_cancel->store(true);
    m_cancelled = true;
    m_finished = true;
    m_error = cancelledError();
    Q_EMIT finished();
}

RunOptions RestoredRun::resumeOptions(const RunOptions &base) const
{
    RunOptions o = base;
    o.runId = runId;
    if (!provider.isEmpty())
        o.provider = provider;
    if (o.provider == QLatin1String("replay") && o.replayFile.isEmpty())
        o.replayFile = replayFile;
    // A replayed run goes on with the recordings it has not used yet.
    o.replaySkip = answers;
    o.model = model;
    o.workspace = workspace;
    o.transcriptPath = path;
    if (!permissionMode.isEmpty())
        o.permissionMode = permissionMode;
    o.ruleSource = QStringLiteral("transcript");
    for (const QJsonValue &v : rules) {
        const QJsonObject rule = v.toObject();
        const QString kind = str(rule, "kind");
        QStringList &into = kind == QLatin1String("allow")  ? o.allowRules
                            : kind == QLatin1String("deny") ? o.denyRules
                                                            : o.askRules;
        if (!into.contains(str(rule, "rule")))
            into.append(str(rule, "rule"));
    }
    o.maxTurns = turns + base.maxTurns;
    if (o.checkpointDirectory.isEmpty())
        o.checkpointDirectory = checkpointStore;
    return o;
}

// ---- forks ----------------------------------------------------------------------------------

static Result<ForkPlan> planForkFrom(const QList<QJsonObject> &events, const QString &path,
                                     const ForkRequest &request)
{
    RestoredRun full = RestoredRun::fromEvents(events);
    full.path = path;
    if (full.runId.isEmpty())
        return Error{QStringLiteral("not_a_run"),
                     QStringLiteral("%1 is not the transcript of an Agent Workbench run.").arg(path),
                     {},
                     {}};
    int step = request.step;
    if (!request.toolUseId.isEmpty()) {
        const RestoredCall *c = full.call(request.toolUseId);
        if (!c)
            return Error{QStringLiteral("no_such_step"),
                         QStringLiteral("The transcript has no tool call %1.").arg(request.toolUseId),
                         {},
                         {}};
        step = c->step;
    }
    if (step < 0 || step > full.calls.size())
        return Error{QStringLiteral("no_such_step"),
                     QStringLiteral("There is no step %1: the run has %2 tool call(s); step 0 is the task.")
                         .arg(step)
                         .arg(full.calls.size()),
                     {},
                     {}};

    ForkPlan plan;
    QJsonObject edited;
    RestoredRun &st = plan.state;
    if (step == 0) {
        st = full;
        const QString task = request.userMessage.isEmpty() ? full.task : request.userMessage;
        st.messages = QJsonArray{userMessage(task)};
        st.pendingResults = {};
        st.pendingCalls = {};
        st.roundNote.clear();
        st.calls.clear();
        st.turns = 0;
        st.answers = 0;
        st.task = task;
        if (!request.userMessage.isEmpty())
            edited.insert(QStringLiteral("user_message"), QJsonObject{{QStringLiteral("original"), full.task},
                                                                      {QStringLiteral("edited"), task}});
    } else {
        const RestoredCall *at = full.callAtStep(step);
        RestoreCut cut;
        cut.toolUseId = at->id;
        cut.newResult = request.toolResult;
        st = RestoredRun::fromEvents(events, cut);
        if (request.toolResult)
            edited.insert(QStringLiteral("tool_result"),
                          QJsonObject{{QStringLiteral("id"), at->id},
                                      {QStringLiteral("original"), at->result},
                                      {QStringLiteral("edited"), *request.toolResult}});
        if (!request.userMessage.isEmpty()) {
            edited.insert(QStringLiteral("user_message"), request.userMessage);
            if (!st.pendingCalls.isEmpty()) {
                st.roundNote = request.userMessage;
            } else {
                QJsonObject last = st.messages.isEmpty() ? QJsonObject() : st.messages.last().toObject();
                if (str(last, "role") == QLatin1String("user")) {
                    const QJsonValue content = last.value(QLatin1String("content"));
                    QJsonArray blocks =
                        content.isString() ? QJsonArray{textBlock(content.toString())} : content.toArray();
                    blocks.append(textBlock(request.userMessage));
                    last.insert(QStringLiteral("content"), blocks);
                    st.messages.replace(st.messages.size() - 1, last);
                } else {
                    st.messages.append(userMessage(request.userMessage));
                }
            }
        }
    }
    st.path = path;
    st.stopReason.clear();
    if (!request.model.isEmpty() && request.model != full.model) {
        edited.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("from"), full.model},
                                                           {QStringLiteral("to"), request.model}});
        st.model = request.model;
    }
    if (!request.provider.isEmpty() && request.provider != full.provider) {
        edited.insert(QStringLiteral("provider"), QJsonObject{{QStringLiteral("from"), full.provider},
                                                              {QStringLiteral("to"), request.provider}});
        st.provider = request.provider;
    }

    // An edited result (or a new task) starts from the files as they were before the call ran;
    // an unchanged one from the files as the call left them.
    const bool before = step == 0 || request.toolResult.has_value();
    plan.checkpointId = full.checkpointFrom(std::max(step, 1), !before);
    bool changedAfter = false;
    for (const RestoredCall &c : std::as_const(full.calls)) {
        if ((before ? c.step >= step : c.step > step) && c.started)
            changedAfter = true;
    }
    if (!plan.checkpointId.isEmpty())
        plan.workspaceNote =
            QStringLiteral("The branch's workspace was restored from checkpoint %1, taken %2 "
                           "step %3.")
                .arg(plan.checkpointId, before ? QStringLiteral("before") : QStringLiteral("after"),
                     QString::number(step));
    else if (changedAfter)
        plan.workspaceNote =
            QStringLiteral(
                "No checkpoint was recorded for step %1, so the branch's workspace is a copy of the "
                "parent's workspace as it is now, which may include changes made after that step.")
                .arg(step);
    else
        plan.workspaceNote =
            QStringLiteral("Nothing ran after step %1 in the parent, so the branch's workspace "
                           "is a copy of the parent's workspace as it is now.")
                .arg(step);

    plan.record =
        QJsonObject{{QStringLiteral("source"), path},
                    {QStringLiteral("source_run_id"), full.runId},
                    {QStringLiteral("step"), step},
                    {QStringLiteral("edited"), edited},
                    {QStringLiteral("workspace_from"),
                     plan.checkpointId.isEmpty() ? QStringLiteral("copy") : QStringLiteral("checkpoint")},
                    {QStringLiteral("workspace_note"), plan.workspaceNote},
                    {QStringLiteral("answers"), st.answers},
                    {QStringLiteral("history"), st.historyJson()}};
    if (step > 0)
        plan.record.insert(QStringLiteral("tool_use_id"), full.callAtStep(step)->id);
    if (!plan.checkpointId.isEmpty())
        plan.record.insert(QStringLiteral("checkpoint"), plan.checkpointId);
    st.forkedFrom = plan.record;
    return plan;
}

Result<ForkPlan> planFork(const QString &path, const ForkRequest &request)
{
    auto log = TranscriptReader::read(path);
    if (!log)
        return log.error();
    return planForkFrom(log->events, QFileInfo(path).absoluteFilePath(), request);
}

// ---- the job --------------------------------------------------------------------------------

RunRestoreJob::RunRestoreJob(Kind kind, QString path, RunOptions base, QNetworkAccessManager *nam,
                             ApprovalGate *gate, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_base(std::move(base))
    , m_nam(nam)
    , m_gate(gate)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

RunRestoreJob::~RunRestoreJob()
{
    m_cancel->store(true);
    if (m_session && m_session->parent() == this)
        delete m_session;
}

RunRestoreJob *RunRestoreJob::resume(const QString &path, const RunOptions &base, QNetworkAccessManager *nam,
                                     ApprovalGate *gate, QObject *parent)
{
    return new RunRestoreJob(Kind::Resume, path, base, nam, gate, parent);
}

RunRestoreJob *RunRestoreJob::fork(const QString &path, const ForkRequest &request, const RunOptions &base,
                                   QNetworkAccessManager *nam, ApprovalGate *gate, QObject *parent)
{
    auto *job = new RunRestoreJob(Kind::Fork, path, base, nam, gate, parent);
    job->m_fork = request;
    return job;
}

RunRestoreJob *RunRestoreJob::rewind(const QString &path, const QString &toolUseId, const RunOptions &base,
                                     QNetworkAccessManager *nam, ApprovalGate *gate, QObject *parent)
{
    auto *job = new RunRestoreJob(Kind::Rewind, path, base, nam, gate, parent);
    job->m_toolUseId = toolUseId;
    return job;
}

void RunRestoreJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &RunRestoreJob::prepare);
}

RunSession *RunRestoreJob::takeSession()
{
    RunSession *s = m_session;
    if (s)
        s->setParent(nullptr);
    m_session = nullptr;
    return s;
}

void RunRestoreJob::fail(const Error &error)
{
    if (m_finished)
        return; // cancelled while the workspace work was under way
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

// What the worker thread makes of the transcript before the job goes on on its own thread.
struct RestorePreparation
{
    Error error;
    RestoredRun full;             ///< the whole run
    std::optional<ForkPlan> plan; ///< fork: the branch
    RestoredRun cut;              ///< rewind: the run cut back to just before the call
};

void RunRestoreJob::cancel()
{
    if (m_finished)
        return;
    m_cancel->store(true);
    fail(Error{QStringLiteral("cancelled"), QStringLiteral("The restore was cancelled."), {}, {}});
}

void RunRestoreJob::prepare()
{
    if (m_finished)
        return;
    auto progress = std::make_shared<ReadProgress>();
    runOnWorker<RestorePreparation>(
        this,
        [path = m_path, kind = m_kind, fork = m_fork, toolUseId = m_toolUseId, cancel = m_cancel,
         progress](QPromise<void> &promise) {
            RestorePreparation p;
            auto log = readLog(path, *cancel, *progress, promise);
            if (!log) {
                p.error = log.error();
                return p;
            }
            p.full = RestoredRun::fromEvents(log->events);
            p.full.path = path;
            if (p.full.runId.isEmpty()) {
                p.error =
                    Error{QStringLiteral("not_a_run"),
                          QStringLiteral("%1 is not the transcript of an Agent Workbench run.").arg(path),
                          {},
                          {}};
                return p;
            }
            if (kind == Kind::Fork) {
                auto plan = planForkFrom(log->events, path, fork);
                if (plan)
                    p.plan = std::move(*plan);
                else
                    p.error = plan.error();
            } else if (kind == Kind::Rewind && p.full.call(toolUseId)) {
                RestoreCut cut;
                cut.toolUseId = toolUseId;
                cut.beforeCall = true;
                p.cut = RestoredRun::fromEvents(log->events, cut);
            }
            return p;
        },
        [this](RestorePreparation &p) {
            if (m_finished)
                return;
            if (!p.error.isNull()) {
                fail(p.error);
                return;
            }
            proceed(p);
        },
        [this, progress] {
            if (!m_finished)
                Q_EMIT this->progress(progress->bytes, progress->total);
        });
}

void RunRestoreJob::proceed(RestorePreparation &prepared)
{
    const RestoredRun &full = prepared.full;
    // The checkpoints of the run are where it recorded them; the default store otherwise.
    const QString storeRoot = !full.checkpointStore.isEmpty() ? full.checkpointStore
                              : !m_base.checkpointDirectory.isEmpty()
                                  ? m_base.checkpointDirectory
                                  : RunConfig::dataDirectory() + QStringLiteral("/checkpoints");

    if (m_kind == Kind::Resume) {
        m_state = full;
        createSession(m_state.resumeOptions(m_base), {});
        return;
    }

    if (m_kind == Kind::Fork) {
        const std::optional<ForkPlan> &plan = prepared.plan;
        m_state = plan->state;
        m_record = plan->record;
        m_note = plan->workspaceNote;
        RunOptions o = m_state.resumeOptions(m_base);
        o.runId = RunConfig::newRunId();
        o.transcriptPath = m_base.transcriptPath;
        o.workspace = m_base.workspace.isEmpty() ? RunConfig::defaultWorkspace(o.runId) : m_base.workspace;
        if (!m_fork.provider.isEmpty() && m_fork.provider != full.provider) {
            o.provider = m_fork.provider;
            o.replaySkip = 0;
        }
        o.model = m_state.model;
        if (!QDir().mkpath(o.workspace)) {
            fail(Error{QStringLiteral("workspace_unavailable"),
                       QStringLiteral("Cannot create the branch's workspace folder %1.").arg(o.workspace),
                       {},
                       {}});
            return;
        }
        if (!QDir(o.workspace)
                 .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            fail(
                Error{QStringLiteral("workspace_not_empty"),
                      QStringLiteral("The branch's workspace %1 is not empty; a branch starts in a folder of "
                                     "its own so it never changes another run's files.")
                          .arg(o.workspace),
                      {},
                      {}});
            return;
        }
        const QString checkpoint = plan->checkpointId;
        const QString parentWorkspace = full.workspace;
        const QString runId = o.runId;
        // The copy runs on a pool thread; the watcher (a child) reports back on this one.
        auto outcome = std::make_shared<Result<RewindReport>>(Error{});
        auto promise = std::make_shared<QPromise<void>>();
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, outcome, o] {
            watcher->deleteLater();
            if (!*outcome) {
                fail(outcome->error());
                return;
            }
            m_report = **outcome;
            createSession(o, m_record);
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start(
            [storeRoot, checkpoint, parentWorkspace, runId, o, outcome, promise] {
                const CheckpointStore store(storeRoot);
                QString from = checkpoint;
                if (from.isEmpty()) {
                    // No checkpoint for that step: the parent's files as they are now.
                    CheckpointStore::Request req;
                    req.workspace = parentWorkspace;
                    req.runId = runId;
                    req.label = QStringLiteral("parent workspace, copied for a branch");
                    auto copy = store.capture(req);
                    if (!copy) {
                        *outcome = copy.error();
                        promise->finish();
                        return;
                    }
                    from = copy->id;
                }
                *outcome = store.rewind(from, o.workspace, kKeepOwner);
                promise->finish();
            });
        return;
    }

    // Rewind in place: files back to the checkpoint before the call, conversation cut there.
    const RestoredCall *at = full.call(m_toolUseId);
    if (!at) {
        fail(Error{QStringLiteral("no_such_step"),
                   QStringLiteral("The transcript has no tool call %1.").arg(m_toolUseId),
                   {},
                   {}});
        return;
    }
    const QString checkpoint = full.checkpointFrom(at->step);
    bool ranAfter = false;
    for (const RestoredCall &c : std::as_const(full.calls))
        ranAfter = ranAfter || (c.step >= at->step && c.started);
    if (checkpoint.isEmpty() && ranAfter) {
        fail(
            Error{QStringLiteral("no_checkpoint"),
                  QStringLiteral("No checkpoint was taken before step %1 or after it, so its files cannot be "
                                 "restored (checkpoints are off for this run, or none could be taken).")
                      .arg(at->step),
                  {},
                  {}});
        return;
    }
    m_state = prepared.cut;
    m_state.path = m_path;
    // The rewound run keeps its identity, configuration and turn count.
    m_state.runId = full.runId;
    m_state.turns = full.turns;
    m_state.lastSeq = full.lastSeq;
    m_state.usage = full.usage;
    m_state.costUsd = full.costUsd;
    m_state.costKnown = full.costKnown;
    m_record = QJsonObject{{QStringLiteral("to_step"), at->step},
                           {QStringLiteral("tool_use_id"), m_toolUseId},
                           {QStringLiteral("answers"), m_state.answers},
                           {QStringLiteral("history"), m_state.historyJson()}};
    const RunOptions o = m_state.resumeOptions(m_base);
    if (checkpoint.isEmpty()) {
        m_note = QStringLiteral("Nothing ran from step %1 on, so no file had to change.").arg(at->step);
        createSession(o, m_record);
        return;
    }
    m_record.insert(QStringLiteral("checkpoint"), checkpoint);
    const CheckpointStore store(storeRoot);
    RewindJob *job = store.createRewind(checkpoint, full.workspace, kKeepOwner, true, this);
    connect(job, &RewindJob::finished, this, [this, job, o] {
        job->deleteLater();
        const Result<RewindReport> &r = job->result();
        if (!r) {
            fail(r.error());
            return;
        }
        m_report = *r;
        m_record.insert(QStringLiteral("safety_checkpoint"), r->safetyCheckpointId);
        m_note = QStringLiteral("Restored the workspace to checkpoint %1: %2 written, %3 removed.")
                     .arg(r->checkpointId)
                     .arg(r->written)
                     .arg(r->removed);
        createSession(o, m_record);
    });
    job->start();
}

void RunRestoreJob::createSession(const RunOptions &options, const QJsonObject &record)
{
    if (m_finished)
        return;
    auto created = RunSession::create(options, m_nam, m_gate, this);
    if (!created) {
        fail(created.error());
        return;
    }
    m_session = *created;
    const AgentRun::RestoreKind kind = m_kind == Kind::Resume ? AgentRun::RestoreKind::Resume
                                       : m_kind == Kind::Fork ? AgentRun::RestoreKind::Fork
                                                              : AgentRun::RestoreKind::Rewind;
    RestoredRun state = m_state;
    if (m_kind == Kind::Fork)
        state.workspace = m_session->workspace();
    QString followUp;
    if (m_kind == Kind::Resume && !m_followUp.isEmpty()) {
        // A round still owed results carries the message after them; otherwise it is the next turn.
        if (!state.pendingCalls.isEmpty())
            state.roundNote = state.roundNote.isEmpty()
                                  ? m_followUp
                                  : QStringLiteral("%1\n\n%2").arg(state.roundNote, m_followUp);
        else
            followUp = m_followUp;
    }
    if (Status s = m_session->run()->restore(state, kind, record, followUp); !s) {
        delete m_session;
        fail(s.error());
        return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Workbench
