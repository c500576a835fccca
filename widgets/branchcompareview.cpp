// SPDX-License-Identifier: MIT
#include "branchcompareview.h"

#include "agent/agentrun.h"
#include "conversationview.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"

#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Workbench {

namespace {
QWidget *column(const QString &title, ConversationView *view, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
    label->setContentsMargins(8, 4, 8, 4);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    view->setParent(box);
    return box;
}

QString resultOf(AgentRun *run, const QString &id)
{
    if (!run)
        return {};
    const int row = run->toolCalls()->rowForId(id);
    if (row < 0)
        return {};
    const QString text = run->toolCalls()->index(row).data(ToolCallModel::ResultRole).toString().simplified();
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}
} // namespace

BranchCompareView::BranchCompareView(AgentRun *left, const QString &leftTitle, AgentRun *right,
                                     const QString &rightTitle, const QString &divergenceToolCall,
                                     QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
    , m_divergence(divergenceToolCall)
{
    setObjectName(QStringLiteral("branchCompareView"));
    setWindowTitle(tr("Compare Branches: %1 and %2").arg(leftTitle, rightTitle));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("divergenceLabel"));
    m_header->setWordWrap(true);
    m_header->setContentsMargins(8, 6, 8, 6);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("compareSplitter"));
    m_leftView = new ConversationView;
    m_leftView->setObjectName(QStringLiteral("leftConversation"));
    m_rightView = new ConversationView;
    m_rightView->setObjectName(QStringLiteral("rightConversation"));
    split->addWidget(column(leftTitle, m_leftView, split));
    split->addWidget(column(rightTitle, m_rightView, split));
    m_leftView->setModel(left ? left->conversation() : nullptr);
    m_rightView->setModel(right ? right->conversation() : nullptr);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    for (AgentRun *run : {left, right}) {
        if (!run)
            continue;
        connect(run->conversation(), &QAbstractItemModel::rowsInserted, this, [this] { markDivergence(); });
        connect(run->conversation(), &QAbstractItemModel::dataChanged, this, [this] { markDivergence(); });
    }
    markDivergence();
    resize(1100, 700);
}

int BranchCompareView::firstDifferentRow() const
{
    if (!m_left || !m_right)
        return -1;
    ConversationModel *a = m_left->conversation();
    ConversationModel *b = m_right->conversation();
    const int n = std::min(a->rowCount(), b->rowCount());
    for (int r = 0; r < n; ++r) {
        const QModelIndex ia = a->index(r);
        const QModelIndex ib = b->index(r);
        if (ia.data(ConversationModel::KindRole) != ib.data(ConversationModel::KindRole) ||
            ia.data(ConversationModel::TextRole) != ib.data(ConversationModel::TextRole))
            return r;
    }
    return a->rowCount() == b->rowCount() ? -1 : n;
}

QString BranchCompareView::headerText() const
{
    return m_header->text();
}

void BranchCompareView::markDivergence()
{
    if (!m_divergence.isEmpty() && m_left && m_right) {
        const int step = m_left->toolCalls()->rowForId(m_divergence) + 1;
        m_header->setText(
            tr("The branches part after step %1 (tool call %2). Left saw: \u201c%3\u201d. "
               "Right saw: \u201c%4\u201d.")
                .arg(step)
                .arg(m_divergence, resultOf(m_left, m_divergence), resultOf(m_right, m_divergence)));
        if (!m_marked && m_right->conversation()->rowForToolCall(m_divergence) >= 0) {
            // Once: selecting again on every streamed token would pull the views away from the tail.
            m_marked = true;
            m_leftView->selectToolCall(m_divergence);
            m_rightView->selectToolCall(m_divergence);
        }
        return;
    }
    const int row = firstDifferentRow();
    m_header->setText(row < 0 ? tr("The two conversations are the same so far.")
                              : tr("The conversations differ from item %1 on.").arg(row + 1));
}

} // namespace Workbench
