// SPDX-License-Identifier: MIT
#pragma once

#include "agent/agentrun.h"
#include "models/conversationmodel.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;

namespace Workbench {

class ConversationDelegate;
class ConversationListView;

/// The left pane: the conversation of a run as it streams — the user's task, Claude's text and
/// thinking, one compact card per tool call with its status, notices and errors. Rows grow as
/// text streams in; the view follows the newest item unless the user scrolled up.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)
public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    /// The model to render. Not owned.
    void setModel(ConversationModel *model);
    /// Renders the run's conversation and, below it, the run's actions (Continue, Retry this
    /// turn: buttons that call AgentRun::continueRun()/retryTurn() when it offers them) and a
    /// status line (context meter, rate limits). Not owned; null detaches.
    void attachRun(AgentRun *run);
    /// The status line as shown (empty while there is nothing to say).
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] ConversationModel *model() const { return m_model; }

    /// Makes the tool call's card current and scrolls to it, without emitting toolCallSelected.
    void selectToolCall(const QString &toolCallId);

Q_SIGNALS:
    /// The user picked a tool call's card (mouse or keyboard); the other panes should show it.
    void toolCallSelected(const QString &toolCallId);
    /// "Fork from Here…" on a tool call's card: continue from it as a new branch.
    void forkRequested(const QString &toolCallId);
    /// "Rewind Workspace to Before This Call…" on a tool call's card.
    void rewindRequested(const QString &toolCallId);
    /// "Resume" under a run that stopped part-way (cancelled, turn limit, failed).
    void resumeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void emitIfToolCall(const QModelIndex &index);
    void invalidateRows(int first, int last);
    void invalidateFrom(int first);
    void followTail();
    void updateActions();
    void updateStatusLine();

    QPointer<ConversationModel> m_model;
    QPointer<AgentRun> m_run;
    QWidget *m_actionBar = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QList<QAction *> m_branchActions; // fork, rewind: enabled on a tool call
    QLabel *m_statusLine = nullptr;
    ConversationListView *m_list = nullptr;
    ConversationDelegate *m_delegate = nullptr; // owned by m_list
    bool m_followTail = true;
    bool m_selectingProgrammatically = false;
};

} // namespace Workbench
