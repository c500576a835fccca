// SPDX-License-Identifier: MIT
#include "approvalinbox.h"

#include "models/approvalinboxmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Workbench {

ApprovalInbox::ApprovalInbox(ApprovalInboxModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(tr("No call is waiting for approval."), this))
    , m_openButton(new QPushButton(tr("&Open…"), this))
    , m_approveButton(new QPushButton(tr("Appro&ve"), this))
    , m_denyButton(new QPushButton(tr("De&ny"), this))
    , m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("approvalInbox"));
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(tr("Calls waiting for approval"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ApprovalInboxModel::SummaryColumn, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_emptyLabel->setObjectName(QStringLiteral("inboxEmptyLabel"));
    m_openButton->setObjectName(QStringLiteral("inboxOpenButton"));
    m_openButton->setToolTip(tr("Decide the selected call in the approval dialog (Enter)"));
    m_approveButton->setObjectName(QStringLiteral("inboxApproveButton"));
    m_approveButton->setToolTip(tr("Run the selected call as it is (Ctrl+Return)"));
    m_denyButton->setObjectName(QStringLiteral("inboxDenyButton"));
    m_denyButton->setToolTip(tr("Do not run the selected call (Delete)"));
    for (QPushButton *b : {m_openButton, m_approveButton, m_denyButton}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_emptyLabel, 1);
    buttons->addStretch(1); // the buttons keep their size while the label is hidden
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_denyButton);
    buttons->addWidget(m_approveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_openButton, &QPushButton::clicked, this, &ApprovalInbox::openCurrent);
    connect(m_approveButton, &QPushButton::clicked, this, &ApprovalInbox::approveCurrent);
    connect(m_denyButton, &QPushButton::clicked, this, &ApprovalInbox::denyCurrent);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openRequested(index.row());
    });
    // Something is always selected while anything waits, so the keys act on a visible row.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateState();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ApprovalInbox::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &ApprovalInbox::updateState);
    // Waiting times age while the inbox is shown.
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, model, &ApprovalInboxModel::refreshWaitingTimes);
    updateState();
}

int ApprovalInbox::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ApprovalInbox::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_followNewest = false; // a chosen row stays chosen while newer questions arrive
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ApprovalInbox::approveCurrent()
{
    m_model->approve(currentRow());
}

void ApprovalInbox::denyCurrent()
{
    m_model->deny(currentRow());
}

void ApprovalInbox::openCurrent()
{
    if (const int row = currentRow(); row >= 0)
        Q_EMIT openRequested(row);
}

bool ApprovalInbox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress)
        m_followNewest = false;
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            m_followNewest = false; // the user moves the selection: it is theirs now
            break;
        default:
            break;
        }
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (enter && mods == Qt::ControlModifier) {
            approveCurrent();
            return true;
        }
        if (enter && mods == Qt::NoModifier) {
            openCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Delete && mods == Qt::NoModifier) {
            denyCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ApprovalInbox::updateState()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        m_followNewest = true;
    else if (currentRow() < 0 || m_followNewest)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_emptyLabel->setVisible(rows == 0);
    for (QPushButton *b : {m_openButton, m_approveButton, m_denyButton})
        b->setEnabled(rows > 0);
    if (rows > 0)
        m_ageTimer->start();
    else
        m_ageTimer->stop();
}

} // namespace Workbench
