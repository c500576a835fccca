// SPDX-License-Identifier: MIT
#include "agent/agentrun.h"

#include "agent/executionboundary.h"
#include "agent/runrestore.h"
#include "approval/approvalgate.h"
#include "checkpoint/checkpointstore.h"
#include "llm/apierrors.h"
#include "llm/apijobs.h"
#include "llm/modeljob.h"
#include "llm/requestbuilder.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "sandbox/sandbox.h"
#include "transcript/transcriptwriter.h"

#include <QJsonDocument>
#include <QTimer>

namespace Workbench {

namespace {
constexpr qint64 kMaxTranscriptOutputPerCall = 1 << 20;

QJsonValue parsedOrRaw(const QByteArray &data)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    return QString::fromUtf8(data);
}

QJsonObject errorJson(const Error &e)
{
    QJsonObject o{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.detail.isEmpty())
        o.insert(QStringLiteral("detail"), e.detail);
    if (!e.requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), e.requestId);
    return o;
}

QJsonValue costJson(std::optional<double> usd)
{
    return usd ? QJsonValue(*usd) : QJsonValue(QJsonValue::Null);
}
} // namespace

AgentRun::AgentRun(RunConfig config, Provider *provider, Sandbox *sandbox, ApprovalGate *gate,
                   TranscriptWriter *transcript, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_provider(provider)
    , m_sandbox(sandbox)
    , m_gate(gate)
    , m_transcript(transcript)
    , m_tools(sandbox)
    , m_conversation(new ConversationModel(this))
    , m_toolCalls(new ToolCallModel(this))
    , m_prices(PriceTable::userOrBundled())
{
    if (m_config.runId.isEmpty())
        m_config.runId = RunConfig::newRunId();
    if (m_sandbox) // Read/Edit rules resolve ./ and bare paths against the workspace
        m_config.policy.setPathContext(m_sandbox->hostWorkspace());
    m_capabilities = CapabilityTable::userOrBundled();
    m_tools.setLimits(m_config.limits, m_config.outputKillBytes);
    connect(m_gate, &ApprovalGate::answered, this, &AgentRun::onGateAnswered);
}

AgentRun::~AgentRun()
{
    if (!m_awaitingId.isEmpty() && m_gate)
        m_gate->withdraw(m_awaitingId);
}

void AgentRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AgentRun::writeRunStarted(const QString &task)
{
    if (!m_transcript)
        return;
    QJsonArray rules;
    for (const PermissionRule &r : m_config.policy.rules())
        rules.append(QJsonObject{
            {QStringLiteral("rule"), r.text},
            {QStringLiteral("kind"), r.kind == PermissionRule::Kind::Allow  ? QStringLiteral("allow")
                                     : r.kind == PermissionRule::Kind::Deny ? QStringLiteral("deny")
                                                                            : QStringLiteral("ask")},
            {QStringLiteral("source"), r.source}});
    QJsonObject fields{{QStringLiteral("run_id"), m_config.runId},
                       {QStringLiteral("task"), task},
                       {QStringLiteral("provider"), m_provider->name()},
                       {QStringLiteral("model"), m_config.model},
                       {QStringLiteral("workspace"), m_sandbox->hostWorkspace()},
                       {QStringLiteral("sandbox"), m_sandbox->kind()},
                       {QStringLiteral("permission_mode"), permissionModeName(m_config.policy.mode())},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("max_turns"), m_config.maxTurns},
                       {QStringLiteral("app_version"), QStringLiteral(WORKBENCH_VERSION)}};
    if (!m_config.replayFile.isEmpty())
        fields.insert(QStringLiteral("replay_file"), m_config.replayFile);
    if (m_checkpoints) // where a fork or rewind finds this run's checkpoints
        fields.insert(QStringLiteral("checkpoint_store"), m_checkpoints->root());
    m_transcript->write(QStringLiteral("run_started"), fields);
}

void AgentRun::start(const QString &task)
{
    if (m_state != State::Idle)
        return;
    writeRunStarted(task);
    m_conversation->append(ConversationModel::Kind::User, task, 0);
    m_messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), task}});
    if (m_transcript)
        m_transcript->write(QStringLiteral("user_message"), {{QStringLiteral("content"), task}});
    startTurn();
}

ToolAction AgentRun::describeToolUse(const QJsonObject &block) const
{
    const QString id = block.value(QLatin1String("id")).toString();
    const QString name = block.value(QLatin1String("name")).toString();
    const QJsonObject input = block.value(QLatin1String("input")).toObject();
    if (auto action = m_tools.describe(id, name, input))
        return *action;
    // Input the tool cannot read is still shown, as the JSON it was, so the user sees what came.
    ToolAction shown;
    shown.toolUseId = id;
    shown.toolName = name;
    shown.input = input;
    shown.summary = QStringLiteral("%1 (invalid input)").arg(name);
    shown.language = QStringLiteral("json");
    shown.script = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Indented));
    return shown;
}

void AgentRun::startTurn()
{
    if (m_cancelRequested) {
        finish(QStringLiteral("cancelled"));
        return;
    }
    if (m_turns >= m_config.maxTurns) {
        finish(QStringLiteral("max_turns"),
               Error{QStringLiteral("max_turns"),
                     QStringLiteral("The run stopped after %1 turns, the limit set for it.")
                         .arg(m_config.maxTurns),
                     {},
                     {}});
        return;
    }
    ++m_turns;
    m_blockRows.clear();
    m_turnToolIds.clear();
    setActions({});
    setState(State::Requesting);
    Q_EMIT turnStarted(m_turns);

    // Built for the model's capabilities: thinking as it takes it, nothing it would reject, and
    // prompt-cache breakpoints that move forward with the history.
    RequestBuilder builder;
    builder.model = m_config.model;
    builder.maxTokens = m_config.maxTokens;
    builder.system = m_config.systemPrompt;
    builder.tools = m_tools.definitions();
    builder.messages = m_messages;
    builder.stopSequences = m_config.stopSequences;
    builder.thinking = m_config.thinking;
    builder.temperature = m_config.temperature;
    builder.toolChoice = m_config.toolChoice;
    builder.promptCaching = m_config.promptCaching;
    builder.capability = m_capabilities.find(m_config.model);
    const RequestBuilder::Built built = builder.build();
    const QJsonObject body = built.body;
    const int turn = m_turns;
    if (m_contextWindow < 0)
        m_contextWindow = builder.capability.contextWindow;
    if (built.adjustments != m_lastAdjustments) {
        // Said once, not every turn: what was left out of the request and why.
        m_lastAdjustments = built.adjustments;
        for (const QString &a : built.adjustments)
            notice(QStringLiteral("Request adjusted: %1.").arg(a));
        if (m_transcript && !built.adjustments.isEmpty())
            m_transcript->write(
                QStringLiteral("request_adjusted"),
                {{QStringLiteral("turn"), turn},
                 {QStringLiteral("adjustments"), QJsonArray::fromStringList(built.adjustments)}});
    }
    if (m_transcript)
        m_transcript->write(QStringLiteral("request"),
                            {{QStringLiteral("turn"), turn}, {QStringLiteral("body"), body}});

    if (m_config.countTokens)
        countTokens(body, turn);
    ModelJob *job = m_provider->createJob(body, this);
    m_job = job;
    connect(job, &ModelJob::requestSent, this, [this, turn](const QJsonObject &headers) {
        if (m_transcript)
            m_transcript->write(QStringLiteral("request_headers"),
                                {{QStringLiteral("turn"), turn}, {QStringLiteral("headers"), headers}});
    });
    connect(job, &ModelJob::responseHeaders, this, [this, turn](int status, const QJsonObject &headers) {
        if (const RateLimits limits = RateLimits::fromHeaders(headers); !limits.isEmpty()) {
            m_rateLimits = limits;
            Q_EMIT rateLimitsChanged();
        }
        if (m_transcript)
            m_transcript->write(QStringLiteral("response_headers"), {{QStringLiteral("turn"), turn},
                                                                     {QStringLiteral("status"), status},
                                                                     {QStringLiteral("headers"), headers}});
    });
    connect(job, &ModelJob::rawEvent, this,
            [this, turn](const QString &name, const QByteArray &data, qint64 ms) {
                if (m_transcript)
                    m_transcript->write(QStringLiteral("sse"), {{QStringLiteral("turn"), turn},
                                                                {QStringLiteral("t_ms"), ms},
                                                                {QStringLiteral("event"), name},
                                                                {QStringLiteral("data"), parsedOrRaw(data)}});
            });
    connect(job, &ModelJob::blockStarted, this, [this, turn](int index, const QJsonObject &block) {
        const QString type = block.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text"))
            m_blockRows.insert(index,
                               m_conversation->append(ConversationModel::Kind::AssistantText,
                                                      block.value(QLatin1String("text")).toString(), turn));
        else if (type == QLatin1String("thinking"))
            m_blockRows.insert(
                index, m_conversation->append(ConversationModel::Kind::Thinking,
                                              block.value(QLatin1String("thinking")).toString(), turn));
        else if (type == QLatin1String("redacted_thinking"))
            // Encrypted by the API: nothing to read, but it goes back unchanged in the next request.
            m_conversation->append(ConversationModel::Kind::Thinking,
                                   QStringLiteral("(redacted by the API; sent back unchanged)"), turn);
    });
    connect(job, &ModelJob::textDelta, this, [this](int index, const QString &, const QString &text) {
        m_conversation->appendText(m_blockRows.value(index, -1), text);
    });
    connect(job, &ModelJob::blockFinished, this, [this, turn](int, const QJsonObject &block) {
        if (block.value(QLatin1String("type")).toString() != QLatin1String("tool_use"))
            return;
        const QString id = block.value(QLatin1String("id")).toString();
        const ToolAction shown = describeToolUse(block);
        const int row = m_toolCalls->addCall(shown, turn);
        m_turnToolIds.append(id);
        m_conversation->append(ConversationModel::Kind::ToolCall, shown.summary, turn, id);
        m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Pending));
        Q_EMIT toolCallAdded(row);
    });
    connect(job, &ModelJob::retrying, this,
            [this, turn](int attempt, int maxAttempts, int delayMs, const Error &why) {
                // Waits are never silent: the user sees why, how long and which attempt.
                notice(ApiErrors::retryNotice(attempt, maxAttempts, delayMs, why));
                if (m_transcript)
                    m_transcript->write(QStringLiteral("retry"),
                                        {{QStringLiteral("turn"), turn},
                                         {QStringLiteral("attempt"), attempt},
                                         {QStringLiteral("max_attempts"), maxAttempts},
                                         {QStringLiteral("delay_ms"), delayMs},
                                         {QStringLiteral("error"), errorJson(why)}});
            });
    connect(job, &ModelJob::finished, this, &AgentRun::onModelFinished);
    job->start();
}

void AgentRun::accumulateUsage(const QJsonObject &usage)
{
    for (const QString &key :
         {QStringLiteral("input_tokens"), QStringLiteral("output_tokens"),
          QStringLiteral("cache_creation_input_tokens"), QStringLiteral("cache_read_input_tokens")}) {
        m_usage.insert(key, m_usage.value(key).toInteger() + usage.value(key).toInteger());
    }
    Q_EMIT usageChanged();
}

void AgentRun::onModelFinished()
{
    ModelJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    const QJsonObject message = job->message();
    const int turn = m_turns;

    if (!job->error().isNull()) {
        const Error err = job->error();
        if (err.code == QLatin1String("cancelled") || m_cancelRequested) {
            if (m_transcript)
                m_transcript->write(QStringLiteral("model_error"),
                                    {{QStringLiteral("turn"), turn},
                                     {QStringLiteral("error"), errorJson(err)},
                                     {QStringLiteral("partial_message"), message}});
            finish(QStringLiteral("cancelled"));
            return;
        }
        m_conversation->append(ConversationModel::Kind::Error, err.toString(), turn);
        if (m_transcript)
            m_transcript->write(QStringLiteral("model_error"),
                                {{QStringLiteral("turn"), turn},
                                 {QStringLiteral("error"), errorJson(err)},
                                 {QStringLiteral("partial_message"), message}});
        // Calls that arrived before the failure never run: the answer they belong to is incomplete.
        for (const QString &id : std::as_const(m_turnToolIds)) {
            m_toolCalls->setStatus(m_toolCalls->rowForId(id), ToolCallModel::Status::Cancelled);
            m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                      ToolCallModel::statusText(ToolCallModel::Status::Cancelled));
        }
        // What the user can fix elsewhere (key, billing, request) is not worth a retry button.
        static const QStringList noRetry{
            QStringLiteral("authentication_error"), QStringLiteral("permission_error"),
            QStringLiteral("billing_error"),        QStringLiteral("invalid_request_error"),
            QStringLiteral("not_found_error"),      QStringLiteral("request_too_large"),
            QStringLiteral("spend_limit_reached")};
        setActions(noRetry.contains(err.code) ? Actions{} : Actions{Action::RetryTurn});
        finish(QStringLiteral("error"), err);
        return;
    }

    const QJsonArray content = message.value(QLatin1String("content")).toArray();
    QString model = message.value(QLatin1String("model")).toString();
    if (model.isEmpty())
        model = m_config.model;
    const std::optional<double> turnCost =
        m_prices.cost(model, message.value(QLatin1String("usage")).toObject());
    if (turnCost)
        m_cost += *turnCost;
    else
        m_costKnown = false;
    if (m_transcript)
        m_transcript->write(QStringLiteral("assistant_message"),
                            {{QStringLiteral("turn"), turn},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("ttft_ms"), job->timeToFirstTokenMs()},
                             {QStringLiteral("cost_usd"), costJson(turnCost)}});
    if (m_transcript)
        m_transcript->sync(); // end of a model turn: on disk before any tool runs
    // Echoed back verbatim, except a thinking block cut off before its signature: the API
    // rejects those, and a partial thought cannot be resumed (reference §2).
    const QJsonArray history = historyContent(content);
    if (!history.isEmpty())
        m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                      {QStringLiteral("content"), history}});
    m_finalContent = content;
    const QJsonObject turnUsage = message.value(QLatin1String("usage")).toObject();
    accumulateUsage(turnUsage);
    {
        QJsonObject shown = turnUsage;
        if (turnCost)
            shown.insert(QStringLiteral("cost_usd"), *turnCost);
        m_conversation->setTurnUsage(turn, shown);
        const qint64 prompt = turnUsage.value(QLatin1String("input_tokens")).toInteger() +
                              turnUsage.value(QLatin1String("cache_creation_input_tokens")).toInteger() +
                              turnUsage.value(QLatin1String("cache_read_input_tokens")).toInteger();
        setContextTokens(prompt + turnUsage.value(QLatin1String("output_tokens")).toInteger(), false);
    }

    const QString stop = message.value(QLatin1String("stop_reason")).toString();
    if (stop == QLatin1String("tool_use")) {
        m_pendingCalls.clear();
        m_toolResults = {};
        for (const QJsonValue &v : content) {
            const QJsonObject b = v.toObject();
            if (b.value(QLatin1String("type")).toString() == QLatin1String("tool_use"))
                m_pendingCalls.append(PendingCall{b.value(QLatin1String("id")).toString(),
                                                  b.value(QLatin1String("name")).toString(),
                                                  b.value(QLatin1String("input")).toObject()});
        }
        if (m_pendingCalls.isEmpty()) {
            finish(QStringLiteral("error"),
                   Error{QStringLiteral("no_tool_calls"),
                         QStringLiteral("The model stopped to use a tool but sent no tool call."),
                         {},
                         {}});
            return;
        }
        setState(State::RunningTools);
        processNextToolCall();
        return;
    }
    if (stop != QLatin1String("pause_turn"))
        m_pauseResends = 0;
    if (stop == QLatin1String("pause_turn")) {
        // The API paused a long server-side turn: resend the conversation as it is, with no
        // "continue" added (reference §1) — automatically, but only so many times in a row.
        if (++m_pauseResends <= m_config.maxPauseResends) {
            notice(QStringLiteral("The API paused a long turn; sending it back to go on (%1 of %2).")
                       .arg(m_pauseResends)
                       .arg(m_config.maxPauseResends));
            startTurn();
            return;
        }
        const Error err{QStringLiteral("pause_turn"),
                        QStringLiteral("The API paused this turn %1 times in a row, so the run stopped "
                                       "rather than loop. Press Continue to let it go on.")
                            .arg(m_pauseResends - 1),
                        {},
                        {}};
        m_conversation->append(ConversationModel::Kind::Notice, err.message, turn);
        setActions(Action::Continue);
        finish(stop, err);
        return;
    }
    if (stop == QLatin1String("end_turn")) {
        finish(stop);
        return;
    }
    if (stop == QLatin1String("stop_sequence")) {
        const QString sequence = message.value(QLatin1String("stop_sequence")).toString();
        notice(sequence.isEmpty()
                   ? QStringLiteral("The answer ended at a stop sequence.")
                   : QStringLiteral("The answer ended at the stop sequence \"%1\".").arg(sequence));
        finish(stop);
        return;
    }
    Error err;
    err.code = stop.isEmpty() ? QStringLiteral("unknown_stop") : stop;
    if (stop == QLatin1String("max_tokens")) {
        err.message =
            QStringLiteral("The answer was cut off: it reached the output limit (max_tokens = %1). "
                           "Press Continue to let the model finish it, or allow more output tokens.")
                .arg(m_config.maxTokens);
        setActions(Action::Continue);
    } else if (stop == QLatin1String("refusal")) {
        const QJsonObject details = message.value(QLatin1String("stop_details")).toObject();
        const QString category = details.value(QLatin1String("category")).toString();
        err.message =
            QStringLiteral("The model declined to continue%1: %2")
                .arg(category.isEmpty() ? QString() : QStringLiteral(" (category: %1)").arg(category),
                     details.value(QLatin1String("explanation"))
                         .toString(QStringLiteral("no explanation given")));
    } else if (stop == QLatin1String("model_context_window_exceeded")) {
        err.message =
            QStringLiteral("The conversation no longer fits in the model's context window. "
                           "Start a new run with a shorter task, or have tools return less output.");
    } else {
        err.message =
            QStringLiteral("The model stopped for a reason this version does not handle: %1").arg(stop);
    }
    m_conversation->append(ConversationModel::Kind::Notice, err.message, turn);
    finish(stop.isEmpty() ? QStringLiteral("error") : stop, err);
}

void AgentRun::processNextToolCall()
{
    if (m_cancelRequested) {
        finish(QStringLiteral("cancelled"));
        return;
    }
    if (m_pendingCalls.isEmpty()) {
        m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), takeRoundContent()}});
        if (m_transcript)
            m_transcript->sync();
        startTurn();
        return;
    }
    const PendingCall call = m_pendingCalls.takeFirst();
    const int row = m_toolCalls->rowForId(call.id);
    if (m_transcript && !m_recordedCalls.remove(call.id))
        m_transcript->write(QStringLiteral("tool_call"), {{QStringLiteral("turn"), m_turns},
                                                          {QStringLiteral("id"), call.id},
                                                          {QStringLiteral("name"), call.name},
                                                          {QStringLiteral("input"), call.input}});
    auto action = m_tools.describe(call.id, call.name, call.input);
    if (!action) {
        m_toolCalls->setStatus(row, ToolCallModel::Status::Failed);
        m_conversation->setStatus(m_conversation->rowForToolCall(call.id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Failed));
        addToolResult(call.id, row, action.error().message, true);
        QTimer::singleShot(0, this, &AgentRun::processNextToolCall);
        return;
    }
    m_judged.append(*action);
    Decision decision = m_config.policy.evaluate(*action);
    if (m_askAgain.remove(call.id) && decision.verdict == Decision::Verdict::Allow) {
        // Restored from a transcript without a result: it may have run part-way, or not at all.
        decision.verdict = Decision::Verdict::Ask;
        decision.reason = QStringLiteral("the run was restored from its transcript before this call had a "
                                         "result, and restored calls never run without asking (%1)")
                              .arg(decision.reason);
    }
    switch (decision.verdict) {
    case Decision::Verdict::Allow:
        recordDecision(row, *action, decision);
        runApproved(*action, row);
        return;
    case Decision::Verdict::Deny:
        if (decision.proposed) {
            recordProposal(row, *action, decision);
            QTimer::singleShot(0, this, &AgentRun::processNextToolCall);
            return;
        }
        recordDecision(row, *action, decision);
        m_toolCalls->setStatus(row, ToolCallModel::Status::Denied);
        m_conversation->setStatus(m_conversation->rowForToolCall(call.id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Denied));
        addToolResult(call.id, row,
                      QStringLiteral("Permission denied: this call was not run because %1%2.")
                          .arg(decision.reason, decision.rule.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral(" (%1)").arg(decision.rule)),
                      true);
        QTimer::singleShot(0, this, &AgentRun::processNextToolCall);
        return;
    case Decision::Verdict::Ask:
        break;
    }
    if (m_gate->isPending(call.id)) {
        // Another run's question has this id: answering it must not answer this call too.
        Decision clash = decision;
        clash.verdict = Decision::Verdict::Deny;
        clash.decidedBy = QStringLiteral("gate");
        clash.reason =
            QStringLiteral("another call with the same tool_use id is already waiting for approval");
        recordDecision(row, *action, clash);
        m_toolCalls->setStatus(row, ToolCallModel::Status::Denied);
        m_conversation->setStatus(m_conversation->rowForToolCall(call.id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Denied));
        addToolResult(call.id, row, QStringLiteral("Permission denied: %1.").arg(clash.reason), true);
        QTimer::singleShot(0, this, &AgentRun::processNextToolCall);
        return;
    }
    m_awaitingId = call.id;
    m_awaitingAction = *action;
    m_awaitingDecision = decision;
    // The log answers "why was this asked?" as well as how it was answered.
    recordDecision(row, *action, decision);
    m_toolCalls->setStatus(row, ToolCallModel::Status::AwaitingApproval);
    m_conversation->setStatus(m_conversation->rowForToolCall(call.id),
                              ToolCallModel::statusText(ToolCallModel::Status::AwaitingApproval));
    setState(State::AwaitingApproval);
    ApprovalRequest req;
    req.id = call.id;
    req.runId = m_config.runId;
    req.action = *action;
    req.reason = decision.reason;
    req.mode = m_config.policy.mode();
    req.risks = decision.risks;
    req.boundary = describeExecutionBoundary(m_sandbox, m_config.toolTimeoutMs, m_config.limits);
    m_gate->request(req);
}

void AgentRun::onGateAnswered(const QString &id, const ApprovalAnswer &answer)
{
    if (id.isEmpty() || id != m_awaitingId)
        return;
    const ToolAction action = m_awaitingAction;
    m_awaitingId.clear();
    const int row = m_toolCalls->rowForId(id);
    const bool approved = answer.approved;
    const QString &message = answer.message;
    const QString &decidedBy = answer.decidedBy;
    if (approved && answer.edited) {
        runEdited(id, row, action, answer.editedScript, decidedBy);
        return;
    }
    Decision d;
    d.at = QDateTime::currentDateTimeUtc();
    d.decidedBy = decidedBy;
    d.verdict = approved ? Decision::Verdict::Allow : Decision::Verdict::Deny;
    d.reason = approved ? QStringLiteral("approved when asked (%1)").arg(m_awaitingDecision.reason)
                        : QStringLiteral("%1 (asked because %2)")
                              .arg(message.isEmpty() ? QStringLiteral("denied when asked") : message,
                                   m_awaitingDecision.reason);
    d.userMessage = message;
    d.subcommands = m_awaitingDecision.subcommands;
    d.risks = m_awaitingDecision.risks;
    recordDecision(row, action, d);
    if (approved) {
        setState(State::RunningTools);
        runApproved(action, row);
        return;
    }
    m_toolCalls->setStatus(row, ToolCallModel::Status::Denied);
    m_conversation->setStatus(m_conversation->rowForToolCall(id),
                              ToolCallModel::statusText(ToolCallModel::Status::Denied));
    QString content;
    if (decidedBy == QLatin1String("user"))
        content =
            message.isEmpty()
                ? QStringLiteral("Permission denied: the user denied this call.")
                : QStringLiteral("Permission denied: the user denied this call and said: %1").arg(message);
    else
        content = QStringLiteral("Permission denied: %1").arg(message);
    addToolResult(id, row, content, true);
    setState(State::RunningTools);
    processNextToolCall();
}

void AgentRun::runEdited(const QString &id, int row, const ToolAction &original, const QString &editedScript,
                         const QString &decidedBy)
{
    setState(State::RunningTools);
    Decision d;
    d.at = QDateTime::currentDateTimeUtc();
    d.decidedBy = decidedBy;
    d.originalInput = original.input;
    auto edited = m_tools.withEditedScript(original, editedScript);
    if (!edited) {
        d.verdict = Decision::Verdict::Deny;
        d.reason = QStringLiteral("the edited call is not valid: %1").arg(edited.error().message);
        d.editedInput = QJsonObject{{QStringLiteral("script"), editedScript}};
        recordDecision(row, original, d);
        m_toolCalls->setStatus(row, ToolCallModel::Status::Failed);
        m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Failed));
        addToolResult(id, row,
                      QStringLiteral("The user edited this call, but the edited call could not run: %1")
                          .arg(edited.error().message),
                      true);
        processNextToolCall();
        return;
    }
    d.editedInput = edited->input;
    m_toolCalls->setAction(row, *edited);
    // An edit cannot smuggle in what the rules deny: the edited call is checked again.
    const Decision recheck = m_config.policy.evaluate(*edited);
    d.subcommands = recheck.subcommands;
    d.risks = recheck.risks;
    if (recheck.verdict == Decision::Verdict::Deny) {
        d.verdict = Decision::Verdict::Deny;
        d.rule = recheck.rule;
        d.ruleSource = recheck.ruleSource;
        d.reason = QStringLiteral("the edited call was denied: %1").arg(recheck.reason);
        recordDecision(row, *edited, d);
        m_toolCalls->setStatus(row, ToolCallModel::Status::Denied);
        m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Denied));
        addToolResult(
            id, row,
            QStringLiteral("Permission denied: the user edited this call, and the edited call was not "
                           "run because %1%2.")
                .arg(recheck.reason,
                     recheck.rule.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(recheck.rule)),
            true);
        processNextToolCall();
        return;
    }
    d.verdict = Decision::Verdict::Allow;
    d.reason = QStringLiteral("edited, then approved when asked (%1)").arg(m_awaitingDecision.reason);
    recordDecision(row, *edited, d);
    m_editNotes.insert(id, QStringLiteral("Note: the user edited this call before approving it. What ran "
                                          "instead of your input:\n%1\n\nResult:\n")
                               .arg(edited->script));
    runApproved(*edited, row);
}

Status AgentRun::addRule(const QString &text, PermissionRule::Kind kind, const QString &source)
{
    return m_config.policy.addRule(text, kind, source);
}

void AgentRun::recordDecision(int row, const ToolAction &action, const Decision &decision)
{
    m_toolCalls->setDecision(row, decision);
    if (m_transcript) {
        QJsonObject o = decision.toJson();
        o.insert(QStringLiteral("id"), action.toolUseId);
        o.insert(QStringLiteral("mode"), permissionModeName(m_config.policy.mode()));
        o.insert(QStringLiteral("rule_tool"), action.ruleTool);
        o.insert(QStringLiteral("subject"), action.ruleSubject);
        m_transcript->write(QStringLiteral("decision"), o);
    }
}

void AgentRun::recordProposal(int row, const ToolAction &action, const Decision &decision)
{
    recordDecision(row, action, decision);
    m_toolCalls->setStatus(row, ToolCallModel::Status::Proposed);
    m_conversation->setStatus(m_conversation->rowForToolCall(action.toolUseId),
                              ToolCallModel::statusText(ToolCallModel::Status::Proposed));
    const Decision::Proposal &p = decision.proposal;
    QJsonObject would{{QStringLiteral("mode"), permissionModeName(p.wouldMode)},
                      {QStringLiteral("verdict"), verdictName(p.would)},
                      {QStringLiteral("reason"), p.reason}};
    if (!p.rule.isEmpty())
        would.insert(QStringLiteral("rule"), p.rule);
    if (!p.ruleSource.isEmpty())
        would.insert(QStringLiteral("rule_source"), p.ruleSource);
    m_proposals.append(QJsonObject{{QStringLiteral("id"), action.toolUseId},
                                   {QStringLiteral("tool"), action.toolName},
                                   {QStringLiteral("summary"), action.summary},
                                   {QStringLiteral("script"), action.script},
                                   {QStringLiteral("input"), action.input},
                                   {QStringLiteral("would"), would}});
    m_planOutstanding = true;
    Q_EMIT proposalsChanged();
    // The model learns the call did not run and why, so it plans instead of retrying.
    addToolResult(action.toolUseId, row,
                  QStringLiteral("Not executed: this run is in plan mode, where nothing runs. The call was "
                                 "recorded as a proposal for the user to review (outside plan mode the "
                                 "policy would %1 it: %2). Do not retry it; describe your plan instead. The "
                                 "user may switch the run to another mode and ask you to carry it out.")
                      .arg(verdictName(p.would), p.reason),
                  true);
}

void AgentRun::setPermissionMode(PermissionMode mode)
{
    if (m_config.policy.mode() == mode)
        return;
    const PermissionMode before = m_config.policy.mode();
    m_config.policy.setMode(mode);
    if (m_transcript)
        m_transcript->write(QStringLiteral("mode_changed"),
                            {{QStringLiteral("from"), permissionModeName(before)},
                             {QStringLiteral("to"), permissionModeName(mode)}});
    notice(QStringLiteral("Permission mode changed from %1 to %2.")
               .arg(permissionModeName(before), permissionModeName(mode)));
    Q_EMIT permissionModeChanged(mode);
}

bool AgentRun::canExecutePlan() const
{
    return m_state == State::Finished && m_planOutstanding &&
           m_config.policy.mode() != PermissionMode::Plan &&
           (m_stopReason == QLatin1String("end_turn") || m_stopReason == QLatin1String("stop_sequence"));
}

bool AgentRun::executePlan()
{
    if (!canExecutePlan())
        return false;
    m_planOutstanding = false;
    resume(QStringLiteral("execute_plan"));
    const QString text =
        QStringLiteral("The user reviewed your plan and switched this run to %1 mode. Carry out the plan "
                       "now; your tool calls will run (some may still need the user's approval).")
            .arg(permissionModeName(m_config.policy.mode()));
    m_conversation->append(ConversationModel::Kind::User, text, m_turns);
    m_messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}});
    if (m_transcript)
        m_transcript->write(QStringLiteral("user_message"), {{QStringLiteral("content"), text}});
    Q_EMIT proposalsChanged();
    startTurn();
    return true;
}

void AgentRun::runApproved(const ToolAction &action, int row)
{
    if (!m_checkpoints || action.effect == ToolAction::Effect::ReadOnly) {
        executeApproved(action, row);
        return;
    }
    // The workspace as it is before this call may change it (shell commands included), so the
    // step can be rewound; the call waits for it, off the GUI thread.
    m_toolCalls->setStatus(row, ToolCallModel::Status::Running);
    m_conversation->setStatus(m_conversation->rowForToolCall(action.toolUseId),
                              ToolCallModel::statusText(ToolCallModel::Status::Running));
    // After any pending hand-over of the workspace to the sandbox user (executionboundary.h).
    const CheckpointStore::Request request =
        boundaryCheckpointRequest(*m_sandbox, m_config.runId, action.toolUseId);
    CheckpointJob *job = m_checkpoints->createCheckpoint(request, this);
    m_checkpointJob = job;
    connect(job, &CheckpointJob::finished, this, [this, job, action, row] {
        job->deleteLater();
        m_checkpointJob = nullptr;
        const QString id = action.toolUseId;
        const Result<Checkpoint> &r = job->result();
        QJsonObject event{{QStringLiteral("id"), id}};
        if (r) {
            m_checkpointIds.insert(id, r->id);
            event.insert(QStringLiteral("checkpoint"), r->id);
            event.insert(QStringLiteral("files"), r->fileCount());
            event.insert(QStringLiteral("hashed_files"), r->hashedFiles);
            QJsonArray missing;
            QStringList shown;
            for (const CheckpointEntry &e : r->notCaptured()) {
                missing.append(
                    QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("reason"), e.notCaptured}});
                if (shown.size() < 3)
                    shown.append(QStringLiteral("%1 (%2)").arg(e.path, e.notCaptured));
            }
            if (!missing.isEmpty()) {
                event.insert(QStringLiteral("not_captured"), missing);
                notice(QStringLiteral("The checkpoint before this call did not capture %1 item(s), which a "
                                      "rewind leaves as they are: %2")
                           .arg(missing.size())
                           .arg(shown.join(QStringLiteral(", "))));
            }
            Q_EMIT checkpointTaken(id, r->id);
        } else if (r.error().code != QLatin1String("checkpoint_cancelled")) {
            event.insert(QStringLiteral("error"), errorJson(r.error()));
            notice(
                QStringLiteral("No checkpoint could be taken before this call, so it cannot be rewound: %1")
                    .arg(r.error().toString()));
        }
        if (m_transcript)
            m_transcript->write(QStringLiteral("checkpoint"), event);
        if (m_cancelRequested) {
            m_toolCalls->setStatus(row, ToolCallModel::Status::Cancelled);
            m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                      ToolCallModel::statusText(ToolCallModel::Status::Cancelled));
            addToolResult(id, row, QStringLiteral("Cancelled by the user before it ran."), true);
            processNextToolCall();
            return;
        }
        executeApproved(action, row);
    });
    job->start();
}

void AgentRun::executeApproved(const ToolAction &action, int row)
{
    m_toolCalls->setStatus(row, ToolCallModel::Status::Running);
    m_conversation->setStatus(m_conversation->rowForToolCall(action.toolUseId),
                              ToolCallModel::statusText(ToolCallModel::Status::Running));
    ToolExecution *exec = m_tools.execute(action, m_config.toolTimeoutMs, this);
    m_execution = exec;
    const QString id = action.toolUseId;
    auto written = std::make_shared<qint64>(0);
    connect(exec, &ToolExecution::started, this, [this, exec, id] {
        QJsonObject event{{QStringLiteral("id"), id}, {QStringLiteral("spec"), exec->spec()}};
        if (const QString cp = m_checkpointIds.value(id); !cp.isEmpty())
            event.insert(QStringLiteral("checkpoint"), cp);
        if (m_transcript)
            m_transcript->write(QStringLiteral("exec_started"), event);
    });
    connect(exec, &ToolExecution::output, this,
            [this, row, id, written](ExecJob::Stream stream, const QString &text) {
                const auto s = stream == ExecJob::Stream::Stdout ? ToolCallModel::Stream::Stdout
                                                                 : ToolCallModel::Stream::Stderr;
                m_toolCalls->appendOutput(row, s, text);
                if (m_transcript && *written < kMaxTranscriptOutputPerCall) {
                    *written += text.size();
                    m_transcript->write(QStringLiteral("output"),
                                        {{QStringLiteral("id"), id},
                                         {QStringLiteral("stream"), stream == ExecJob::Stream::Stdout
                                                                        ? QStringLiteral("stdout")
                                                                        : QStringLiteral("stderr")},
                                         {QStringLiteral("text"), text}});
                }
            });
    connect(exec, &ToolExecution::finished, this, [this, exec, row, id] {
        exec->deleteLater();
        m_execution = nullptr;
        const bool cancelled = m_cancelRequested || exec->execResult().end == ExecResult::End::Cancelled;
        if (exec->ranInSandbox()) {
            const ExecResult &r = exec->execResult();
            m_toolCalls->setFinished(row, r.describe(), r.shellStatus(), r.durationMs);
            m_toolCalls->setChanges(row, r.changes.summary()); // r.toJson() records the full lists
            if (m_transcript)
                m_transcript->write(QStringLiteral("exec_finished"),
                                    {{QStringLiteral("id"), id}, {QStringLiteral("result"), r.toJson()}});
        }
        const auto status = cancelled         ? ToolCallModel::Status::Cancelled
                            : exec->isError() ? ToolCallModel::Status::Failed
                                              : ToolCallModel::Status::Succeeded;
        m_toolCalls->setStatus(row, status);
        m_conversation->setStatus(m_conversation->rowForToolCall(id), ToolCallModel::statusText(status));
        addToolResult(id, row, m_editNotes.take(id) + exec->resultContent(), exec->isError());
        processNextToolCall();
    });
    exec->start();
}

void AgentRun::addToolResult(const QString &id, int row, const QString &content, bool isError)
{
    m_toolResults.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                     {QStringLiteral("tool_use_id"), id},
                                     {QStringLiteral("content"), content},
                                     {QStringLiteral("is_error"), isError}});
    m_toolCalls->setResult(row, content, isError);
    if (m_transcript)
        m_transcript->write(QStringLiteral("tool_result"), {{QStringLiteral("id"), id},
                                                            {QStringLiteral("content"), content},
                                                            {QStringLiteral("is_error"), isError}});
}

void AgentRun::cancel()
{
    if (m_state == State::Finished || m_state == State::Idle || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_job) {
        m_job->cancel(); // onModelFinished() finishes the run
        return;
    }
    if (m_checkpointJob) {
        m_checkpointJob->cancel(); // its finished() answers the call and stops
        return;
    }
    if (m_execution) {
        m_execution->cancel(); // its finished() continues to processNextToolCall(), which stops
        return;
    }
    if (!m_awaitingId.isEmpty()) {
        const QString id = m_awaitingId;
        m_awaitingId.clear();
        m_gate->withdraw(id);
        const int row = m_toolCalls->rowForId(id);
        m_toolCalls->setStatus(row, ToolCallModel::Status::Cancelled);
        m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Cancelled));
        addToolResult(id, row, QStringLiteral("Cancelled by the user before it was approved."), true);
    }
    finish(QStringLiteral("cancelled"));
}

void AgentRun::finish(const QString &stopReason, const Error &error)
{
    if (m_state == State::Finished)
        return;
    if (m_countJob) {
        // Nothing may land in the transcript after run_finished.
        m_countJob->disconnect(this);
        m_countJob->cancel();
        m_countJob->deleteLater();
        m_countJob = nullptr;
    }
    // Every tool_use still owed a result gets one, so the history stays valid for a resume.
    for (const PendingCall &c : std::as_const(m_pendingCalls)) {
        const int row = m_toolCalls->rowForId(c.id);
        m_toolCalls->setStatus(row, ToolCallModel::Status::Cancelled);
        m_conversation->setStatus(m_conversation->rowForToolCall(c.id),
                                  ToolCallModel::statusText(ToolCallModel::Status::Cancelled));
        addToolResult(c.id, row, QStringLiteral("Not run: the run stopped (%1).").arg(stopReason), true);
    }
    m_pendingCalls.clear();
    if (!m_toolResults.isEmpty() || !m_roundNote.isEmpty())
        m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), takeRoundContent()}});
    m_stopReason = stopReason;
    m_error = error;
    if (stopReason == QLatin1String("cancelled"))
        m_conversation->append(ConversationModel::Kind::Notice, QStringLiteral("Run stopped by the user."),
                               m_turns);
    else if (stopReason == QLatin1String("max_turns"))
        m_conversation->append(ConversationModel::Kind::Notice, error.message, m_turns);
    if (m_transcript) {
        QJsonObject o{{QStringLiteral("stop_reason"), stopReason},
                      {QStringLiteral("turns"), m_turns},
                      {QStringLiteral("usage"), m_usage},
                      {QStringLiteral("cost_usd"), costJson(costUsd())}};
        if (!error.isNull())
            o.insert(QStringLiteral("error"), errorJson(error));
        m_transcript->write(QStringLiteral("run_finished"), o);
        m_transcript->sync();
    }
    setState(State::Finished);
    Q_EMIT finished();
}

void AgentRun::notice(const QString &text)
{
    m_conversation->append(ConversationModel::Kind::Notice, text, m_turns);
}

void AgentRun::setActions(Actions actions)
{
    if (m_actions == actions)
        return;
    m_actions = actions;
    Q_EMIT availableActionsChanged(actions);
}

void AgentRun::setCapabilityTable(const CapabilityTable &table)
{
    m_capabilities = table;
}

void AgentRun::setContextWindow(qint64 tokens)
{
    if (tokens <= 0 || tokens == m_contextWindow)
        return;
    m_contextWindow = tokens;
    Q_EMIT contextUsageChanged(m_contextTokens, m_contextWindow, false);
}

void AgentRun::setContextTokens(qint64 tokens, bool estimated)
{
    m_contextTokens = tokens;
    Q_EMIT contextUsageChanged(tokens, m_contextWindow, estimated);
}

void AgentRun::countTokens(const QJsonObject &body, int turn)
{
    if (m_countJob) {
        m_countJob->disconnect(this);
        m_countJob->cancel();
        m_countJob->deleteLater();
    }
    CountTokensJob *job = m_provider->createCountTokensJob(body, this);
    if (!job)
        return;
    m_countJob = job;
    connect(job, &ApiJob::finished, this, [this, job, turn] {
        job->deleteLater();
        if (m_countJob == job)
            m_countJob = nullptr;
        if (m_transcript) {
            QJsonObject o{{QStringLiteral("turn"), turn}};
            if (job->error().isNull())
                o.insert(QStringLiteral("input_tokens"), job->inputTokens());
            else
                o.insert(QStringLiteral("error"), errorJson(job->error()));
            m_transcript->write(QStringLiteral("count_tokens"), o);
        }
        // A failed count only leaves the meter as it was; the answer's usage corrects it anyway.
        if (job->error().isNull() && turn == m_turns && m_state == State::Requesting)
            setContextTokens(job->inputTokens(), true);
    });
    job->start();
}

void AgentRun::resume(const QString &action)
{
    setActions({});
    m_stopReason.clear();
    m_error = {};
    m_cancelRequested = false;
    if (m_transcript)
        m_transcript->write(QStringLiteral("run_resumed"),
                            {{QStringLiteral("action"), action}, {QStringLiteral("turn"), m_turns}});
}

void AgentRun::continueRun()
{
    if (m_state != State::Finished || !m_actions.testFlag(Action::Continue))
        return;
    const QString stoppedBy = m_stopReason;
    resume(QStringLiteral("continue"));
    if (stoppedBy == QLatin1String("pause_turn")) {
        m_pauseResends = 0;
        notice(QStringLiteral("Continuing the paused turn at your request."));
        startTurn();
        return;
    }
    // max_tokens: a call the model was still writing is answered, never run (its input may be
    // cut off), then the model is asked to go on from where the limit stopped it.
    QJsonArray content;
    const QJsonObject last = m_messages.isEmpty() ? QJsonObject() : m_messages.last().toObject();
    if (last.value(QLatin1String("role")).toString() == QLatin1String("assistant")) {
        for (const QJsonValue &v : last.value(QLatin1String("content")).toArray()) {
            const QJsonObject b = v.toObject();
            if (b.value(QLatin1String("type")).toString() != QLatin1String("tool_use"))
                continue;
            const QString id = b.value(QLatin1String("id")).toString();
            const int row = m_toolCalls->rowForId(id);
            m_toolCalls->setStatus(row, ToolCallModel::Status::Cancelled);
            m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                      ToolCallModel::statusText(ToolCallModel::Status::Cancelled));
            const QString result =
                QStringLiteral("Not run: your answer reached the output limit while this call was being "
                               "written. Send it again if it is still needed.");
            m_toolCalls->setResult(row, result, true);
            content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                       {QStringLiteral("tool_use_id"), id},
                                       {QStringLiteral("content"), result},
                                       {QStringLiteral("is_error"), true}});
        }
    }
    const QString ask = QStringLiteral("Your previous answer was cut off by the output token limit. Continue "
                                       "exactly where it stopped, without repeating what you already wrote.");
    content.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), ask}});
    m_messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), content}});
    if (m_transcript)
        m_transcript->write(QStringLiteral("user_message"), {{QStringLiteral("content"), content}});
    notice(QStringLiteral("Continuing the cut-off answer at your request."));
    startTurn();
}

void AgentRun::retryTurn()
{
    if (m_state != State::Finished || !m_actions.testFlag(Action::RetryTurn))
        return;
    resume(QStringLiteral("retry_turn"));
    // The failed answer never entered the history, so the same request goes out again; it keeps
    // its turn number (the transcript shows two requests for it).
    --m_turns;
    notice(QStringLiteral("Sending turn %1 again at your request.").arg(m_turns + 1));
    startTurn();
}

QJsonArray AgentRun::historyContent(const QJsonArray &content)
{
    QJsonArray history;
    for (const QJsonValue &v : content) {
        const QJsonObject b = v.toObject();
        if (b.value(QLatin1String("type")).toString() == QLatin1String("thinking") &&
            b.value(QLatin1String("signature")).toString().isEmpty())
            continue;
        history.append(b);
    }
    return history;
}

QJsonArray AgentRun::takeRoundContent()
{
    QJsonArray content = m_toolResults;
    if (!m_roundNote.isEmpty())
        content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("text"), m_roundNote}});
    m_toolResults = {};
    m_roundNote.clear();
    return content;
}

void AgentRun::showRestored(const RestoredRun &state)
{
    // Results by call, from the history and the round in progress.
    QHash<QString, QJsonObject> results;
    const auto collect = [&results](const QJsonValue &content) {
        for (const QJsonValue &v : content.toArray()) {
            const QJsonObject b = v.toObject();
            if (b.value(QLatin1String("type")).toString() == QLatin1String("tool_result"))
                results.insert(b.value(QLatin1String("tool_use_id")).toString(), b);
        }
    };
    for (const QJsonValue &v : state.messages)
        collect(v.toObject().value(QLatin1String("content")));
    collect(state.pendingResults);

    int turn = 0;
    for (const QJsonValue &v : state.messages) {
        const QJsonObject m = v.toObject();
        const QJsonValue content = m.value(QLatin1String("content"));
        if (m.value(QLatin1String("role")).toString() == QLatin1String("user")) {
            if (content.isString()) {
                m_conversation->append(ConversationModel::Kind::User, content.toString(), turn);
                continue;
            }
            for (const QJsonValue &b : content.toArray()) {
                if (b.toObject().value(QLatin1String("type")).toString() == QLatin1String("text"))
                    m_conversation->append(ConversationModel::Kind::User,
                                           b.toObject().value(QLatin1String("text")).toString(), turn);
            }
            continue;
        }
        ++turn;
        for (const QJsonValue &bv : content.toArray()) {
            const QJsonObject b = bv.toObject();
            const QString type = b.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text")) {
                m_conversation->append(ConversationModel::Kind::AssistantText,
                                       b.value(QLatin1String("text")).toString(), turn);
            } else if (type == QLatin1String("thinking")) {
                m_conversation->append(ConversationModel::Kind::Thinking,
                                       b.value(QLatin1String("thinking")).toString(), turn);
            } else if (type == QLatin1String("redacted_thinking")) {
                m_conversation->append(ConversationModel::Kind::Thinking,
                                       QStringLiteral("(redacted by the API; sent back unchanged)"), turn);
            } else if (type == QLatin1String("tool_use")) {
                const QString id = b.value(QLatin1String("id")).toString();
                const ToolAction shown = describeToolUse(b);
                const int row = m_toolCalls->addCall(shown, turn);
                m_conversation->append(ConversationModel::Kind::ToolCall, shown.summary, turn, id);
                const RestoredCall *call = state.call(id);
                const QString editedId = state.forkedFrom.value(QLatin1String("edited"))
                                             .toObject()
                                             .value(QLatin1String("tool_result"))
                                             .toObject()
                                             .value(QLatin1String("id"))
                                             .toString();
                if (id == editedId) {
                    // The branch's model was given an edited result: the parent's output is not it.
                    m_toolCalls->setFinished(row, QStringLiteral("result edited for this branch"), -1, -1);
                } else if (call) {
                    if (!call->stdoutText.isEmpty())
                        m_toolCalls->appendOutput(row, ToolCallModel::Stream::Stdout, call->stdoutText);
                    if (!call->stderrText.isEmpty())
                        m_toolCalls->appendOutput(row, ToolCallModel::Stream::Stderr, call->stderrText);
                    const QJsonObject r = call->execResult;
                    if (!r.isEmpty())
                        m_toolCalls->setFinished(row, r.value(QLatin1String("description")).toString(),
                                                 r.value(QLatin1String("shellStatus")).toInt(-1),
                                                 r.value(QLatin1String("durationMs")).toInteger());
                }
                ToolCallModel::Status status = ToolCallModel::Status::Cancelled;
                if (results.contains(id)) {
                    const QJsonObject res = results.value(id);
                    const bool isError = res.value(QLatin1String("is_error")).toBool();
                    const bool denied =
                        call && !call->decisions.isEmpty() &&
                        call->decisions.last().toObject().value(QLatin1String("verdict")).toString() ==
                            QLatin1String("deny");
                    status = !isError ? ToolCallModel::Status::Succeeded
                             : denied ? ToolCallModel::Status::Denied
                                      : ToolCallModel::Status::Failed;
                    m_toolCalls->setResult(row, res.value(QLatin1String("content")).toString(), isError);
                } else if (state.pendingCalls.contains(id)) {
                    status = ToolCallModel::Status::Pending;
                }
                m_toolCalls->setStatus(row, status);
                m_conversation->setStatus(m_conversation->rowForToolCall(id),
                                          ToolCallModel::statusText(status));
            }
        }
    }
}

Status AgentRun::restore(const RestoredRun &state, RestoreKind kind, const QJsonObject &record,
                         const QString &followUp)
{
    if (m_state != State::Idle)
        return Error{QStringLiteral("restore_busy"),
                     QStringLiteral("Only a run that has not started can be restored."),
                     {},
                     {}};
    const QJsonObject last = state.messages.isEmpty() ? QJsonObject() : state.messages.last().toObject();
    const bool lastIsUser = last.value(QLatin1String("role")).toString() == QLatin1String("user");
    const bool cutOff = state.lastAssistantStop == QLatin1String("max_tokens") ||
                        state.lastAssistantStop == QLatin1String("pause_turn");
    if (state.pendingCalls.isEmpty() && followUp.isEmpty() && !lastIsUser && !cutOff)
        return Error{
            QStringLiteral("nothing_to_resume"),
            QStringLiteral("The run had already finished its task (%1), so there is nothing to resume. "
                           "Give it a follow-up message to go on.")
                .arg(state.stopReason.isEmpty() ? state.lastAssistantStop : state.stopReason),
            {},
            {}};

    if (m_transcript) {
        if (kind == RestoreKind::Fork) {
            writeRunStarted(state.task);
            m_transcript->write(QStringLiteral("forked_from"), record);
        } else {
            m_transcript->continueSequence(state.lastSeq);
            if (kind == RestoreKind::Rewind)
                m_transcript->write(QStringLiteral("rewound"), record);
        }
        m_transcript->write(
            QStringLiteral("run_resumed"),
            {{QStringLiteral("action"), kind == RestoreKind::Resume ? QStringLiteral("resume")
                                        : kind == RestoreKind::Fork ? QStringLiteral("fork")
                                                                    : QStringLiteral("rewind")},
             {QStringLiteral("turn"), state.turns},
             {QStringLiteral("pending_calls"), QJsonArray::fromStringList(state.pendingCalls)},
             {QStringLiteral("dropped_partial_turn"), state.partialTurnDropped}});
        m_transcript->sync();
    }
    m_messages = state.messages;
    m_turns = state.turns;
    m_usage = state.usage;
    m_cost = state.costUsd;
    m_costKnown = state.costKnown;
    for (const RestoredCall &c : state.calls) {
        if (!c.checkpoint.isEmpty())
            m_checkpointIds.insert(c.id, c.checkpoint);
        if (kind != RestoreKind::Fork && c.recorded && state.pendingCalls.contains(c.id))
            m_recordedCalls.insert(c.id);
    }
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = m_messages.at(i).toObject();
        if (m.value(QLatin1String("role")).toString() == QLatin1String("assistant")) {
            m_finalContent = m.value(QLatin1String("content")).toArray();
            break;
        }
    }
    showRestored(state);
    if (kind == RestoreKind::Resume)
        notice(QStringLiteral("Resumed from the transcript: %1 turn(s) and %2 tool call(s) restored.")
                   .arg(state.turns)
                   .arg(state.calls.size()));
    else if (kind == RestoreKind::Fork) {
        const QJsonObject edited = record.value(QLatin1String("edited")).toObject();
        QStringList changes;
        if (edited.contains(QLatin1String("tool_result")))
            changes << QStringLiteral("the call's result edited to \u201c%1\u201d")
                           .arg(edited.value(QLatin1String("tool_result"))
                                    .toObject()
                                    .value(QLatin1String("edited"))
                                    .toString()
                                    .left(200));
        if (edited.contains(QLatin1String("model")))
            changes << QStringLiteral("model %1").arg(m_config.model);
        if (edited.contains(QLatin1String("user_message")))
            changes << QStringLiteral("a message from you");
        notice(QStringLiteral("Branch of run %1 at step %2%3. %4")
                   .arg(record.value(QLatin1String("source_run_id")).toString())
                   .arg(record.value(QLatin1String("step")).toInt())
                   .arg(changes.isEmpty()
                            ? QString()
                            : QStringLiteral(", with %1").arg(changes.join(QStringLiteral(", "))))
                   .arg(record.value(QLatin1String("workspace_note")).toString()));
    } else
        notice(QStringLiteral("Rewound to step %1: the conversation goes on from just before that call.")
                   .arg(record.value(QLatin1String("to_step")).toInt()));
    if (state.partialTurnDropped)
        notice(QStringLiteral("The answer that was arriving when the run stopped is asked for again."));
    for (const QString &w : state.warnings)
        notice(w);
    Q_EMIT usageChanged();

    if (!state.pendingCalls.isEmpty()) {
        m_toolResults = state.pendingResults;
        m_roundNote = state.roundNote;
        for (const QString &id : state.pendingCalls) {
            for (const QJsonValue &v : std::as_const(m_finalContent)) {
                const QJsonObject b = v.toObject();
                if (b.value(QLatin1String("type")).toString() == QLatin1String("tool_use") &&
                    b.value(QLatin1String("id")).toString() == id)
                    m_pendingCalls.append(PendingCall{id, b.value(QLatin1String("name")).toString(),
                                                      b.value(QLatin1String("input")).toObject()});
            }
            m_askAgain.insert(id);
        }
        setState(State::RunningTools);
        QTimer::singleShot(0, this, &AgentRun::processNextToolCall);
        return {};
    }
    if (!followUp.isEmpty()) {
        // Consecutive user messages are combined by the API, so the follow-up stands on its own.
        m_conversation->append(ConversationModel::Kind::User, followUp, m_turns);
        m_messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), followUp}});
        if (m_transcript)
            m_transcript->write(QStringLiteral("user_message"), {{QStringLiteral("content"), followUp}});
    }
    if (!followUp.isEmpty() || lastIsUser) {
        QTimer::singleShot(0, this, &AgentRun::startTurn);
        return {};
    }
    // Cut off (max_tokens) or paused too often: going on is Continue, as if the user pressed it.
    m_stopReason = state.lastAssistantStop;
    m_actions = Action::Continue;
    m_state = State::Finished;
    QTimer::singleShot(0, this, &AgentRun::continueRun);
    return {};
}

} // namespace Workbench
