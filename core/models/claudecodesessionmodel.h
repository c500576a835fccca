// SPDX-License-Identifier: MIT
#pragma once

#include "transcript/claudecodereader.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Workbench {

/// The Claude Code session browser: projects at the top level, their sessions (newest first)
/// below. Read-only. reload() scans on a worker thread (ClaudeCodeScanJob) and replaces the
/// contents when it is done; setProjects() fills it directly.
class ClaudeCodeSessionModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,     ///< project: its folder (the real cwd when known); session: title or first prompt
        StartedColumn,  ///< session start time (local, ISO-like)
        MessagesColumn, ///< messages in the session (projects: sessions)
        SizeColumn,     ///< file size
        ColumnCount
    };
    enum Roles
    {
        PathRole = Qt::UserRole + 1, ///< session file or project folder
        SessionIdRole,
        FirstPromptRole,
        IsProjectRole,
        StartedRole, ///< QDateTime
        SizeRole,    ///< qint64 bytes
    };

    explicit ClaudeCodeSessionModel(QObject *parent = nullptr);

    /// Scans `root` (default: ClaudeCodeBrowser::defaultRoot()) in the background.
    void reload(const QString &root = {});
    void setProjects(QList<ClaudeCodeProject> projects);
    [[nodiscard]] bool isLoading() const { return !m_job.isNull(); }
    [[nodiscard]] const Error &error() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// A reload() finished (error() says whether it failed).
    void loaded();

private:
    QList<ClaudeCodeProject> m_projects;
    QPointer<ClaudeCodeScanJob> m_job;
    Error m_error;
};

} // namespace Workbench
