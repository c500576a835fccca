// SPDX-License-Identifier: MIT
#include "sandbox/bwrapsandbox.h"

#include "sandbox/cgrouplimits.h"
#include "sandbox/netproxy.h"
#include "sandbox/processexecjob_p.h"
#include "sandbox/seccompfilter.h"
#include "sandbox/workspacehandover.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Workbench {

namespace {

const QString kWorkspace = QStringLiteral("/workspace");
const QString kScriptDir = QStringLiteral("/run/workbench");
const QString kLauncher = QStringLiteral("/run/workbench-launch");
const QStringList kNamespaces = {QStringLiteral("user"),  QStringLiteral("mount"), QStringLiteral("pid"),
                                 QStringLiteral("net"),   QStringLiteral("ipc"),   QStringLiteral("uts"),
                                 QStringLiteral("cgroup")};
// Never an extra read-only bind, nor a folder holding one: keys, tokens and credential stores in
// the user's home (relative to it).
const char *const kCredentialPlaces[] = {
    ".ssh",
    ".gnupg",
    ".aws",
    ".azure",
    ".kube",
    ".docker",
    ".netrc",
    ".git-credentials",
    ".password-store",
    ".config/gcloud",
    ".config/gh",
    ".pki",
    ".local/share/keyrings",
};
// Read-only again inside the writable workspace: files the host later runs or obeys.
const QStringList kProtected = {QStringLiteral(".git/hooks"), QStringLiteral(".git/config")};

// The command's whole environment; nothing of the app's is passed on.
const QList<QPair<QString, QString>> kSandboxEnv = {
    {QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin")},
    {QStringLiteral("HOME"), QStringLiteral("/home/agent")},
    {QStringLiteral("USER"), QStringLiteral("agent")},
    {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
    {QStringLiteral("TMPDIR"), QStringLiteral("/tmp")},
};

QString quoted(const QString &s)
{
    return QStringLiteral("\u201C") + s + QStringLiteral("\u201D");
}

Error unavailable(const QString &message, const QString &detail = {})
{
    return {QStringLiteral("sandbox_unavailable"), message, detail, {}};
}

QString readSysctl(const char *path, bool *present)
{
    QFile f(QString::fromLatin1(path));
    *present = f.open(QIODevice::ReadOnly);
    return *present ? QString::fromLatin1(f.readAll()).trimmed() : QString();
}

// Directories that must never become the writable workspace (and, as root, never be chowned).
bool isSystemPath(const QString &canonical)
{
    static const QStringList exact = {
        QStringLiteral("/"),        QStringLiteral("/home"),  QStringLiteral("/tmp"), QStringLiteral("/var"),
        QStringLiteral("/var/tmp"), QStringLiteral("/root"),  QStringLiteral("/opt"), QStringLiteral("/srv"),
        QStringLiteral("/mnt"),     QStringLiteral("/media"),
    };
    static const QStringList trees = {
        QStringLiteral("/usr"),   QStringLiteral("/etc"),     QStringLiteral("/bin"),
        QStringLiteral("/sbin"),  QStringLiteral("/lib"),     QStringLiteral("/lib32"),
        QStringLiteral("/lib64"), QStringLiteral("/libx32"),  QStringLiteral("/boot"),
        QStringLiteral("/dev"),   QStringLiteral("/proc"),    QStringLiteral("/sys"),
        QStringLiteral("/run"),   QStringLiteral("/var/lib"), QStringLiteral("/var/log"),
    };
    if (exact.contains(canonical))
        return true;
    for (const QString &t : trees) {
        if (canonical == t || canonical.startsWith(t + QLatin1Char('/')))
            return true;
    }
    return false;
}

// Can uid:gid (no supplementary groups) search every ancestor of `path`? Returns the first one it
// cannot, with its mode, or an empty string.
QString firstUnreachableAncestor(const QString &path, uid_t uid, gid_t gid, mode_t *modeOut)
{
    QStringList chain;
    for (QString p = QFileInfo(path).path();; p = QFileInfo(p).path()) {
        chain.prepend(p);
        if (p == QLatin1String("/"))
            break;
    }
    for (const QString &dir : std::as_const(chain)) {
        struct stat st
        {};
        if (::stat(QFile::encodeName(dir).constData(), &st) != 0) {
            *modeOut = 0;
            return dir;
        }
        const mode_t bit = st.st_uid == uid ? S_IXUSR : st.st_gid == gid ? S_IXGRP : S_IXOTH;
        if (!(st.st_mode & bit)) {
            *modeOut = st.st_mode & 07777;
            return dir;
        }
    }
    return {};
}

// Hands the tree to uid:gid. Never follows a symlink (they are lchown'ed themselves), never
// leaves the workspace's file system, and leaves multiply-linked files alone (a hard link could
// belong to a file outside the workspace).
Status chownTree(const QString &root, uid_t uid, gid_t gid)
{
    const auto failed = [&root](const QString &what) {
        return unavailable(
            QStringLiteral("Could not hand the workspace %1 to the sandbox user: %2. Check that "
                           "the workspace is on a local file system the app can change.")
                .arg(quoted(root), what),
            QString::fromLocal8Bit(std::strerror(errno)));
    };
    const int rootFd =
        ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (rootFd < 0)
        return failed(QStringLiteral("it cannot be opened"));
    struct stat rootSt
    {};
    if (::fstat(rootFd, &rootSt) != 0 || ::fchown(rootFd, uid, gid) != 0) {
        ::close(rootFd);
        return failed(QStringLiteral("chown of the workspace failed"));
    }

    Status result;
    // Recursion on directory fds: each level resolves one name relative to the fd above it.
    const std::function<bool(int, int)> walk = [&](int dirFd, int depth) -> bool {
        if (depth > 256) {
            result =
                unavailable(QStringLiteral("The workspace %1 is nested more than 256 folders deep; the "
                                           "workbench will not hand it over. Choose a smaller workspace.")
                                .arg(quoted(root)));
            ::close(dirFd);
            return false;
        }
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            result = failed(QStringLiteral("a folder cannot be read"));
            return false;
        }
        bool ok = true;
        while (const dirent *e = ::readdir(dir)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            struct stat st
            {};
            if (::fstatat(::dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue; // vanished meanwhile
            if (st.st_dev != rootSt.st_dev)
                continue; // another file system mounted inside: not ours to change
            const bool isDir = S_ISDIR(st.st_mode);
            if (!isDir && st.st_nlink > 1)
                continue;
            if ((st.st_uid != uid || st.st_gid != gid) &&
                ::fchownat(::dirfd(dir), e->d_name, uid, gid, AT_SYMLINK_NOFOLLOW) != 0) {
                result =
                    failed(QStringLiteral("chown of %1 failed").arg(quoted(QFile::decodeName(e->d_name))));
                ok = false;
                break;
            }
            if (isDir) {
                const int child =
                    ::openat(::dirfd(dir), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (child >= 0 && !walk(child, depth + 1)) {
                    ok = false;
                    break;
                }
            }
        }
        ::closedir(dir);
        return ok;
    };
    walk(rootFd, 0);
    return result;
}

// A sealed, read-only-from-now-on memfd holding `content`, positioned at 0 for bwrap to read.
int sealedMemfd(const char *name, const QByteArray &content)
{
    const int fd = ::memfd_create(name, MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return -1;
    const char *p = content.constData();
    qint64 left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return -1;
        }
        p += n;
        left -= n;
    }
    if (::lseek(fd, 0, SEEK_SET) != 0 ||
        ::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

QString bwrapHint(const QString &stderrText)
{
    const auto has = [&stderrText](const char *s) { return stderrText.contains(QLatin1String(s)); };
    if (has("namespace") || has("uid map") || has("setting up uid") || has("RTM_NEWADDR") ||
        has("Operation not permitted") || has("No space left on device"))
        return QStringLiteral(
            "User namespaces look disabled or restricted on this machine. Enable them "
            "(sysctl user.max_user_namespaces > 0, kernel.unprivileged_userns_clone=1) or, on "
            "Ubuntu, allow /usr/bin/bwrap in AppArmor (kernel.apparmor_restrict_unprivileged_"
            "userns). Check with: bwrap --unshare-all --ro-bind /usr /usr true");
    if (has("workbench:"))
        return QStringLiteral("The app could not switch to the unprivileged sandbox user before starting "
                              "bubblewrap.");
    return QStringLiteral("Check that bubblewrap works here: bwrap --unshare-all --ro-bind /usr /usr true");
}

int detectLandlockAbi()
{
    const long abi = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, 1U /* VERSION */);
    return abi > 0 ? int(abi) : 0;
}

QString defaultLauncherPath()
{
    const QString name = QStringLiteral("workbench-sandbox-launch");
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
        if (QFileInfo(beside).isFile())
            return beside;
    }
    return QStringLiteral(WB_SANDBOX_LAUNCHER_PATH);
}

} // namespace

struct BwrapSandbox::Policy
{
    struct Step
    {
        QByteArray op;    // bwrap option, e.g. "--ro-bind"
        QString source;   // host path, or symlink text
        QString target;   // path inside
        qint64 size = -1; // --size for a tmpfs
        QByteArray perms; // --perms for the step, if any
    };

    QString workspace; // canonical host path
    QString bwrapPath;
    bool dropPrivileges = false;
    uid_t hostUid = 0; // who the command is on the host
    gid_t hostGid = 0;
    QList<Step> steps;
    QList<QPair<QString, QByteArray>> dataFiles; // synthesized files under /etc
    QByteArray seccompProgram;                   // compiled BPF, loaded by bwrap
    QByteArray launcher;                         // workbench-sandbox-launch, placed at kLauncher
    QString launcherSource;                      // where it was read from (for describeSpec)
    // The launcher in a sealed memfd made once; each run reopens it (its own read offset)
    // instead of copying the binary again.
    int launcherFd = -1;
    int landlockAbi = 0;
    CgroupSupport cgroups;           // per-run cgroups, or why rlimits
    std::shared_ptr<NetProxy> proxy; // null: no network
    QStringList extraReadOnly;       // host paths bound read-only at the same path

    Policy() = default;
    Policy(const Policy &) = delete;
    Policy &operator=(const Policy &) = delete;
    ~Policy()
    {
        if (launcherFd >= 0)
            ::close(launcherFd);
    }
};

namespace {

using Policy = BwrapSandbox::Policy;

QString networkLayer(const Policy &p)
{
    if (!p.proxy)
        return QStringLiteral("network: off (own network namespace, loopback only)");
    const QStringList allowed = p.proxy->policy().allowedTexts();
    return QStringLiteral(
               "network: through the app's filtering proxy only; allowed: %1; other hosts are asked "
               "about")
        .arg(allowed.isEmpty() ? QStringLiteral("none yet") : allowed.join(QStringLiteral(", ")));
}

QStringList layersOf(const Policy &p)
{
    return {QStringLiteral("namespaces: ") + kNamespaces.join(QStringLiteral(", ")),
            QStringLiteral("seccomp: %1 calls denied, foreign architectures killed")
                .arg(SeccompFilter::deniedSyscalls().size()),
            p.landlockAbi > 0 ? QStringLiteral("landlock: ABI %1").arg(p.landlockAbi)
                              : QStringLiteral("landlock: none (the kernel does not offer it)"),
            QStringLiteral("limits: %1 (%2)").arg(p.cgroups.mechanism(), p.cgroups.reason), networkLayer(p)};
}

class BwrapExecJob final : public detail::ProcessExecJob
{
public:
    BwrapExecJob(std::shared_ptr<const BwrapSandbox::Policy> policy, const ExecSpec &spec, QObject *parent)
        : ProcessExecJob(spec, parent)
        , m_policy(std::move(policy))
    {}

    ~BwrapExecJob() override
    {
        abandon();
        closeFds();
        if (m_statusFd >= 0)
            ::close(m_statusFd);
    }

    [[nodiscard]] QJsonObject describeSpec() const override;

protected:
    Status prepare() override;
    void launched() override { closeFds(); } // bwrap holds its own copies now
    void killTree() override
    {
        // bwrap is the direct child; with it gone the sandbox's PID 1 gets SIGKILL
        // (--die-with-parent) and the kernel kills everything else in the PID namespace. The
        // run's cgroup, when it has one, is emptied at once as well.
        if (pid() > 0)
            ::kill(pid_t(pid()), SIGKILL);
        if (m_cgroup)
            m_cgroup->killAll();
    }
    void collectLimitEvents(ExecResult &result) override
    {
        result.limitMechanism = m_mechanism;
        result.limitMechanismReason = m_mechanismReason;
        if (m_cgroup) {
            const RunCgroup::Events e = m_cgroup->events();
            result.memoryLimitKills = e.oomKills;
            result.processLimitHits = e.pidsMaxHits;
        }
    }
    void interpretExit(int exitCode, QProcess::ExitStatus status, ExecResult &result, Error &error) override;
    [[nodiscard]] Error launchError(const QString &qtMessage) const override;
    void cleanup() override
    {
        closeFds();
        if (m_statusFd >= 0)
            ::close(std::exchange(m_statusFd, -1));
        m_cgroup.reset(); // kills leftovers, removes the cgroup (retried later if still busy)
    }

private:
    int passFd(int fd)
    {
        if (fd >= 0) {
            m_passFds.append(fd);
            if (!setup().keep(fd))
                return -1;
        }
        return fd;
    }
    void closeFds()
    {
        for (int fd : std::as_const(m_passFds))
            ::close(fd);
        m_passFds.clear();
    }
    [[nodiscard]] std::optional<int> reportedExitCode() const;
    [[nodiscard]] QStringList protectedPaths() const;
    [[nodiscard]] QString launcherFailure() const;

    std::shared_ptr<const BwrapSandbox::Policy> m_policy;
    QStringList m_protected;             // workspace-relative paths re-bound read-only for this run
    QList<int> m_passFds;                // memfds handed to bwrap; closed in the app once it started
    int m_statusFd = -1;                 // bwrap's --json-status-fd, read after it exits
    std::unique_ptr<RunCgroup> m_cgroup; // this run's cgroup; null: rlimits
    QString m_mechanism;                 // what held memory and processes for this run, and why
    QString m_mechanismReason;
};

Status BwrapExecJob::prepare()
{
    const Policy &p = *m_policy;
    const auto memfdFailed = [] {
        return unavailable(
            QStringLiteral("The sandbox could not start: the app could not create an in-memory "
                           "file for its policy (memfd_create failed)."),
            QString::fromLocal8Bit(std::strerror(errno)));
    };

    QList<QByteArray> a;
    const auto add = [&a](std::initializer_list<QByteArray> items) {
        for (const QByteArray &i : items)
            a.append(i);
    };
    add({"--unshare-user", "--unshare-all", "--disable-userns", "--cap-drop", "ALL", "--die-with-parent",
         "--new-session", "--hostname", "sandbox", "--uid", QByteArray::number(BwrapSandbox::insideUid),
         "--gid", QByteArray::number(BwrapSandbox::insideGid)});
    for (const Policy::Step &s : p.steps) {
        if (!s.perms.isEmpty())
            add({"--perms", s.perms});
        if (s.size >= 0)
            add({"--size", QByteArray::number(s.size)});
        a.append(s.op);
        if (!s.source.isEmpty())
            a.append(QFile::encodeName(s.source));
        a.append(QFile::encodeName(s.target));
    }
    // Plain files in the tmpfs root, not read-only binds: the final --remount-ro makes the whole
    // root read-only (they are owned by the sandbox's root, so no chmod either), and a file costs
    // bwrap one write where a bind costs a mount, a mountinfo scan and a remount.
    for (const auto &[target, content] : p.dataFiles) {
        const int fd = passFd(sealedMemfd("workbench-etc", content));
        if (fd < 0)
            return memfdFailed();
        add({"--perms", "0444", "--file", QByteArray::number(fd), QFile::encodeName(target)});
    }
    for (const ExecSpec::File &f : spec().files) {
        const int fd = passFd(sealedMemfd("workbench-script", f.content));
        if (fd < 0)
            return memfdFailed();
        add({"--perms", "0555", "--file", QByteArray::number(fd),
             QFile::encodeName(kScriptDir + QLatin1Char('/') + f.name)});
    }
    int launcherFd = -1;
    if (p.launcherFd >= 0) {
        // A new open file description: concurrent runs each read it from the start.
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(p.launcherFd);
        launcherFd = passFd(::open(self.constData(), O_RDONLY | O_CLOEXEC));
    }
    if (launcherFd < 0)
        launcherFd = passFd(sealedMemfd("workbench-sandbox-launch", p.launcher));
    if (launcherFd < 0)
        return memfdFailed();
    add({"--perms", "0555", "--file", QByteArray::number(launcherFd), QFile::encodeName(kLauncher)});
    m_protected = protectedPaths();
    if (!m_protected.isEmpty()) {
        // .git bound onto itself becomes a mount point, which cannot be renamed or removed:
        // otherwise `mv .git x && mkdir -p .git/hooks` would swap in writable hooks.
        add({"--bind", QFile::encodeName(p.workspace + QStringLiteral("/.git")),
             QFile::encodeName(kWorkspace + QStringLiteral("/.git"))});
    }
    for (const QString &rel : std::as_const(m_protected))
        add({"--ro-bind", QFile::encodeName(p.workspace + QLatin1Char('/') + rel),
             QFile::encodeName(kWorkspace + QLatin1Char('/') + rel)});
    for (const QString &path : p.extraReadOnly)
        add({"--ro-bind", QFile::encodeName(path), QFile::encodeName(path)});
    if (p.proxy) {
        // Only the socket itself, read-only: the sandbox can connect to it, never replace it.
        add({"--ro-bind", QFile::encodeName(p.proxy->socketPath()), BwrapSandbox::proxySocketInside});
    }
    const int seccompFd = passFd(sealedMemfd("workbench-seccomp", p.seccompProgram));
    if (seccompFd < 0)
        return memfdFailed();
    add({"--seccomp", QByteArray::number(seccompFd)});
    // Last filesystem step: the tmpfs root (and so /etc, /run) becomes read-only. Without it the
    // command could fill memory through an unlimited tmpfs at "/".
    add({"--remount-ro", "/"});
    add({"--chdir", kWorkspace.toUtf8(), "--clearenv"});
    for (const auto &[name, value] : kSandboxEnv)
        add({"--setenv", name.toUtf8(), value.toUtf8()});

    m_statusFd = ::memfd_create("workbench-bwrap-status", MFD_CLOEXEC);
    if (m_statusFd < 0 || !setup().keep(m_statusFd))
        return memfdFailed();
    add({"--json-status-fd", QByteArray::number(m_statusFd)});

    QByteArray argsData;
    for (const QByteArray &arg : std::as_const(a))
        argsData += arg + '\0';
    const int argsFd = passFd(sealedMemfd("workbench-bwrap-args", argsData));
    if (argsFd < 0)
        return memfdFailed();

    setup().dropPrivileges = p.dropPrivileges;
    setup().uid = p.hostUid;
    setup().gid = p.hostGid;
    m_mechanism = QStringLiteral("rlimits");
    m_mechanismReason = p.cgroups.reason;
    if (p.cgroups.usable()) {
        auto cgroup = RunCgroup::create(p.cgroups, spec().limits);
        bool joined = cgroup.ok();
        for (int fd : joined ? (*cgroup)->procsFds() : QList<int>())
            joined = joined && setup().joinCgroup(fd);
        if (joined) {
            m_cgroup = std::move(*cgroup);
            m_mechanism = p.cgroups.mechanism();
        } else {
            // This run only; the next one tries again.
            m_mechanismReason =
                QStringLiteral("%1 is available, but this run's cgroup could not be made (%2)")
                    .arg(p.cgroups.mechanism(),
                         cgroup.ok() ? QStringLiteral("too many cgroup files") : cgroup.error().message);
        }
    }
    // The rlimits stay with a cgroup too: they bound each process, the cgroup the run as a whole.
    applyRlimits();
    setScanRoot(p.workspace);

    // Built from nothing: bwrap's PID-1 helper keeps this environment for the sandbox's lifetime.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    process()->setProcessEnvironment(env);
    process()->setWorkingDirectory(QStringLiteral("/"));
    process()->setProgram(p.bwrapPath);
    QStringList launcherArgs{QStringLiteral("--args"),
                             QString::number(argsFd),
                             QStringLiteral("--"),
                             kLauncher,
                             QStringLiteral("--nproc"),
                             QString::number(spec().limits.normalized().processes),
                             QStringLiteral("--landlock-abi"),
                             QString::number(p.landlockAbi)};
    if (p.proxy)
        launcherArgs << QStringLiteral("--proxy-socket") << QLatin1String(BwrapSandbox::proxySocketInside);
    process()->setArguments(launcherArgs + QStringList{QStringLiteral("--")} + spec().argv);
    return {};
}

std::optional<int> BwrapExecJob::reportedExitCode() const
{
    if (m_statusFd < 0)
        return std::nullopt;
    // bwrap writes one JSON document per line: {"child-pid": N, ...} once the sandbox process
    // exists, {"exit-code": N} only once the command itself ran and ended.
    QByteArray data;
    char buf[4096];
    for (off_t off = 0; data.size() < 65536;) {
        const ssize_t n = ::pread(m_statusFd, buf, sizeof buf, off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buf, n);
        off += n;
    }
    std::optional<int> code;
    for (const QByteArray &line : data.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
        const QJsonValue v = o.value(QLatin1String("exit-code"));
        if (v.isDouble())
            code = v.toInt();
    }
    return code;
}

QStringList BwrapExecJob::protectedPaths() const
{
    // Only a real .git directory holding a real hooks directory / config file: a symlink planted
    // by an earlier run is never followed (bwrap would resolve it on the host and bind its target).
    QStringList out;
    const QByteArray ws = QFile::encodeName(m_policy->workspace);
    const int wsFd = ::open(ws.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (wsFd < 0)
        return out;
    const int gitFd = ::openat(wsFd, ".git", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (gitFd >= 0) {
        struct stat st
        {};
        if (::fstatat(gitFd, "hooks", &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
            out << kProtected.at(0);
        if (::fstatat(gitFd, "config", &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
            out << kProtected.at(1);
        ::close(gitFd);
    }
    ::close(wsFd);
    return out;
}

QString BwrapExecJob::launcherFailure() const
{
    const QString err = QString::fromUtf8(capturedStderr());
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("workbench-sandbox-launch: ")))
            return line.trimmed();
    }
    return {};
}

void BwrapExecJob::interpretExit(int exitCode, QProcess::ExitStatus status, ExecResult &result, Error &error)
{
    if (status == QProcess::CrashExit) {
        // Something outside the job killed bwrap itself; the sandbox went down with it.
        result.end = ExecResult::End::Signaled;
        result.signal = exitCode;
        return;
    }
    if (const auto code = reportedExitCode()) {
        // 126/127 with the launcher's own line: the command never ran.
        const QString launcher = (*code == 126 || *code == 127) ? launcherFailure() : QString();
        if (launcher.contains(QLatin1String(": cannot run \""))) {
            result.end = ExecResult::End::FailedToStart;
            error = {
                QStringLiteral("sandbox_command_not_found"),
                QStringLiteral("The sandbox could not start the command %1: %2. Only programs under /usr "
                               "are available inside the sandbox; check the name.")
                    .arg(quoted(spec().argv.value(0)), launcher),
                QString::fromUtf8(capturedStderr()).left(4096),
                {}};
            return;
        }
        if (!launcher.isEmpty() && *code == 126) {
            result.end = ExecResult::End::FailedToStart;
            error =
                unavailable(QStringLiteral("The sandbox could not start: %1. Nothing was run.").arg(launcher),
                            QString::fromUtf8(capturedStderr()).left(4096));
            return;
        }
        result.end = ExecResult::End::Exited;
        result.exitCode = *code;
        return;
    }

    // bwrap ended without the command ever running: setting up the sandbox failed.
    result.end = ExecResult::End::FailedToStart;
    const QString err = QString::fromUtf8(capturedStderr()).trimmed();
    QStringList bwrapLines;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("bwrap:")) || line.startsWith(QLatin1String("workbench:")))
            bwrapLines.append(line.trimmed());
    }
    const QString said = bwrapLines.isEmpty()
                             ? QStringLiteral("bubblewrap exited with status %1").arg(exitCode)
                             : bwrapLines.join(QLatin1String("; "));
    if (said.contains(QLatin1String("execvp"))) {
        error = {
            QStringLiteral("sandbox_command_not_found"),
            QStringLiteral("The sandbox could not start the command %1: %2. Only programs under /usr are "
                           "available inside the sandbox; check the name.")
                .arg(quoted(spec().argv.value(0)), said),
            err.left(4096),
            {}};
        return;
    }
    error = unavailable(QStringLiteral("The sandbox could not start: %1. %2").arg(said, bwrapHint(err)),
                        err.left(4096));
}

Error BwrapExecJob::launchError(const QString &qtMessage) const
{
    return unavailable(
        QStringLiteral("The sandbox could not start: bubblewrap could not be run from %1. Install "
                       "it (apt install bubblewrap) or configure the path of the system's bwrap. "
                       "Nothing was run.")
            .arg(quoted(m_policy->bwrapPath)),
        qtMessage);
}

QJsonObject BwrapExecJob::describeSpec() const
{
    const Policy &p = *m_policy;
    QJsonArray binds;
    for (const Policy::Step &s : p.steps) {
        QJsonObject b;
        b.insert(QStringLiteral("type"), QString::fromLatin1(s.op.mid(2)));
        if (!s.source.isEmpty())
            b.insert(QStringLiteral("source"), s.source);
        b.insert(QStringLiteral("target"), s.target);
        if (s.size >= 0)
            b.insert(QStringLiteral("sizeBytes"), s.size);
        binds.append(b);
    }
    for (const auto &entry : p.dataFiles) {
        binds.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file")},
                                 {QStringLiteral("target"), entry.first},
                                 {QStringLiteral("bytes"), qint64(entry.second.size())}});
    }
    QJsonArray files;
    for (const ExecSpec::File &f : spec().files) {
        files.append(QJsonObject{{QStringLiteral("path"), QString(kScriptDir + QLatin1Char('/') + f.name)},
                                 {QStringLiteral("bytes"), qint64(f.content.size())}});
    }
    QJsonObject env;
    for (const auto &[name, value] : kSandboxEnv)
        env.insert(name, value);

    QJsonObject o;
    o.insert(QStringLiteral("kind"), QStringLiteral("bubblewrap"));
    o.insert(QStringLiteral("argv"), QJsonArray::fromStringList(spec().argv));
    o.insert(QStringLiteral("cwd"), kWorkspace);
    o.insert(QStringLiteral("workspace"), QJsonObject{{QStringLiteral("host"), p.workspace},
                                                      {QStringLiteral("sandbox"), kWorkspace},
                                                      {QStringLiteral("writable"), true}});
    o.insert(QStringLiteral("uid"), QJsonObject{{QStringLiteral("host"), qint64(p.hostUid)},
                                                {QStringLiteral("sandbox"), qint64(BwrapSandbox::insideUid)},
                                                {QStringLiteral("droppedFromRoot"), p.dropPrivileges}});
    binds.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("remount-ro")},
                             {QStringLiteral("target"), QStringLiteral("/")}});
    o.insert(QStringLiteral("binds"), binds);
    o.insert(QStringLiteral("files"), files);
    o.insert(QStringLiteral("env"), env);
    o.insert(QStringLiteral("network"), bool(p.proxy));
    QJsonObject net{{QStringLiteral("mode"), p.proxy ? QStringLiteral("proxy") : QStringLiteral("off")}};
    if (p.proxy) {
        QJsonArray rules;
        for (const DomainRule &r : p.proxy->policy().rules()) {
            QJsonObject ro{{QStringLiteral("rule"), r.text},
                           {QStringLiteral("kind"), r.kind == DomainRule::Kind::Allow
                                                        ? QStringLiteral("allow")
                                                        : QStringLiteral("deny")},
                           {QStringLiteral("source"), r.source}};
            if (r.reachPrivate)
                ro.insert(QStringLiteral("reachPrivate"), true);
            rules.append(ro);
        }
        net.insert(QStringLiteral("rules"), rules);
        net.insert(QStringLiteral("allowed"), QJsonArray::fromStringList(p.proxy->policy().allowedTexts()));
        net.insert(QStringLiteral("unknownHosts"), QStringLiteral("ask"));
        net.insert(QStringLiteral("socket"), QLatin1String(BwrapSandbox::proxySocketInside));
    }
    o.insert(QStringLiteral("networkAccess"), net);
    o.insert(QStringLiteral("extraReadOnly"), QJsonArray::fromStringList(p.extraReadOnly));
    o.insert(QStringLiteral("capabilities"), QStringLiteral("none"));
    o.insert(QStringLiteral("namespaces"), QJsonArray::fromStringList(kNamespaces));
    o.insert(QStringLiteral("timeoutMs"), spec().timeoutMs);
    QJsonObject limits = spec().limits.normalized().toJson();
    limits.insert(QStringLiteral("wallTimeMs"), spec().timeoutMs);
    limits.insert(QStringLiteral("outputCapBytes"), spec().outputCapBytes);
    limits.insert(QStringLiteral("outputKillBytes"), spec().outputKillBytes);
    limits.insert(QStringLiteral("tmpBytes"), BwrapSandbox::tmpBytes);
    limits.insert(QStringLiteral("homeBytes"), BwrapSandbox::homeBytes);
    // Before start: what the sandbox will try; once the run is prepared: what this run got.
    limits.insert(QStringLiteral("mechanism"), m_mechanism.isEmpty() ? p.cgroups.mechanism() : m_mechanism);
    limits.insert(QStringLiteral("mechanismReason"),
                  m_mechanism.isEmpty() ? p.cgroups.reason : m_mechanismReason);
    if (m_cgroup)
        limits.insert(QStringLiteral("cgroups"), QJsonArray::fromStringList(m_cgroup->paths()));
    o.insert(QStringLiteral("limits"), limits);
    o.insert(
        QStringLiteral("seccomp"),
        QJsonObject{{QStringLiteral("denied"), QJsonArray::fromStringList(SeccompFilter::deniedSyscalls())},
                    {QStringLiteral("badArch"), QStringLiteral("kill")},
                    {QStringLiteral("socketFamilies"), QStringLiteral("unix, inet, inet6")}});
    o.insert(QStringLiteral("landlockAbi"), p.landlockAbi);
    QStringList protectedNow;
    for (const QString &rel : m_protected.isEmpty() ? protectedPaths() : m_protected)
        protectedNow << kWorkspace + QLatin1Char('/') + rel;
    o.insert(QStringLiteral("readOnlyInWorkspace"), QJsonArray::fromStringList(protectedNow));
    o.insert(QStringLiteral("launcher"), p.launcherSource);
    o.insert(QStringLiteral("stdinBytes"), qint64(spec().stdinData.size()));
    o.insert(QStringLiteral("bwrap"), p.bwrapPath);
    o.insert(QStringLiteral("layers"), QJsonArray::fromStringList(layersOf(p)));
    return o;
}

// The kernel switches that forbid the user namespaces bwrap needs, each with its fix. Checked
// before anything touches the workspace, and again by preflight().
Status hostAllowsUserNamespaces()
{
    bool present = false;
    const QString maxNs = readSysctl("/proc/sys/user/max_user_namespaces", &present);
    if (present && maxNs.toLongLong() <= 0)
        return unavailable(QStringLiteral("The sandbox cannot start: user namespaces are disabled "
                                          "(user.max_user_namespaces = %1). Enable them: sysctl -w "
                                          "user.max_user_namespaces=15000")
                               .arg(maxNs));
    const QString clone = readSysctl("/proc/sys/kernel/unprivileged_userns_clone", &present);
    if (present && clone != QLatin1String("1"))
        return unavailable(
            QStringLiteral("The sandbox cannot start: unprivileged user namespaces are disabled "
                           "(kernel.unprivileged_userns_clone = %1). Enable them: sysctl -w "
                           "kernel.unprivileged_userns_clone=1")
                .arg(clone));
    const QString apparmor = readSysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns", &present);
    // Ubuntu 24.04+ ships a profile that lets the system bwrap create namespaces despite the switch.
    if (present && apparmor == QLatin1String("1") &&
        !QFileInfo::exists(QStringLiteral("/etc/apparmor.d/bwrap-userns-restrict")))
        return unavailable(
            QStringLiteral("The sandbox cannot start: AppArmor restricts unprivileged user "
                           "namespaces (kernel.apparmor_restrict_unprivileged_userns = 1) and no "
                           "profile allows bwrap. Install an AppArmor profile for /usr/bin/bwrap "
                           "(Ubuntu: apparmor's bwrap-userns-restrict) or run: sysctl -w "
                           "kernel.apparmor_restrict_unprivileged_userns=0"));
    return {};
}

} // namespace

Result<std::unique_ptr<BwrapSandbox>> BwrapSandbox::create(const SandboxConfig &config)
{
    if (config.workspace.isEmpty())
        return unavailable(
            QStringLiteral("No workspace folder was chosen. Pass --workspace DIR or pick a folder "
                           "in the settings."));
    const QFileInfo info(config.workspace);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(canonical).isDir())
        return unavailable(QStringLiteral("The workspace %1 does not exist or is not a folder. Create it or "
                                          "choose another one.")
                               .arg(quoted(config.workspace)));
    if (isSystemPath(canonical))
        return unavailable(QStringLiteral("The workspace %1 is a system folder; the sandbox would make it "
                                          "writable. Choose a project folder instead, e.g. under /var/tmp or "
                                          "your home.")
                               .arg(quoted(canonical)));
    if (!config.bwrapPath.startsWith(QLatin1Char('/')))
        return unavailable(QStringLiteral("The bubblewrap path %1 must be absolute (the system's "
                                          "/usr/bin/bwrap), so no other program can be picked up from PATH.")
                               .arg(quoted(config.bwrapPath)));

    auto policy = std::make_shared<Policy>();
    policy->workspace = canonical;
    policy->bwrapPath = config.bwrapPath;
    policy->dropPrivileges = ::geteuid() == 0;
    policy->hostUid = policy->dropPrivileges ? uid_t(config.sandboxUid) : ::geteuid();
    policy->hostGid = policy->dropPrivileges ? gid_t(config.sandboxGid) : ::getegid();
    // As root on a folder an ordinary user owns (sudo in a project, say), run as that user:
    // nothing of theirs changes owner. Only root-owned workspaces are handed to the sandbox uid.
    bool handOver = policy->dropPrivileges;
    struct stat wsStat
    {};
    if (policy->dropPrivileges && ::stat(QFile::encodeName(canonical).constData(), &wsStat) == 0 &&
        wsStat.st_uid != 0 && wsStat.st_gid != 0) {
        policy->hostUid = wsStat.st_uid;
        policy->hostGid = wsStat.st_gid;
        handOver = false;
    }

    // A host that forbids user namespaces gets its reason before the workspace changes owner.
    if (Status ns = hostAllowsUserNamespaces(); !ns)
        return ns.error();

    if (policy->dropPrivileges) {
        if (config.sandboxUid == 0 || config.sandboxGid == 0)
            return unavailable(
                QStringLiteral("The app runs as root, and the sandbox user must not be root too. "
                               "Configure an unprivileged sandbox uid and gid (default 65534)."));
        mode_t mode = 0;
        const QString blocked = firstUnreachableAncestor(canonical, policy->hostUid, policy->hostGid, &mode);
        if (!blocked.isEmpty())
            return unavailable(
                QStringLiteral("The sandbox runs as the unprivileged user %1, which cannot reach %2 "
                               "because %3 is private (mode %4). Choose a workspace outside it, "
                               "e.g. under /var/tmp.")
                    .arg(policy->hostUid)
                    .arg(canonical, blocked)
                    .arg(mode, 4, 8, QLatin1Char('0')));
        if (handOver) {
            // [perf: off the GUI thread] The walk runs on a pool thread (a lchown per entry is
            // seconds on a large tree); jobs and checkpoints wait for it there, and a failure
            // fails the first job with this message (sandbox/workspacehandover.h).
            WorkspaceHandOver::begin(canonical, [canonical, uid = policy->hostUid, gid = policy->hostGid] {
                return chownTree(canonical, uid, gid);
            });
        }
    }

    // Fail closed: without its system-call filter or its launcher the sandbox does not run.
    auto program = SeccompFilter::build();
    if (!program.ok())
        return program.error();
    policy->seccompProgram = *program;
    policy->launcherSource = config.launcherPath.isEmpty() ? defaultLauncherPath() : config.launcherPath;
    {
        QFile launcher(policy->launcherSource);
        if (!launcher.open(QIODevice::ReadOnly) || (policy->launcher = launcher.read(64 << 20)).isEmpty())
            return unavailable(
                QStringLiteral("The sandbox cannot start: its launcher %1 is missing or unreadable. "
                               "Reinstall the app (workbench-sandbox-launch belongs next to agent-workbench) "
                               "or rebuild the target workbench-sandbox-launch.")
                    .arg(quoted(policy->launcherSource)),
                launcher.errorString());
    }
    policy->launcherFd = sealedMemfd("workbench-sandbox-launch", policy->launcher);
    policy->landlockAbi = detectLandlockAbi();
    policy->cgroups =
        config.cgroups == SandboxConfig::Cgroups::Off
            ? CgroupSupport::disabled(QStringLiteral("cgroups were turned off for this sandbox"))
            : CgroupSupport::detect();

    for (const QString &extra : config.extraReadOnly) {
        auto checked = checkExtraReadOnly(extra, canonical);
        if (!checked)
            return checked.error();
        if (!policy->extraReadOnly.contains(*checked))
            policy->extraReadOnly << *checked;
    }

    if (config.networkProxy) {
        NetProxy &proxy = *config.networkProxy;
        Status ready = proxy.isListening() ? Status() : proxy.listen();
        if (ready && policy->dropPrivileges)
            ready = proxy.shareWith(int(policy->hostUid), int(policy->hostGid));
        if (!ready)
            return ready.error();
        policy->proxy = config.networkProxy;
    }

    using Step = Policy::Step;
    QList<Step> &s = policy->steps;
    const auto step = [](QByteArray op, QString source, QString target, qint64 size = -1,
                         QByteArray perms = {}) {
        return Step{std::move(op), std::move(source), std::move(target), size, std::move(perms)};
    };
    s.append(step("--ro-bind", QStringLiteral("/usr"), QStringLiteral("/usr")));
    // Merged /usr (Debian 12): /bin etc. are links into /usr; mirror what the host has.
    for (const char *name : {"bin", "sbin", "lib", "lib64", "lib32", "libx32"}) {
        const QString path = QLatin1Char('/') + QLatin1String(name);
        const QFileInfo fi(path);
        if (fi.isSymLink()) {
            const QString target = fi.symLinkTarget();
            if (target.startsWith(QLatin1String("/usr/")))
                s.append(step("--symlink", target.mid(1), path));
        } else if (fi.isDir()) {
            s.append(step("--ro-bind", path, path));
        }
    }
    s.append(step("--dir", {}, QStringLiteral("/etc"), -1, "0755"));
    for (const char *name : {"ld.so.cache", "alternatives", "ssl/certs", "localtime"}) {
        const QString path = QStringLiteral("/etc/") + QLatin1String(name);
        if (!QFileInfo::exists(path))
            continue;
        // A link into /usr (localtime on Debian) is recreated as that link: what it names is
        // visible already, and a link costs no mount (each bind is three steps for bwrap).
        if (const QFileInfo fi(path);
            fi.isSymLink() && fi.symLinkTarget().startsWith(QLatin1String("/usr/")) &&
            QFileInfo(fi.symLinkTarget()).canonicalFilePath() == fi.canonicalFilePath()) {
            s.append(step("--symlink", fi.symLinkTarget(), path));
            continue;
        }
        if (path.startsWith(QLatin1String("/etc/ssl/")))
            s.append(step("--dir", {}, QStringLiteral("/etc/ssl"), -1, "0755"));
        s.append(step("--ro-bind", path, path));
    }
    s.append(step("--proc", {}, QStringLiteral("/proc")));
    s.append(step("--dev", {}, QStringLiteral("/dev")));
    s.append(step("--tmpfs", {}, QStringLiteral("/tmp"), tmpBytes));
    s.append(step("--tmpfs", {}, QStringLiteral("/home/agent"), homeBytes));
    s.append(step("--bind", canonical, kWorkspace));
    s.append(step("--dir", {}, kScriptDir, -1, "0755"));

    const QByteArray uid = QByteArray::number(insideUid), gid = QByteArray::number(insideGid);
    policy->dataFiles = {
        {QStringLiteral("/etc/passwd"), "root:x:0:0:root:/root:/usr/sbin/nologin\n"
                                        "agent:x:" +
                                            uid + ':' + gid +
                                            ":Agent:/home/agent:/bin/bash\n"
                                            "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"},
        {QStringLiteral("/etc/group"), "root:x:0:\nagent:x:" + gid + ":\nnogroup:x:65534:\n"},
        {QStringLiteral("/etc/hosts"),
         "127.0.0.1\tlocalhost sandbox\n::1\tlocalhost ip6-localhost ip6-loopback\n"},
    };

    return std::unique_ptr<BwrapSandbox>(new BwrapSandbox(std::move(policy)));
}

Result<QString> BwrapSandbox::checkExtraReadOnly(const QString &path, const QString &workspace)
{
    const auto refuse = [&path](const QString &why) {
        return Error{QStringLiteral("sandbox_bad_extra_read_only"),
                     QStringLiteral("The extra read-only path %1 cannot be bound into the sandbox: %2.")
                         .arg(quoted(path), why),
                     {},
                     {}};
    };
    if (!QDir::isAbsolutePath(path))
        return refuse(QStringLiteral("it is not an absolute path; give it from the root, e.g. /opt/rust"));
    // Symlinks are resolved here, on the host, so what is shown is what is bound.
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    if (c.isEmpty())
        return refuse(QStringLiteral("it does not exist"));
    if (c == QLatin1String("/"))
        return refuse(QStringLiteral("it is the whole file system"));
    const auto within = [&c](const QString &place) {
        return c == place || c.startsWith(place + QLatin1Char('/'));
    };
    const auto covers = [&c](const QString &place) { return place.startsWith(c + QLatin1Char('/')); };
    for (const char *kernel : {"/proc", "/sys", "/dev"}) {
        if (within(QLatin1String(kernel)))
            return refuse(QStringLiteral("it is under %1, which exposes the host's kernel and devices")
                              .arg(QLatin1String(kernel)));
    }
    const QFileInfo target(c);
    if (!target.isDir() && !target.isFile())
        return refuse(QStringLiteral("it is neither a folder nor a regular file"));
    for (const QString &home : {QDir::homePath(), QFileInfo(QDir::homePath()).canonicalFilePath()}) {
        if (!home.isEmpty() && home != QLatin1String("/") && (c == home || covers(home)))
            return refuse(QStringLiteral("it is your home folder or contains it (%1); name the one "
                                         "folder the commands need instead")
                              .arg(home));
        // A toolchain in the home (~/.pyenv) may be listed; where keys and tokens live may not.
        for (const char *secret : kCredentialPlaces) {
            const QString place = home + QLatin1Char('/') + QLatin1String(secret);
            if (!home.isEmpty() && (within(place) || covers(place)))
                return refuse(QStringLiteral("it holds or is inside %1, where keys and credentials are kept")
                                  .arg(place));
        }
    }
    // Every user's home: the folders that hold them, never one as a whole.
    for (const char *homes : {"/home", "/root"}) {
        const QString h = QLatin1String(homes);
        if (c == h || covers(h))
            return refuse(QStringLiteral("it is or contains %1, where the users' home folders are").arg(h));
    }
    // The app's own settings, remembered permissions, transcripts and workspaces.
    const QString appName = QStringLiteral("/agent-workbench");
    for (const QString &base : {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)}) {
        if (base.isEmpty())
            continue;
        const QString mine = base + appName;
        for (const QString &own : {mine, QFileInfo(mine).canonicalFilePath()}) {
            if (!own.isEmpty() && (within(own) || covers(own)))
                return refuse(QStringLiteral("it holds the app's own settings or data (%1)").arg(own));
        }
    }
    if (!workspace.isEmpty() && (c == workspace || covers(workspace)))
        return refuse(QStringLiteral("it is the workspace or contains it; the workspace is bound already"));
    // The sandbox's own places: binding over them would replace or widen what it sees there.
    static const QStringList ours = {QStringLiteral("/usr"),        QStringLiteral("/etc"),
                                     QStringLiteral("/tmp"),        QStringLiteral("/run"),
                                     QStringLiteral("/home/agent"), kWorkspace};
    for (const QString &o : ours) {
        if (within(o) || covers(o))
            return refuse(QStringLiteral("it overlaps %1, which the sandbox provides itself").arg(o));
    }
    return c;
}

BwrapSandbox::BwrapSandbox(std::shared_ptr<const Policy> policy)
    : m_policy(std::move(policy))
{}

BwrapSandbox::~BwrapSandbox() = default;

QString BwrapSandbox::kind() const
{
    return QStringLiteral("bubblewrap");
}

Status BwrapSandbox::preflight() const
{
    const QString &bwrap = m_policy->bwrapPath;
    struct stat st
    {};
    if (::stat(QFile::encodeName(bwrap).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return unavailable(
            QStringLiteral("The sandbox cannot start: bubblewrap was not found at %1. Install it "
                           "(apt install bubblewrap) or configure the path of the system's bwrap.")
                .arg(quoted(bwrap)));
    // As root the child execs bwrap as the sandbox uid, so "others" must be allowed to run it.
    const bool runnable = m_policy->dropPrivileges
                              ? (st.st_mode & S_IXOTH) != 0
                              : ::access(QFile::encodeName(bwrap).constData(), X_OK) == 0;
    if (!runnable)
        return unavailable(
            QStringLiteral("The sandbox cannot start: %1 is not executable by uid %2. Reinstall "
                           "bubblewrap (apt install --reinstall bubblewrap).")
                .arg(quoted(bwrap))
                .arg(m_policy->hostUid));

    if (Status ns = hostAllowsUserNamespaces(); !ns)
        return ns;

    if (!QFileInfo(m_policy->workspace).isDir())
        return unavailable(QStringLiteral("The workspace %1 no longer exists. Choose another folder.")
                               .arg(quoted(m_policy->workspace)));
    return {};
}

QString BwrapSandbox::workspacePath() const
{
    return kWorkspace;
}

QString BwrapSandbox::scriptPath(const QString &name) const
{
    return kScriptDir + QLatin1Char('/') + name;
}

QString BwrapSandbox::hostWorkspace() const
{
    return m_policy->workspace;
}

std::pair<int, int> BwrapSandbox::hostFileOwner() const
{
    if (!m_policy->dropPrivileges)
        return {-1, -1};
    return {int(m_policy->hostUid), int(m_policy->hostGid)};
}

ExecJob *BwrapSandbox::createJob(const ExecSpec &spec, QObject *parent)
{
    return new BwrapExecJob(m_policy, spec, parent);
}

bool BwrapSandbox::dropsPrivileges() const
{
    return m_policy->dropPrivileges;
}

QStringList BwrapSandbox::activeLayers() const
{
    return layersOf(*m_policy);
}

int BwrapSandbox::landlockAbi() const
{
    return m_policy->landlockAbi;
}

QString BwrapSandbox::limitMechanism() const
{
    return m_policy->cgroups.mechanism();
}

QString BwrapSandbox::limitMechanismReason() const
{
    return m_policy->cgroups.reason;
}

QStringList BwrapSandbox::extraReadOnly() const
{
    return m_policy->extraReadOnly;
}

std::shared_ptr<NetProxy> BwrapSandbox::networkProxy() const
{
    return m_policy->proxy;
}

WorkspaceFs BwrapSandbox::makeWorkspaceFs() const
{
    WorkspaceFs fs(m_policy->workspace);
    if (m_policy->dropPrivileges)
        fs.setOwner(m_policy->hostUid, m_policy->hostGid);
    return fs;
}

} // namespace Workbench
