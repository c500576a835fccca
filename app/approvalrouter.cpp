// SPDX-License-Identifier: MIT
#include "approvalrouter.h"

#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "approvaldialog.h"
#include "models/approvalinboxmodel.h"
#include "runpage.h"

#include <QApplication>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>

namespace Workbench {

ApprovalRouter::ApprovalRouter(ApprovalGate *gate, ApprovalInboxModel *inbox, QTabWidget *tabs,
                               QWidget *dialogParent)
    : QObject(dialogParent)
    , m_gate(gate)
    , m_inbox(inbox)
    , m_tabs(tabs)
    , m_dialogParent(dialogParent)
{
    connect(gate, &ApprovalGate::approvalRequested, this, &ApprovalRouter::onRequested);
    connect(inbox, &ApprovalInboxModel::runPendingChanged, this, &ApprovalRouter::setBadge);
    connect(tabs, &QTabWidget::currentChanged, this, &ApprovalRouter::openWaitingForCurrentTab);
}

ApprovalDialog *ApprovalRouter::dialog() const
{
    return m_dialog;
}

RunPage *ApprovalRouter::pageForRun(const QString &runId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<RunPage *>(m_tabs->widget(i));
        if (page && page->runId() == runId)
            return page;
    }
    return nullptr;
}

void ApprovalRouter::onRequested(const ApprovalRequest &request)
{
    auto *current = qobject_cast<RunPage *>(m_tabs->currentWidget());
    if (current && current->runId() == request.runId)
        open(request);
    if (!m_dialogParent->isActiveWindow())
        QApplication::alert(m_dialogParent);
}

bool ApprovalRouter::showing() const
{
    // A closed dialog lingers until its deferred delete; it no longer counts as shown.
    return m_dialog && m_dialog->isVisible();
}

void ApprovalRouter::open(const ApprovalRequest &request)
{
    if (showing() || !m_gate->isPending(request.id))
        return;
    RunPage *page = pageForRun(request.runId);
    // Answers, edits and remembered rules go to the gate and that run (ApprovalDialog::openFor).
    m_dialog = ApprovalDialog::openFor(request, m_gate, page ? page->run() : nullptr, m_dialogParent);
    m_dialog->setWindowTitle(tr("Approve a call of %1?").arg(page ? page->title() : request.runId));
    connect(m_dialog, &ApprovalDialog::leftPending, this, [this](const QString &id) { m_later.insert(id); });
    // After an answer, the current run's next question (if any) comes up by itself.
    connect(m_dialog, &QObject::destroyed, this, &ApprovalRouter::openWaitingForCurrentTab,
            Qt::QueuedConnection);
}

void ApprovalRouter::openFromInbox(int row)
{
    const ApprovalRequest request = m_inbox->request(row);
    if (request.id.isEmpty() || showing())
        return;
    m_later.remove(request.id);
    if (RunPage *page = pageForRun(request.runId))
        m_tabs->setCurrentWidget(page);
    open(request); // a no-op when switching tabs opened it already
}

void ApprovalRouter::openWaitingForCurrentTab()
{
    auto *page = qobject_cast<RunPage *>(m_tabs->currentWidget());
    if (!page || showing())
        return;
    const int row = m_inbox->firstRowForRun(page->runId());
    if (row < 0)
        return;
    const ApprovalRequest request = m_inbox->request(row);
    if (!m_later.contains(request.id))
        open(request);
}

void ApprovalRouter::setBadge(const QString &runId, bool waiting)
{
    RunPage *page = pageForRun(runId);
    const int index = page ? m_tabs->indexOf(page) : -1;
    if (index < 0)
        return;
    m_tabs->setTabIcon(index,
                       waiting ? m_tabs->style()->standardIcon(QStyle::SP_MessageBoxQuestion) : QIcon());
    m_tabs->setTabToolTip(index,
                          waiting ? tr("%1 — waiting for your approval").arg(page->title()) : page->title());
    m_tabs->tabBar()->setTabData(index, waiting); // read by tests and accessibility tools
}

} // namespace Workbench
