// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "sandbox/sandbox.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Workbench {

/// Whether this process can give each sandbox run a cgroup of its own for the memory and
/// process limits, and where. Found once per sandbox (BwrapSandbox::create) from
/// /proc/self/cgroup and the cgroup file system:
/// - cgroup v2: our own cgroup must be writable and offer the memory and pids controllers; they
///   are enabled for children (cgroup.subtree_control) if they are not yet, which the kernel
///   allows only in a cgroup without processes of its own or in the (namespace's) root;
/// - cgroup v1 (hybrid hierarchies): our memory and pids cgroups must both be writable (root,
///   or a delegated subtree).
/// Otherwise the limits stay rlimits and `reason` says precisely what was missing.
struct CgroupSupport
{
    enum class Version
    {
        None,
        V1,
        V2
    };
    Version version = Version::None;
    QString memoryParent; ///< the cgroup runs get a child of (v2: the only one)
    QString pidsParent;   ///< v1: the pids hierarchy's cgroup; v2: same as memoryParent
    bool cpu = false;     ///< v2 only: the cpu controller is there too, so cpu.max is set
    QString reason;       ///< in words: which mechanism and why, for the run's record

    [[nodiscard]] bool usable() const { return version != Version::None; }
    /// "cgroup v2", "cgroup v1" or "rlimits".
    [[nodiscard]] QString mechanism() const;

    /// Detects support. `root` is where the cgroup file systems are mounted and `selfCgroup` the
    /// text of /proc/self/cgroup (read when empty); both are parameters for tests. May enable
    /// controllers in our own v2 cgroup's subtree_control; creates nothing.
    static CgroupSupport detect(const QString &root = QStringLiteral("/sys/fs/cgroup"),
                                const QByteArray &selfCgroup = {});
    /// What support says when the caller turned cgroups off (SandboxConfig::cgroups).
    static CgroupSupport disabled(const QString &why);
};

/// One run's cgroup (v2) or pair of cgroups (v1: memory and pids), made with the run's limits
/// before anything starts. The launching child joins it by writing "0" to each of procsFds()
/// between fork and exec, so bwrap and everything it starts are inside before the command runs
/// (no window in which a process could fork outside). Destroying the object kills whatever is
/// still inside and removes the cgroups; when the kernel still counts a dying process, removal
/// is retried from the event loop for a few seconds.
class RunCgroup
{
public:
    /// What the kernel counted while the run was inside.
    struct Events
    {
        qint64 oomKills = 0;    ///< processes killed for passing memory.max / the v1 limit
        qint64 pidsMaxHits = 0; ///< forks refused at pids.max
        qint64 memoryPeak = -1; ///< bytes, when the kernel reports it
    };

    /// Creates the cgroups and writes memory (= limits.addressSpaceBytes, no swap), processes and,
    /// on v2 with the cpu controller, cpu.max of one core. Fails (nothing left behind) with what
    /// went wrong; the caller then falls back to rlimits and records why.
    static Result<std::unique_ptr<RunCgroup>> create(const CgroupSupport &support, const Limits &limits);
    ~RunCgroup();
    RunCgroup(const RunCgroup &) = delete;
    RunCgroup &operator=(const RunCgroup &) = delete;

    /// Open cgroup.procs descriptors (close-on-exec) for the child to join; owned here.
    [[nodiscard]] QList<int> procsFds() const { return m_procsFds; }
    /// The cgroup directories, e.g. {"/sys/fs/cgroup/workbench-812-3"}.
    [[nodiscard]] QStringList paths() const { return m_dirs; }
    [[nodiscard]] CgroupSupport::Version version() const { return m_version; }
    [[nodiscard]] Events events() const;
    /// SIGKILL everything inside (v2: cgroup.kill when the kernel has it).
    void killAll() const;

private:
    RunCgroup() = default;
    CgroupSupport::Version m_version = CgroupSupport::Version::None;
    QStringList m_dirs; // v2: {dir}; v1: {memory dir, pids dir}
    QList<int> m_procsFds;
};

} // namespace Workbench
