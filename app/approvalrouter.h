// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

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
/// Nothing is owned: the gate, the inbox model and the tab widget (whose pages are RunPages)
/// must outlive the router; dialogs are children of `dialogParent`.
class ApprovalRouter final : public QObject
{
    Q_OBJECT
public:
    ApprovalRouter(ApprovalGate *gate, ApprovalInboxModel *inbox, QTabWidget *tabs, QWidget *dialogParent);

    /// The inbox's "open" (Enter, double click): shows that call's dialog, on its run's tab.
    void openFromInbox(int row);
    /// Opens the current tab's oldest waiting question, if any and if no dialog is shown.
    void openWaitingForCurrentTab();
    [[nodiscard]] ApprovalDialog *dialog() const;
    [[nodiscard]] RunPage *pageForRun(const QString &runId) const;

private:
    void onRequested(const ApprovalRequest &request);
    void open(const ApprovalRequest &request);
    void setBadge(const QString &runId, bool waiting);
    [[nodiscard]] bool showing() const;

    ApprovalGate *m_gate;
    ApprovalInboxModel *m_inbox;
    QTabWidget *m_tabs;
    QWidget *m_dialogParent;
    QPointer<ApprovalDialog> m_dialog;
    QSet<QString> m_later; // tool_use ids put off with "Later": not reopened by themselves
};

} // namespace Workbench
