// SPDX-License-Identifier: MIT
#pragma once

#include "agent/runconfig.h"
#include "agent/toolregistry.h"
#include "common/error.h"
#include "llm/modelcapabilities.h"
#include "llm/pricing.h"
#include "llm/ratelimits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Workbench {

class ApprovalGate;
class CheckpointJob;
class CheckpointStore;
class ConversationModel;
class CountTokensJob;
class ModelJob;
class Provider;
struct RestoredRun;
class Sandbox;
class ToolCallModel;
class TranscriptWriter;

/// The agent loop of one run (DESIGN.md "Data flow of one run"): ask the model, show its answer
/// as it streams, put each tool_use through the permission policy (and the approval gate when
/// it asks), run approved calls in the sandbox, send every tool_use exactly one tool_result,
/// and repeat until `end_turn`, a limit, an error, or cancel().
///
/// Dependencies are injected and not owned: provider, sandbox, gate and transcript (may be
/// null) must outlive the run. The run owns its ConversationModel and ToolCallModel.
class AgentRun : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Requesting,
        RunningTools,
        AwaitingApproval,
        Finished
    };
    Q_ENUM(State)

    /// What the user can do with a run that stopped part-way (the conversation shows buttons).
    enum class Action
    {
        NoAction = 0,
        Continue = 1,  ///< continueRun(): the answer was cut off (max_tokens) or paused too often
        RetryTurn = 2, ///< retryTurn(): the model request failed; send the same turn again
    };
    Q_DECLARE_FLAGS(Actions, Action)
    Q_FLAG(Actions)
    Q_PROPERTY(Actions availableActions READ availableActions NOTIFY availableActionsChanged)

    AgentRun(RunConfig config, Provider *provider, Sandbox *sandbox, ApprovalGate *gate,
             TranscriptWriter *transcript, QObject *parent = nullptr);
    ~AgentRun() override;

    /// Starts the run with the user's task. Call once.
    void start(const QString &task);

    /// How a run rebuilt from a transcript continues (core/agent/runrestore.h).
    enum class RestoreKind
    {
        Resume, ///< the same run, its transcript appended (`run_resumed`)
        Fork,   ///< a new branch: a new transcript starting with `run_started` and `forked_from`
        Rewind, ///< the same run cut back to a step (`rewound`, then `run_resumed`)
    };
    /// Instead of start(): shows the restored conversation and tool calls, writes `record` (the
    /// `forked_from` or `rewound` fields), and continues from the next event-loop turn — calls
    /// still owed a result go through the approval gate whatever the mode says, an interrupted
    /// request is sent again, `followUp` (when given) is sent as the user's next message. Fails,
    /// without writing anything, when there is nothing to continue (the task was done and no
    /// follow-up was given). Call once, on an Idle run.
    Status restore(const RestoredRun &state, RestoreKind kind, const QJsonObject &record = {},
                   const QString &followUp = {});
    /// An assistant message's content as the history keeps it: verbatim (thinking signatures
    /// included), less thinking blocks cut off before their signature, which the API rejects.
    static QJsonArray historyContent(const QJsonArray &content);
    /// Actions the user may take now; empty while the run is busy. A run that finished with an
    /// action available resumes (state leaves Finished, finished() comes again) when it is taken.
    [[nodiscard]] Actions availableActions() const { return m_actions; }
    /// The rate-limit headers of the newest response (empty before the first one).
    [[nodiscard]] const RateLimits &rateLimits() const { return m_rateLimits; }
    /// Input tokens of the newest request (counted before it was sent, or from its usage) and the
    /// model's context window; -1 while unknown.
    [[nodiscard]] qint64 contextTokens() const { return m_contextTokens; }
    [[nodiscard]] qint64 contextWindow() const { return m_contextWindow; }
    /// Replaces the capability table (default: CapabilityTable::userOrBundled()). Before start().
    void setCapabilityTable(const CapabilityTable &table);
    /// The context window the API reported for this model (GET /v1/models); wins over the table.
    void setContextWindow(qint64 tokens);
    /// Stops whatever is in flight (request, execution, pending approval); finished() follows.
    void cancel();
    /// With a store, every approved call that may change files (bash, run_script, editor writes)
    /// waits for a checkpoint of the workspace before it runs; its id goes to the transcript
    /// (`checkpoint` event, `exec_started.checkpoint`). Not owned; null (the default) takes none.
    /// Call before start().
    void setCheckpointStore(CheckpointStore *store) { m_checkpoints = store; }
    [[nodiscard]] CheckpointStore *checkpointStore() const { return m_checkpoints; }
    /// The checkpoint taken before tool call `toolUseId`; empty when none was.
    [[nodiscard]] QString checkpointFor(const QString &toolUseId) const
    {
        return m_checkpointIds.value(toolUseId);
    }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const RunConfig &config() const { return m_config; }
    [[nodiscard]] ConversationModel *conversation() const { return m_conversation; }
    [[nodiscard]] ToolCallModel *toolCalls() const { return m_toolCalls; }
    [[nodiscard]] int turns() const { return m_turns; }
    /// Totals over all turns: input_tokens, output_tokens, cache_creation_input_tokens,
    /// cache_read_input_tokens.
    [[nodiscard]] QJsonObject usage() const { return m_usage; }
    /// Dollars spent so far by this run, from the price table; nullopt when a turn's model has no
    /// price (never a guess).
    [[nodiscard]] std::optional<double> costUsd() const
    {
        return m_costKnown ? std::optional(m_cost) : std::nullopt;
    }
    /// Replaces the price table (default: PriceTable::userOrBundled()). Call before start().
    void setPriceTable(const PriceTable &table) { m_prices = table; }
    /// "end_turn", "max_turns", "max_tokens", "refusal", "cancelled", "error", …
    [[nodiscard]] QString stopReason() const { return m_stopReason; }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// Content blocks of the last assistant message.
    [[nodiscard]] QJsonArray finalContent() const { return m_finalContent; }
    /// The conversation as sent to the API.
    [[nodiscard]] QJsonArray messages() const { return m_messages; }
    /// Adds a rule to this run's policy from now on (the user's "approve and remember").
    Status addRule(const QString &text, PermissionRule::Kind kind, const QString &source);
    [[nodiscard]] const PermissionPolicy &policy() const { return m_config.policy; }
    /// Every call of this run the policy has judged so far, in order (for rule previews).
    [[nodiscard]] const QList<ToolAction> &judgedCalls() const { return m_judged; }
    /// Switches the permission mode from now on (the toolbar's mode switcher acts on the current
    /// run); the next call is judged in the new mode. A question already asked stays asked.
    void setPermissionMode(PermissionMode mode);
    /// Calls proposed in plan mode, in order: [{id, tool, summary, script, input, would:
    /// {mode, verdict, reason, rule, rule_source}}]. None of them ran.
    [[nodiscard]] QJsonArray proposals() const { return m_proposals; }
    /// Whether executePlan() would act: the run ended its turn with proposed calls not yet acted
    /// upon, and its mode is no longer plan.
    [[nodiscard]] bool canExecutePlan() const;
    /// Asks the model to carry out its plan now that the mode lets calls run (they are judged
    /// afresh, asking where the mode asks). Returns false when canExecutePlan() is false.
    bool executePlan();

public Q_SLOTS:
    /// After max_tokens: the cut-off answer stays, any call it was writing is answered "not run",
    /// and the model is asked to go on from where it stopped. After too many pause_turns: the
    /// conversation is resent as it is. Does nothing unless availableActions() has Continue.
    void continueRun();
    /// After a failed model request (also one that broke off mid-stream, whose partial answer
    /// stays shown): sends the same turn again. Never done without the user asking.
    void retryTurn();

Q_SIGNALS:
    void permissionModeChanged(Workbench::PermissionMode mode);
    /// A call was added to proposals(), or the plan was handed back for execution.
    void proposalsChanged();
    void availableActionsChanged(Workbench::AgentRun::Actions actions);
    /// New anthropic-ratelimit-* values arrived with a response.
    void rateLimitsChanged();
    /// The context meter: `usedTokens` of `windowTokens` (-1 unknown); `estimated` when it comes
    /// from count_tokens before the answer, false when from the answer's usage.
    void contextUsageChanged(qint64 usedTokens, qint64 windowTokens, bool estimated);
    void stateChanged(Workbench::AgentRun::State state);
    /// The workspace was checkpointed before tool call `toolUseId` (rewinding to it undoes the call).
    void checkpointTaken(const QString &toolUseId, const QString &checkpointId);
    void turnStarted(int turn);
    void usageChanged();
    /// A tool call was added to toolCalls() (row) — views may select it.
    void toolCallAdded(int row);
    void finished();

private:
    struct PendingCall
    {
        QString id;
        QString name;
        QJsonObject input;
    };

    void setState(State state);
    void startTurn();
    /// A tool_use block as the user sees it (the tool's description, or its raw input when invalid).
    [[nodiscard]] ToolAction describeToolUse(const QJsonObject &block) const;
    void onModelFinished();
    void processNextToolCall();
    void runApproved(const ToolAction &action, int row);
    void executeApproved(const ToolAction &action, int row);
    void addToolResult(const QString &id, int row, const QString &content, bool isError);
    void onGateAnswered(const QString &id, const ApprovalAnswer &answer);
    void runEdited(const QString &id, int row, const ToolAction &original, const QString &editedScript,
                   const QString &decidedBy);
    void recordDecision(int row, const ToolAction &action, const Decision &decision);
    void recordProposal(int row, const ToolAction &action, const Decision &decision);
    void finish(const QString &stopReason, const Error &error = {});
    void accumulateUsage(const QJsonObject &usage);
    void notice(const QString &text);
    void setActions(Actions actions);
    void resume(const QString &action);
    void countTokens(const QJsonObject &body, int turn);
    void setContextTokens(qint64 tokens, bool estimated);
    void writeRunStarted(const QString &task);
    void showRestored(const RestoredRun &state);
    QJsonArray takeRoundContent();

    RunConfig m_config;
    Provider *m_provider;
    Sandbox *m_sandbox;
    ApprovalGate *m_gate;
    TranscriptWriter *m_transcript;
    ToolRegistry m_tools;
    ConversationModel *m_conversation;
    ToolCallModel *m_toolCalls;

    State m_state = State::Idle;
    QJsonArray m_messages;
    QJsonArray m_finalContent;
    QJsonObject m_usage;
    PriceTable m_prices;
    double m_cost = 0;
    bool m_costKnown = true;
    QString m_stopReason;
    Error m_error;
    int m_turns = 0;

    QPointer<ModelJob> m_job;
    QHash<int, int> m_blockRows; // content index → conversation row, for the turn in flight
    QList<PendingCall> m_pendingCalls;
    QJsonArray m_toolResults;
    QPointer<ToolExecution> m_execution;
    QString m_awaitingId;
    ToolAction m_awaitingAction;
    Decision m_awaitingDecision;
    bool m_cancelRequested = false;
    QHash<QString, QString> m_editNotes; // tool_use id → "the user edited this call" preface
    QList<ToolAction> m_judged;
    CheckpointStore *m_checkpoints = nullptr; // not owned
    QPointer<CheckpointJob> m_checkpointJob;
    QHash<QString, QString> m_checkpointIds; // tool_use id → checkpoint id
    QJsonArray m_proposals;
    bool m_planOutstanding = false; // proposals made since the last executePlan()
    CapabilityTable m_capabilities;
    Actions m_actions;
    RateLimits m_rateLimits;
    qint64 m_contextTokens = -1;
    qint64 m_contextWindow = -1;
    int m_pauseResends = 0;
    QStringList m_lastAdjustments;
    QStringList m_turnToolIds; // tool_use ids shown for the turn in flight
    QPointer<CountTokensJob> m_countJob;
    QSet<QString> m_askAgain;      // restored calls owed a result: asked, never run unasked
    QSet<QString> m_recordedCalls; // restored calls whose tool_call event is already written
    QString m_roundNote;           // user text sent after the round's tool results (a fork's message)
};

Q_DECLARE_OPERATORS_FOR_FLAGS(AgentRun::Actions)

} // namespace Workbench
