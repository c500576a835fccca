// SPDX-License-Identifier: MIT
#pragma once

#include "findbar.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace Workbench {

class AgentRun;
class ConversationView;
class ExecutionView;
class InspectorView;
class RunSession;
class ScriptView;
class TerminalPane;

/// One run on screen: the conversation, the selected call's script and its output, for one
/// RunSession, plus the plan bar of a plan-mode run. It follows the newest call while the run
/// goes on and forwards intent (stop, execute the plan) to the run; it decides nothing.
///
/// The page owns its session: closing the page stops the run and frees everything it held.
class RunPage final : public QWidget
{
    Q_OBJECT
public:
    /// Takes ownership of `session`. `title` names the run in its tab and in the inbox.
    RunPage(RunSession *session, const QString &title, QWidget *parent = nullptr);
    ~RunPage() override;

    [[nodiscard]] RunSession *session() const;
    [[nodiscard]] AgentRun *run() const;
    [[nodiscard]] QString runId() const;
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] bool isRunning() const;
    /// "Turn 2 · Waiting for your approval · transcript …" for the status bar.
    [[nodiscard]] QString statusText() const;
    /// "Tokens: 1200 in · 300 out".
    [[nodiscard]] QString tokensText() const;
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    /// Starts the run with `task` (once).
    void start(const QString &task);
    /// Cancels the run if it is still going.
    void stop();
    /// Shows a call's script and output (the conversation's selection, or the newest call).
    void showToolCall(const QString &toolCallId);
    /// Selects the next (`step` 1) or previous (-1) tool call in all three panes.
    void selectAdjacentToolCall(int step);
    [[nodiscard]] QString selectedToolCall() const { return m_selectedCall; }

    enum class Pane
    {
        Conversation,
        Script,
        Output
    };
    void focusPane(Pane pane);
    /// Opens the find bar on the output when the focus is there, else on the conversation.
    void find() { m_findBar->open(findPanes()); }
    /// Finds the next / previous match of the find bar's text (opens the bar when it is empty).
    void findNext() { m_findBar->findNextOrOpen(findPanes()); }
    void findPrevious() { m_findBar->findPreviousOrOpen(findPanes()); }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    /// The "Inspector · Timeline" tab: the run's transcript, turn by turn, re-read as it grows.
    [[nodiscard]] InspectorView *inspector() const { return m_inspector; }
    /// Shows the live panes (false) or the inspector (true).
    void showInspector(bool show);
    /// The Terminal tab next to the output, for a run in a Cloudflare Sandbox; else null.
    [[nodiscard]] TerminalPane *terminalPane() const { return m_terminal; }
    /// Where the run executes, in words (the header line): sandbox, its id and bridge URL for a
    /// remote one, the limits in force and the network as far as the app can vouch for it.
    [[nodiscard]] QString whereText() const;

    [[nodiscard]] ConversationView *conversationView() const { return m_conversation; }

Q_SIGNALS:
    /// State, turn, usage or mode changed: the tab title and status bar should be refreshed.
    void statusChanged();
    void finished();
    /// The user asked to branch off at a tool call, to rewind to before one, or to resume the
    /// run; app/ handles them (BranchController), the page decides nothing.
    void forkRequested(const QString &toolCallId);
    void rewindRequested(const QString &toolCallId);
    void resumeRequested();

private:
    /// What find searches, the default pane first (FindBar::open()).
    [[nodiscard]] QList<QWidget *> findPanes() const;
    void updatePlanBar();
    void updateWhere();
    void noteExecutionStarted(const QString &toolCallId);

    QPointer<RunSession> m_session;
    QString m_title;
    QString m_selectedCall;
    QSplitter *m_splitter;
    ConversationView *m_conversation;
    ScriptView *m_script;
    ExecutionView *m_execution;
    QWidget *m_planBar;
    QLabel *m_planLabel;
    QPushButton *m_executePlanButton;
    FindBar *m_findBar;
    QTabWidget *m_viewTabs; // Run | Inspector · Timeline
    InspectorView *m_inspector;
    QLabel *m_where;
    QTabWidget *m_outputTabs = nullptr; // Output | Terminal, remote runs only
    TerminalPane *m_terminal = nullptr;
    QHash<QString, QJsonObject> m_boundaries; // tool call id → ExecJob::describeSpec()
};

} // namespace Workbench
