// SPDX-License-Identifier: MIT
#include "models/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Workbench {

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = value;
    m_nodes.clear();
    m_top.clear();
    // The top level shows the members of an object or array, not one row for the whole value.
    if (value.isObject() || value.isArray()) {
        build(value, -1);
    } else if (!value.isUndefined() && !value.isNull()) {
        m_nodes.append(Node{QString(), value, -1, 0, {}});
        m_top.append(0);
    }
    endResetModel();
}

void JsonTreeModel::build(const QJsonValue &value, int parent)
{
    auto addChild = [this, parent](const QString &key, const QJsonValue &v) {
        const int node = int(m_nodes.size());
        QList<int> &siblings = parent < 0 ? m_top : m_nodes[parent].children;
        m_nodes.append(Node{key, v, parent, int(siblings.size()), {}});
        (parent < 0 ? m_top : m_nodes[parent].children).append(node);
        if (v.isObject() || v.isArray())
            build(v, node);
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addChild(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            addChild(QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

QString JsonTreeModel::path(int node) const
{
    QStringList keys;
    for (int n = node; n >= 0; n = m_nodes.at(n).parent)
        keys.prepend(m_nodes.at(n).key);
    QString p;
    for (const QString &key : std::as_const(keys)) {
        if (!key.startsWith(QLatin1Char('[')) && !p.isEmpty())
            p += QLatin1Char('.');
        p += key;
    }
    return p;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &list = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row >= list.size())
        return {};
    return createIndex(row, column, quintptr(list.at(row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId())).parent;
    return p < 0 ? QModelIndex() : createIndex(m_nodes.at(p).row, 0, quintptr(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

static QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes.at(int(index.internalId()));
    const QJsonValue &v = n.value;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return n.key;
        if (v.isObject()) {
            // The keys say more than their number: {role, content}.
            QString keys = v.toObject().keys().join(QStringLiteral(", "));
            if (keys.size() > 80)
                keys = keys.left(80) + QChar(0x2026);
            return QStringLiteral("{%1}").arg(keys);
        }
        if (v.isArray())
            return QStringLiteral("[%1]").arg(v.toArray().size());
        {
            // One line of a long text; the whole of it is in the tooltip.
            QString text = scalarText(v);
            const bool cut = text.size() > 300 || text.contains(QLatin1Char('\n'));
            text = text.left(300).section(QLatin1Char('\n'), 0, 0);
            return cut ? text + QChar(0x2026) : text;
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && v.isString())
            return v.toString().left(4000);
        return {};
    case SearchTextRole:
        return v.isObject() || v.isArray() ? n.key : n.key + QLatin1Char(' ') + scalarText(v);
    case PathRole:
        return path(int(index.internalId()));
    case ValueRole:
        return QVariant::fromValue(v);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace Workbench
