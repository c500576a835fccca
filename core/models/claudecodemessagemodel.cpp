// SPDX-License-Identifier: MIT
#include "models/claudecodemessagemodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace Workbench {

// internalId of an index = its node index + 1 (0 would be ambiguous with "no id").

ClaudeCodeMessageModel::ClaudeCodeMessageModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ClaudeCodeMessageModel::setSession(ClaudeCodeSession session)
{
    beginResetModel();
    m_session = std::move(session);
    layout();
    endResetModel();
}

static bool startsSubAgent(const ClaudeCodeEntry &e)
{
    if (e.kind != ClaudeCodeEntry::Kind::Assistant || e.sidechain)
        return false;
    for (const QJsonValue &b : e.content) {
        const QJsonObject o = b.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("tool_use") &&
            (name == QLatin1String("Task") || name == QLatin1String("Agent")))
            return true;
    }
    return false;
}

void ClaudeCodeMessageModel::layout()
{
    m_nodes.clear();
    m_top.clear();
    const auto &entries = m_session.entries;
    m_nodeOfEntry.fill(-1, entries.size());

    auto addNode = [this](int entry, int parentNode) {
        const int n = int(m_nodes.size());
        QList<int> &siblings = parentNode < 0 ? m_top : m_nodes[parentNode].children;
        m_nodes.append(Node{entry, parentNode, int(siblings.size()), {}});
        (parentNode < 0 ? m_top : m_nodes[parentNode].children).append(n);
        m_nodeOfEntry[entry] = n;
        return n;
    };
    // A chain of entries laid out as siblings under `parentNode`; forks are queued, not recursed,
    // so a deep tree cannot exhaust the stack.
    QList<QPair<int, int>> pending; // (first entry, parent node)
    auto layChains = [&] {
        while (!pending.isEmpty()) {
            auto [e, parentNode] = pending.takeFirst();
            while (e >= 0) {
                const int node = addNode(e, parentNode);
                const QList<int> &kids = entries.at(e).children;
                int next = -1;
                for (int k : kids)
                    if (entries.at(k).activeBranch)
                        next = k;
                if (next < 0 && !kids.isEmpty())
                    next = kids.constLast();
                for (int k : kids)
                    if (k != next)
                        pending.append({k, node});
                e = next;
            }
        }
    };

    // Main-file roots that are not sidechains first, in file order, then the sub-agent chains
    // under the call that started them.
    QList<int> sideRoots;
    for (int r : m_session.roots) {
        if (entries.at(r).sidechain) {
            sideRoots.append(r);
            continue;
        }
        pending.append({r, -1});
        layChains();
    }
    for (int r : std::as_const(sideRoots)) {
        const ClaudeCodeEntry &root = entries.at(r);
        int host = -1;
        for (int i = 0; i < entries.size(); ++i) {
            const ClaudeCodeEntry &c = entries.at(i);
            if (!startsSubAgent(c) || m_nodeOfEntry.at(i) < 0)
                continue;
            const bool before = root.file == c.file ? i < r
                                                    : (!root.timestamp.isValid() || !c.timestamp.isValid() ||
                                                       c.timestamp <= root.timestamp);
            if (before)
                host = i;
        }
        pending.append({r, host >= 0 ? m_nodeOfEntry.at(host) : -1});
        layChains();
    }
}

QModelIndex ClaudeCodeMessageModel::indexForEntry(int entry, int column) const
{
    const int n = m_nodeOfEntry.value(entry, -1);
    if (n < 0)
        return {};
    return createIndex(m_nodes.at(n).row, column, quintptr(n + 1));
}

QModelIndex ClaudeCodeMessageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &list = parent.isValid() ? m_nodes.at(int(parent.internalId() - 1)).children : m_top;
    return createIndex(row, column, quintptr(list.at(row) + 1));
}

QModelIndex ClaudeCodeMessageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes.at(int(child.internalId() - 1)).parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes.at(p).row, 0, quintptr(p + 1));
}

int ClaudeCodeMessageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId() - 1)).children.size());
}

int ClaudeCodeMessageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaudeCodeMessageModel::who(const ClaudeCodeEntry &e) const
{
    using K = ClaudeCodeEntry::Kind;
    if (e.compactBoundary)
        return tr("Compaction");
    if (e.compactSummary)
        return tr("Summary of the compacted conversation");
    if (e.apiError)
        return tr("API error");
    switch (e.kind) {
    case K::User:
        for (const QJsonValue &b : e.content)
            if (b.toObject().value(QLatin1String("type")).toString() == QLatin1String("tool_result"))
                return tr("Tool result");
        return e.meta ? tr("User (added by Claude Code)") : tr("User");
    case K::Assistant:
        return e.model.isEmpty() ? tr("Assistant") : tr("Assistant (%1)").arg(e.model);
    case K::System:
        return e.subtype.isEmpty() ? tr("System") : tr("System: %1").arg(e.subtype);
    case K::Summary:
        return tr("Summary");
    case K::Title:
        return tr("Title");
    case K::FileSnapshot:
        return tr("File snapshot");
    case K::QueueOperation:
        return tr("Queue");
    case K::Attachment:
        return tr("Attachment");
    case K::Progress:
        return tr("Progress");
    case K::Unknown:
        break;
    }
    return tr("Unknown line type \"%1\"").arg(e.type);
}

QVariant ClaudeCodeMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int entry = m_nodes.at(int(index.internalId() - 1)).entry;
    const ClaudeCodeEntry &e = m_session.entries.at(entry);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return tr("%1: %2").arg(who(e), e.summaryText());
        case TimeColumn:
            return e.timestamp.isValid() ? e.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                         : QString();
        case TokensColumn:
            if (e.usage.isEmpty())
                return QString();
            return tr("%1 / %2").arg(
                QLocale().toString(e.usage.value(QLatin1String("input_tokens")).toInteger()),
                QLocale().toString(e.usage.value(QLatin1String("output_tokens")).toInteger()));
        case LineColumn:
            return e.lines.size() > 1 ? tr("%1–%2").arg(e.lines.constFirst()).arg(e.lines.constLast())
                                      : QString::number(e.line);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.fullText().left(2000);
    case EntryIndexRole:
        return entry;
    case TypeRole:
        return e.type;
    case TextRole:
        return e.fullText();
    case UuidRole:
        return e.uuid;
    case LineRole:
        return e.line;
    case FileRole:
        return m_session.files.value(e.file);
    case SidechainRole:
        return e.sidechain;
    case CompactBoundaryRole:
        return e.compactBoundary;
    case CompactSummaryRole:
        return e.compactSummary;
    case ActiveBranchRole:
        return e.activeBranch;
    case UnknownTypeRole:
        return e.kind == ClaudeCodeEntry::Kind::Unknown;
    case ApiErrorRole:
        return e.apiError;
    case MessageIdRole:
        return e.messageId;
    case ModelRole:
        return e.model;
    case RawJsonRole:
        return QString::fromUtf8(QJsonDocument(e.raw).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QVariant ClaudeCodeMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Message");
    case TimeColumn:
        return tr("Time");
    case TokensColumn:
        return tr("Tokens in / out");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClaudeCodeMessageModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractItemModel::roleNames();
    r.insert(EntryIndexRole, "entryIndex");
    r.insert(TypeRole, "type");
    r.insert(TextRole, "text");
    r.insert(UuidRole, "uuid");
    r.insert(LineRole, "line");
    r.insert(FileRole, "file");
    r.insert(SidechainRole, "sidechain");
    r.insert(CompactBoundaryRole, "compactBoundary");
    r.insert(CompactSummaryRole, "compactSummary");
    r.insert(ActiveBranchRole, "activeBranch");
    r.insert(UnknownTypeRole, "unknownType");
    r.insert(ApiErrorRole, "apiError");
    r.insert(MessageIdRole, "messageId");
    r.insert(ModelRole, "model");
    r.insert(RawJsonRole, "rawJson");
    return r;
}

} // namespace Workbench
