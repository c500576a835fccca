// SPDX-License-Identifier: MIT
#include "sandbox/workspacehandover.h"

#include "sandbox/workspacescan.h"

#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <memory>

namespace Workbench {

namespace {

constexpr unsigned long kPollMs = 50; // how often a waiter looks at its cancel flag

struct HandOver
{
    enum class State
    {
        Pending,
        Running,
        Done
    };
    QMutex mutex;
    QWaitCondition done;
    State state = State::Pending;
    WorkspaceHandOver::Work work; // cleared once run
    Status result;
};

struct Registry
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<HandOver>> entries;
};

Registry &registry()
{
    // Never destroyed: a pool thread may still finish a walk while static objects go away.
    static auto *r = new Registry;
    return *r;
}

std::shared_ptr<HandOver> find(const QString &workspace)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.entries.value(workspace);
}

// Runs the walk unless another thread has started it already.
void runOnce(const QString &workspace, const std::shared_ptr<HandOver> &h)
{
    WorkspaceHandOver::Work work;
    {
        QMutexLocker lock(&h->mutex);
        if (h->state != HandOver::State::Pending)
            return;
        h->state = HandOver::State::Running;
        work = std::move(h->work);
        h->work = {};
    }
    const Status result = work ? work() : Status();
    {
        QMutexLocker lock(&h->mutex);
        h->result = result;
        h->state = HandOver::State::Done;
        h->done.wakeAll();
    }
    if (result.ok()) {
        // Nothing left to wait for; a failure stays, so later jobs report it.
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        if (auto it = r.entries.find(workspace); it != r.entries.end() && it->get() == h.get())
            r.entries.erase(it);
    }
}

} // namespace

void WorkspaceHandOver::begin(const QString &workspace, Work work)
{
    auto h = std::make_shared<HandOver>();
    h->work = std::move(work);
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        r.entries.insert(workspace, h);
    }
    WorkspaceScanJob::pool()->start([workspace, h] { runOnce(workspace, h); });
}

Status WorkspaceHandOver::wait(const QString &workspace, const std::atomic_bool *cancelled)
{
    const std::shared_ptr<HandOver> h = find(workspace);
    if (!h)
        return {};
    runOnce(workspace, h);
    QMutexLocker lock(&h->mutex);
    while (h->state != HandOver::State::Done) {
        if (cancelled && cancelled->load())
            return Error{QStringLiteral("sandbox_handover_cancelled"),
                         QStringLiteral("Stopped while waiting for the workspace to be handed to the "
                                        "sandbox user."),
                         {},
                         {}};
        h->done.wait(&h->mutex, kPollMs);
    }
    return h->result;
}

bool WorkspaceHandOver::isPending(const QString &workspace)
{
    const std::shared_ptr<HandOver> h = find(workspace);
    if (!h)
        return false;
    QMutexLocker lock(&h->mutex);
    return h->state != HandOver::State::Done;
}

} // namespace Workbench
