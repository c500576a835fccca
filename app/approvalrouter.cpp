// SPDX-License-Identifier: MIT
#include "approvalrouter.h"

#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "approvaldialog.h"
#include "models/approvalinboxmodel.h"
#include "runpage.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
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
    , m_answerAction(new QAction(tr("&Answer the Waiting Approval"), this))
{
    connect(gate, &ApprovalGate::approvalRequested, this, &ApprovalRouter::onRequested);
    connect(inbox, &ApprovalInboxModel::runPendingChanged, this, &ApprovalRouter::setBadge);
    connect(tabs, &QTabWidget::currentChanged, this, &ApprovalRouter::openWaitingForCurrentTab);

    m_answerAction->setObjectName(QStringLiteral("answerApprovalAction"));
    m_answerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_answerAction->setShortcutContext(Qt::WindowShortcut);
    m_answerAction->setToolTip(tr("Open the newest call waiting for your approval (%1)")
                                   .arg(m_answerAction->shortcut().toString(QKeySequence::NativeText)));
    dialogParent->addAction(m_answerAction);
    connect(m_answerAction, &QAction::triggered, this, &ApprovalRouter::openNewestWaiting);
    // Watches key presses application-wide, only to know whether someone is typing.
    qApp->installEventFilter(this);
}

bool ApprovalRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool enters = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool edits = (!text.isEmpty() && text.at(0).isPrint()) || key->key() == Qt::Key_Backspace ||
                           key->key() == Qt::Key_Delete;
        if (enters) {
            m_typedInto.clear(); // Enter submits: the user now waits for what they asked
        } else if (edits && widget->testAttribute(Qt::WA_InputMethodEnabled)) {
            m_typedInto = widget;
            m_sinceTyped.start();
        }
    }
    return QObject::eventFilter(watched, event);
}

bool ApprovalRouter::userIsTyping() const
{
    return m_typedInto && m_typedInto == QApplication::focusWidget() &&
           m_typedInto->testAttribute(Qt::WA_InputMethodEnabled) && m_sinceTyped.isValid() &&
           m_sinceTyped.elapsed() < typingPauseMs();
}

void ApprovalRouter::announceQuietly(const ApprovalRequest &request)
{
    RunPage *page = pageForRun(request.runId);
    Q_EMIT waitingQuietly(request.runId,
                          tr("%1 is waiting for your approval. Press %2 to answer.")
                              .arg(page ? page->title() : request.runId,
                                   m_answerAction->shortcut().toString(QKeySequence::NativeText)));
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
    if (current && current->runId() == request.runId && !userIsTyping())
        open(request);
    if (!showing() || m_dialog->requestId() != request.id)
        announceQuietly(request);
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
    if (m_later.contains(request.id))
        return;
    if (userIsTyping())
        announceQuietly(request);
    else
        open(request);
}

bool ApprovalRouter::openNewestWaiting()
{
    if (showing() || m_inbox->rowCount() == 0)
        return false;
    auto *page = qobject_cast<RunPage *>(m_tabs->currentWidget());
    const int own = page ? m_inbox->firstRowForRun(page->runId()) : -1;
    openFromInbox(own >= 0 ? own : 0); // row 0 is the newest of all
    return showing();
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
