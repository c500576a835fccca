// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QTabWidget;
class QWidget;

namespace Workbench {

class ApprovalDialog;
class ApprovalGate;
class ApprovalInboxModel;
class RunPage;
struct ApprovalRequest;

/// Decides which approval question is on screen when several runs ask at once; the window only
/// composes it. Rules: one dialog at a time; a question from the current tab's run opens at
/// once, others wait in the inbox and badge their tab; opening one from the inbox switches to
/// its tab; after a dialog closes, the current run's next waiting question comes up, unless the
/// user put it off with "Later". It never answers anything itself.
///
/// It never takes the keyboard from someone typing: when a question arrives (or would come up by
/// itself) while the user is typing into a text field of this application (a key went to an
/// editable widget that still has the focus, less than typingPauseMs() ago), no dialog opens;
/// the call waits in the inbox, its tab is badged, and waitingQuietly() says so. The
/// answerAction() (Ctrl+Shift+A) then opens the newest waiting question on purpose.
///
/// Nothing is owned: the gate, the inbox model and the tab widget (whose pages are RunPages)
/// must outlive the router; dialogs are children of `dialogParent`.
class ApprovalRouter final : public QObject
{
    Q_OBJECT
public:
    ApprovalRouter(ApprovalGate *gate, ApprovalInboxModel *inbox, QTabWidget *tabs, QWidget *dialogParent);

    /// The inbox's "open" (Enter, double click): shows that call's dialog, on its run's tab.
    void openFromInbox(int row);
    /// Opens the current tab's newest waiting question, if any, if no dialog is shown, and if the
    /// user is not typing (a question put off with "Later" stays in the inbox).
    void openWaitingForCurrentTab();
    /// The user asked for it (answerAction()): the current tab's newest waiting question, else the
    /// newest of any run, "Later" or not. Returns false when nothing waits or a dialog is shown.
    bool openNewestWaiting();
    /// "Answer the Waiting Approval" (Ctrl+Shift+A), for the window's menu and shortcut list.
    [[nodiscard]] QAction *answerAction() const { return m_answerAction; }
    /// Whether the user is typing into a text field right now (see the class comment).
    [[nodiscard]] bool userIsTyping() const;
    static constexpr int typingPauseMs() { return 2000; }
    [[nodiscard]] ApprovalDialog *dialog() const;
    [[nodiscard]] RunPage *pageForRun(const QString &runId) const;

Q_SIGNALS:
    /// A question is waiting but was not opened, so as not to take the keyboard from the user;
    /// `message` says which run waits and which key opens it (for the status bar).
    void waitingQuietly(const QString &runId, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRequested(const ApprovalRequest &request);
    void announceQuietly(const ApprovalRequest &request);
    void open(const ApprovalRequest &request);
    void setBadge(const QString &runId, bool waiting);
    [[nodiscard]] bool showing() const;

    ApprovalGate *m_gate;
    ApprovalInboxModel *m_inbox;
    QTabWidget *m_tabs;
    QWidget *m_dialogParent;
    QPointer<ApprovalDialog> m_dialog;
    QSet<QString> m_later; // tool_use ids put off with "Later": not reopened by themselves
    QAction *m_answerAction;
    QPointer<QWidget> m_typedInto; // the editable widget that got the last key press
    QElapsedTimer m_sinceTyped;
};

} // namespace Workbench
