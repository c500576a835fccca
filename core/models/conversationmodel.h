// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Workbench {

/// The conversation of one run as a flat list: the user's task, assistant text and thinking as
/// they stream in, one item per tool call (details live in ToolCallModel), notices and errors.
/// Grows while a run streams; views render it, AgentRun feeds it.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        User,
        AssistantText,
        Thinking,
        ToolCall,
        Notice,
        Error
    };
    Q_ENUM(Kind)

    enum Roles
    {
        KindRole = Qt::UserRole + 1, ///< Kind as int
        TextRole,                    ///< the text (for ToolCall: its one-line summary)
        ToolCallIdRole,              ///< tool_use id for ToolCall items
        StatusRole,                  ///< for ToolCall items: status in words ("running", "denied")
        TurnRole,                    ///< model turn the item belongs to (1-based; 0 = user task)
        /// On the last item of a finished model turn: that turn's `usage` object (input, output,
        /// cache_read_input_tokens, cache_creation_input_tokens, …) plus `cost_usd` when known;
        /// an empty QJsonObject elsewhere.
        TurnUsageRole,
        /// For Thinking items: shown folded to one line (the default); views toggle it.
        CollapsedRole,
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Appends an item and returns its row.
    int append(Kind kind, const QString &text, int turn, const QString &toolCallId = {});
    /// Appends streamed text to an existing item.
    void appendText(int row, const QString &text);
    void setText(int row, const QString &text);
    void setStatus(int row, const QString &status);
    /// Attaches a finished turn's usage to the newest item of that turn (TurnUsageRole).
    void setTurnUsage(int turn, const QJsonObject &usage);
    /// Folds or unfolds a Thinking item.
    void setCollapsed(int row, bool collapsed);
    /// Row of the ToolCall item with this id, or -1.
    [[nodiscard]] int rowForToolCall(const QString &toolCallId) const;
    void clear();

private:
    struct Item
    {
        Kind kind;
        QString text;
        QString toolCallId;
        QString status;
        int turn;
        QJsonObject usage;
        bool collapsed = true;
    };
    QList<Item> m_items;
};

} // namespace Workbench
