// SPDX-License-Identifier: MIT
#include "models/claudecodesessionmodel.h"

#include <QLocale>

namespace Workbench {

// internalId: 0 for a project row, project index + 1 for a session row.

ClaudeCodeSessionModel::ClaudeCodeSessionModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ClaudeCodeSessionModel::reload(const QString &root)
{
    if (m_job)
        m_job->deleteLater();
    auto *job = new ClaudeCodeScanJob(root.isEmpty() ? ClaudeCodeBrowser::defaultRoot() : root, this);
    m_job = job;
    connect(job, &ClaudeCodeScanJob::finished, this, [this, job] {
        if (m_job != job)
            return;
        m_error = job->error();
        setProjects(job->projects());
        m_job = nullptr;
        job->deleteLater();
        Q_EMIT loaded();
    });
    job->start();
}

void ClaudeCodeSessionModel::setProjects(QList<ClaudeCodeProject> projects)
{
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
}

QModelIndex ClaudeCodeSessionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClaudeCodeSessionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ClaudeCodeSessionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_projects.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_projects.at(parent.row()).sessions.size());
}

int ClaudeCodeSessionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ClaudeCodeSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const ClaudeCodeProject &p = m_projects.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return p.cwd.isEmpty() ? p.dirName : p.cwd;
            if (index.column() == MessagesColumn)
                return tr("%n session(s)", nullptr, int(p.sessions.size()));
            return {};
        case Qt::ToolTipRole:
            return p.path;
        case PathRole:
            return p.path;
        case IsProjectRole:
            return true;
        default:
            return {};
        }
    }
    const ClaudeCodeSessionInfo &s = m_projects.at(int(index.internalId() - 1)).sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (!s.title.isEmpty())
                return s.title;
            return s.firstPrompt.isEmpty() ? s.sessionId : s.firstPrompt;
        case StartedColumn:
            return s.started.isValid() ? s.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QString();
        case MessagesColumn:
            return s.messageCount;
        case SizeColumn:
            return QLocale().formattedDataSize(s.sizeBytes);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\nFirst prompt: %2").arg(s.path, s.firstPrompt);
    case PathRole:
        return s.path;
    case SessionIdRole:
        return s.sessionId;
    case FirstPromptRole:
        return s.firstPrompt;
    case IsProjectRole:
        return false;
    case StartedRole:
        return s.started;
    case SizeRole:
        return s.sizeBytes;
    default:
        return {};
    }
}

QVariant ClaudeCodeSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Session");
    case StartedColumn:
        return tr("Started");
    case MessagesColumn:
        return tr("Messages");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

QHash<int, QByteArray> ClaudeCodeSessionModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractItemModel::roleNames();
    r.insert(PathRole, "path");
    r.insert(SessionIdRole, "sessionId");
    r.insert(FirstPromptRole, "firstPrompt");
    r.insert(IsProjectRole, "isProject");
    r.insert(StartedRole, "started");
    r.insert(SizeRole, "size");
    return r;
}

} // namespace Workbench
