// SPDX-License-Identifier: MIT
#include "models/conversationmodel.h"

#include "models/coretext.h"

namespace Workbench {

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        // Core's own lines are shown in the UI language; the user's and the model's words as they are.
        if (item.kind == Kind::ToolCall || item.kind == Kind::Notice || item.kind == Kind::Error)
            return CoreText::display(item.text);
        return item.text;
    case KindRole:
        return int(item.kind);
    case ToolCallIdRole:
        return item.toolCallId;
    case StatusRole:
        return item.status;
    case TurnRole:
        return item.turn;
    case TurnUsageRole:
        return item.usage;
    case CollapsedRole:
        return item.kind == Kind::Thinking && item.collapsed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(TextRole, "text");
    names.insert(ToolCallIdRole, "toolCallId");
    names.insert(StatusRole, "status");
    names.insert(TurnRole, "turn");
    names.insert(TurnUsageRole, "turnUsage");
    names.insert(CollapsedRole, "collapsed");
    return names;
}

int ConversationModel::append(Kind kind, const QString &text, int turn, const QString &toolCallId)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(Item{kind, text, toolCallId, {}, turn, {}, true});
    endInsertRows();
    return row;
}

void ConversationModel::appendText(int row, const QString &text)
{
    if (row < 0 || row >= m_items.size() || text.isEmpty())
        return;
    m_items[row].text += text;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole, TextRole});
}

void ConversationModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row].text = text;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole, TextRole});
}

void ConversationModel::setStatus(int row, const QString &status)
{
    if (row < 0 || row >= m_items.size())
        return;
    m_items[row].status = status;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {StatusRole});
}

void ConversationModel::setTurnUsage(int turn, const QJsonObject &usage)
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items.at(i).turn != turn)
            continue;
        m_items[i].usage = usage;
        const QModelIndex idx = index(i);
        Q_EMIT dataChanged(idx, idx, {TurnUsageRole});
        return;
    }
}

void ConversationModel::setCollapsed(int row, bool collapsed)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).kind != Kind::Thinking ||
        m_items.at(row).collapsed == collapsed)
        return;
    m_items[row].collapsed = collapsed;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {CollapsedRole});
}

int ConversationModel::rowForToolCall(const QString &toolCallId) const
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items.at(i).kind == Kind::ToolCall && m_items.at(i).toolCallId == toolCallId)
            return i;
    }
    return -1;
}

void ConversationModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
}

} // namespace Workbench
