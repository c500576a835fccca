// SPDX-License-Identifier: MIT
#pragma once

#include "transcript/claudecodereader.h"

#include <QAbstractItemModel>

namespace Workbench {

/// The message tree of one Claude Code session, read-only.
///
/// The uuid/parentUuid tree is mostly one long chain, so it is shown as threads: a chain of
/// messages is a list of siblings, and only a fork nests. Where a message has several children,
/// the one on the active branch (else the latest) continues the list and the others appear
/// nested under the message as alternative branches. Sub-agent traffic (sidechains) is nested
/// under the Task/Agent call that started it; a compaction boundary starts a new top-level chain.
/// Lines of unknown types are rows too, showing their raw JSON.
class ClaudeCodeMessageModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        MessageColumn, ///< who, then a one-line summary of what it says
        TimeColumn,
        TokensColumn, ///< counted (de-duplicated) usage: "in / out"
        LineColumn,   ///< line number(s) in the file
        ColumnCount
    };
    enum Roles
    {
        EntryIndexRole = Qt::UserRole + 1, ///< index into session().entries
        TypeRole,                          ///< the line's `type`
        TextRole,                          ///< everything the node says, as plain text
        UuidRole,
        LineRole, ///< first line number
        FileRole, ///< the file it came from
        SidechainRole,
        CompactBoundaryRole,
        CompactSummaryRole,
        ActiveBranchRole,
        UnknownTypeRole,
        ApiErrorRole,
        MessageIdRole,
        ModelRole,
        RawJsonRole, ///< the first line as written, indented
    };

    explicit ClaudeCodeMessageModel(QObject *parent = nullptr);

    void setSession(ClaudeCodeSession session);
    [[nodiscard]] const ClaudeCodeSession &session() const { return m_session; }
    /// The index showing entry `entry`, or an invalid one.
    [[nodiscard]] QModelIndex indexForEntry(int entry, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        int entry;
        int parent; ///< node index, -1 at the top level
        int row;
        QList<int> children;
    };
    void layout();
    QString who(const ClaudeCodeEntry &e) const;

    ClaudeCodeSession m_session;
    QList<Node> m_nodes;
    QList<int> m_top;
    QList<int> m_nodeOfEntry;
};

} // namespace Workbench
