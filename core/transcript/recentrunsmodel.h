// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Workbench {

/// The transcripts in a folder, newest first, for the start view's "recent runs" list.
///
/// Each row is one `*.jsonl` file; the task, model and start time come from its first line (the
/// `run_started` event), so listing stays cheap however long the runs were. A file whose first
/// line is not a run start still appears, named by its file name. refresh() rereads the folder;
/// nothing watches it.
class RecentRunsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, ///< absolute path of the transcript
        TaskRole,                    ///< the task as typed, or empty
        ModelRole,                   ///< model id, or empty
        StartedRole,                 ///< QDateTime of the run start (file time when unknown)
        RunIdRole
    };

    explicit RecentRunsModel(QObject *parent = nullptr);

    /// Lists `directory` (up to `limit` newest files).
    void setDirectory(const QString &directory, int limit = 50);
    [[nodiscard]] QString directory() const { return m_directory; }
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        QString path;
        QString runId;
        QString task;
        QString model;
        QDateTime started;
    };
    static Entry readEntry(const QString &path, const QDateTime &fileTime);

    QString m_directory;
    int m_limit = 50;
    QList<Entry> m_entries;
};

} // namespace Workbench
