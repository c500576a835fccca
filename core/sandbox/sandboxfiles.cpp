// SPDX-License-Identifier: MIT
// Sandbox's default file operations: WorkspaceFs on the host workspace, answered on the next
// event-loop turn so local and remote backends look the same to callers.
#include "sandbox/sandbox.h"
#include "sandbox/workspacefs.h"

#include <QTimer>

namespace Workbench {

void FileJob::finish(Error error, QByteArray data, QStringList entries)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_data = std::move(data);
    m_entries = std::move(entries);
    Q_EMIT finished();
}

namespace {

WorkspaceFs openFs(const Sandbox &sandbox)
{
    WorkspaceFs fs(sandbox.hostWorkspace());
    const auto owner = sandbox.hostFileOwner();
    if (owner.first >= 0)
        fs.setOwner(uid_t(owner.first), gid_t(owner.second));
    return fs;
}

template <typename Work> FileJob *deferred(QObject *parent, Work work)
{
    auto *job = new FileJob(parent);
    QTimer::singleShot(0, job, [job, work = std::move(work)] { work(job); });
    return job;
}

} // namespace

FileJob *Sandbox::readFile(const QString &relPath, QObject *parent)
{
    return deferred(parent, [this, relPath](FileJob *job) {
        auto data = openFs(*this).readFile(relPath);
        if (!data)
            job->finish(data.error());
        else
            job->finish({}, *data);
    });
}

FileJob *Sandbox::writeFile(const QString &relPath, const QByteArray &data, QObject *parent)
{
    return deferred(parent, [this, relPath, data](FileJob *job) {
        WorkspaceFs fs = openFs(*this);
        job->finish(fs.writeFile(relPath, data).error());
    });
}

FileJob *Sandbox::listFiles(const QString &relDir, int depth, QObject *parent)
{
    return deferred(parent, [this, relDir, depth](FileJob *job) {
        auto entries = openFs(*this).list(relDir, depth);
        if (!entries)
            job->finish(entries.error());
        else
            job->finish({}, {}, *entries);
    });
}

} // namespace Workbench
