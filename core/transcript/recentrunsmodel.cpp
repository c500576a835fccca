// SPDX-License-Identifier: MIT
#include "transcript/recentrunsmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Workbench {

using namespace Qt::StringLiterals;

namespace {
// A run_started line holds the rules and the task; this is far more than it needs.
constexpr qint64 kFirstLineLimit = 256 * 1024;
} // namespace

RecentRunsModel::RecentRunsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RecentRunsModel::setDirectory(const QString &directory, int limit)
{
    m_directory = directory;
    m_limit = qMax(1, limit);
    refresh();
}

RecentRunsModel::Entry RecentRunsModel::readEntry(const QString &path, const QDateTime &fileTime)
{
    Entry e;
    e.path = path;
    e.started = fileTime;
    e.runId = QFileInfo(path).completeBaseName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return e;
    const QByteArray line = file.readLine(kFirstLineLimit);
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    if (event.value("type"_L1).toString() != "run_started"_L1)
        return e;
    e.task = event.value("task"_L1).toString();
    e.model = event.value("model"_L1).toString();
    const QString runId = event.value("run_id"_L1).toString();
    if (!runId.isEmpty())
        e.runId = runId;
    const QDateTime ts = QDateTime::fromString(event.value("ts"_L1).toString(), Qt::ISODateWithMs);
    if (ts.isValid())
        e.started = ts;
    return e;
}

void RecentRunsModel::refresh()
{
    QList<Entry> entries;
    if (!m_directory.isEmpty()) {
        const QFileInfoList files =
            QDir(m_directory).entryInfoList({u"*.jsonl"_s}, QDir::Files | QDir::Readable, QDir::Time);
        for (const QFileInfo &info : files.mid(0, m_limit))
            entries.append(readEntry(info.absoluteFilePath(), info.lastModified()));
    }
    // Newest run first by its own start time; the file name breaks ties so the order is stable.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.started != b.started)
            return a.started > b.started;
        return a.path < b.path;
    });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RecentRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.task.isEmpty() ? QFileInfo(e.path).fileName() : e.task.section(u'\n', 0, 0);
    case Qt::ToolTipRole:
        return e.path;
    case PathRole:
        return e.path;
    case TaskRole:
        return e.task;
    case ModelRole:
        return e.model;
    case StartedRole:
        return e.started;
    case RunIdRole:
        return e.runId;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentRunsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(TaskRole, "task");
    names.insert(ModelRole, "model");
    names.insert(StartedRole, "started");
    names.insert(RunIdRole, "runId");
    return names;
}

} // namespace Workbench
