// SPDX-License-Identifier: MIT
#pragma once

#include "agent/runconfig.h"
#include "agent/toolregistry.h"
#include "common/error.h"
#include "llm/pricing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Workbench {

class ApprovalGate;
class ConversationModel;
class ModelJob;
class Provider;
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

    AgentRun(RunConfig config, Provider *provider, Sandbox *sandbox, ApprovalGate *gate,
             TranscriptWriter *transcript, QObject *parent = nullptr);
    ~AgentRun() override;

    /// Starts the run with the user's task. Call once.
    void start(const QString &task);
    /// Stops whatever is in flight (request, execution, pending approval); finished() follows.
    void cancel();

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

Q_SIGNALS:
    void stateChanged(Workbench::AgentRun::State state);
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
    void onModelFinished();
    void processNextToolCall();
    void runApproved(const ToolAction &action, int row);
    void addToolResult(const QString &id, int row, const QString &content, bool isError);
    void onGateAnswered(const QString &id, const ApprovalAnswer &answer);
    void runEdited(const QString &id, int row, const ToolAction &original, const QString &editedScript,
                   const QString &decidedBy);
    void recordDecision(int row, const ToolAction &action, const Decision &decision);
    void finish(const QString &stopReason, const Error &error = {});
    void accumulateUsage(const QJsonObject &usage);
    void notice(const QString &text);

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
};

} // namespace Workbench
