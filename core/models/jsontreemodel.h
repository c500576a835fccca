// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <QList>

namespace Workbench {

/// Any JSON value as a read-only tree of key/value rows: objects and arrays are rows with
/// children, scalars are leaves. Long strings are cut in the value column (the whole text is
/// in SearchTextRole and the tooltip), so a search finds what the eye cannot see at once.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    enum Roles
    {
        SearchTextRole = Qt::UserRole + 1, ///< "key value" in full, for filtering
        PathRole,                          ///< "messages[2].content[0].text"
        ValueRole,                         ///< the QJsonValue of the row, as a QVariant
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    void setJson(const QJsonValue &value);
    [[nodiscard]] QJsonValue json() const { return m_root; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        QString key; ///< object key, or "[i]" in an array
        QJsonValue value;
        int parent = -1; ///< node index; -1 at the top
        int row = 0;
        QList<int> children;
    };
    void build(const QJsonValue &value, int parent);
    [[nodiscard]] QString path(int node) const;

    QJsonValue m_root;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace Workbench
