// SPDX-License-Identifier: MIT
#include "sandbox/cgrouplimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Workbench {

namespace {

constexpr char kRunPrefix[] = "workbench-run-";
constexpr int kRemoveRetryMs = 25;
constexpr int kRemoveRetries = 400; // ten seconds for a dying sandbox to leave its cgroup

QByteArray readSmall(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(1 << 16) : QByteArray();
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// One write(2) of `value` to a cgroup control file: the kernel takes or refuses it whole.
bool writeControl(const QString &path, const QByteArray &value)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::write(fd, value.constData(), size_t(value.size()));
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return n == value.size();
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// "key value" lines (memory.events, pids.events, memory.oom_control): the value of `key`, or 0.
qint64 keyedValue(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 2 && parts.at(0) == key)
            return parts.at(1).toLongLong();
    }
    return 0;
}

QString joinPath(const QString &mount, const QString &cgroupPath)
{
    return cgroupPath == QLatin1String("/") ? mount : mount + cgroupPath;
}

// The mount of a v1 hierarchy holding `controller` ("memory", or "cpu,cpuacct"-style names).
QString v1Mount(const QString &root, const QString &controller)
{
    if (QFileInfo(root + QLatin1Char('/') + controller).isDir())
        return root + QLatin1Char('/') + controller;
    const QStringList entries = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        if (name.split(QLatin1Char(',')).contains(controller))
            return root + QLatin1Char('/') + name;
    }
    return {};
}

// Cgroups a crashed earlier instance left behind: empty ones of processes that are gone.
void removeStale(const QString &parent)
{
    const QStringList entries = QDir(parent).entryList({QLatin1String(kRunPrefix) + QLatin1Char('*')},
                                                       QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        const qint64 pid = name.mid(int(sizeof kRunPrefix) - 1).section(QLatin1Char('-'), 0, 0).toLongLong();
        if (pid > 0 && pid != ::getpid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            ::rmdir(QFile::encodeName(parent + QLatin1Char('/') + name).constData()); // fails if in use
    }
}

bool removeDirs(const QStringList &dirs)
{
    bool all = true;
    for (const QString &dir : dirs) {
        if (::rmdir(QFile::encodeName(dir).constData()) != 0 && errno != ENOENT)
            all = false;
    }
    return all;
}

void killInside(const QStringList &dirs, CgroupSupport::Version version)
{
    for (const QString &dir : dirs) {
        // cgroup.kill (Linux 5.14) takes the whole cgroup down at once, forks in flight included.
        if (version == CgroupSupport::Version::V2 && writeControl(dir + QStringLiteral("/cgroup.kill"), "1"))
            continue;
        const QByteArray procs = readSmall(dir + QStringLiteral("/cgroup.procs"));
        for (const QByteArray &line : procs.split('\n')) {
            if (const qint64 pid = line.trimmed().toLongLong(); pid > 0)
                ::kill(pid_t(pid), SIGKILL);
        }
    }
}

struct Self
{
    QString v2Path;                  // null: no v2 line
    QHash<QString, QString> v1Paths; // controller → path
};

Self parseSelf(const QByteArray &text)
{
    Self s;
    for (const QByteArray &line : text.split('\n')) {
        const int a = line.indexOf(':');
        const int b = a < 0 ? -1 : line.indexOf(':', a + 1);
        if (b < 0)
            continue;
        const QByteArray controllers = line.mid(a + 1, b - a - 1);
        const QString path = QString::fromUtf8(line.mid(b + 1).trimmed());
        if (line.left(a) == "0" && controllers.isEmpty())
            s.v2Path = path;
        else
            for (const QByteArray &c : controllers.split(','))
                s.v1Paths.insert(QString::fromUtf8(c), path);
    }
    return s;
}

} // namespace

QString CgroupSupport::mechanism() const
{
    switch (version) {
    case Version::V2:
        return QStringLiteral("cgroup v2");
    case Version::V1:
        return QStringLiteral("cgroup v1");
    case Version::None:
        break;
    }
    return QStringLiteral("rlimits");
}

CgroupSupport CgroupSupport::disabled(const QString &why)
{
    CgroupSupport s;
    s.reason = why;
    return s;
}

CgroupSupport CgroupSupport::detect(const QString &root, const QByteArray &selfCgroup)
{
    const Self self =
        parseSelf(selfCgroup.isEmpty() ? readSmall(QStringLiteral("/proc/self/cgroup")) : selfCgroup);
    QStringList why;
    QString v2Note; // said again when v1 is used instead

    // cgroup v2: the whole tree at root (unified) or at root/unified (hybrid).
    QString v2Mount;
    if (QFileInfo::exists(root + QStringLiteral("/cgroup.controllers")))
        v2Mount = root;
    else if (QFileInfo::exists(root + QStringLiteral("/unified/cgroup.controllers")))
        v2Mount = root + QStringLiteral("/unified");
    if (self.v2Path.isNull() || v2Mount.isEmpty()) {
        why << QStringLiteral("no cgroup v2 hierarchy is mounted at %1").arg(root);
    } else {
        const QString dir = joinPath(v2Mount, self.v2Path);
        const QStringList offered = QString::fromUtf8(readSmall(dir + QStringLiteral("/cgroup.controllers")))
                                        .simplified()
                                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!offered.contains(QLatin1String("memory")) || !offered.contains(QLatin1String("pids"))) {
            v2Note =
                QStringLiteral("the cgroup v2 tree offers our cgroup %1 no memory and pids controllers "
                               "(only: %2)")
                    .arg(dir, offered.isEmpty() ? QStringLiteral("none") : offered.join(QLatin1Char(' ')));
            why << v2Note;
        } else if (!writable(dir) || !writable(dir + QStringLiteral("/cgroup.subtree_control"))) {
            why << QStringLiteral("our cgroup v2 %1 is not writable by this user (not delegated to it)")
                       .arg(dir);
        } else {
            const QStringList enabled =
                QString::fromUtf8(readSmall(dir + QStringLiteral("/cgroup.subtree_control")))
                    .simplified()
                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok = true;
            for (const char *c : {"memory", "pids"}) {
                if (enabled.contains(QLatin1String(c)))
                    continue;
                if (!writeControl(dir + QStringLiteral("/cgroup.subtree_control"), QByteArray("+") + c)) {
                    const bool busy = errno == EBUSY;
                    why << QStringLiteral(
                               "the %1 controller cannot be enabled for children of our cgroup v2 %2 "
                               "(%3)%4")
                               .arg(QLatin1String(c), dir, lastError(),
                                    busy ? QStringLiteral(
                                               ": it holds processes of its own; start the app in a "
                                               "delegated cgroup, e.g. systemd-run --user --scope -p "
                                               "Delegate=yes agent-workbench")
                                         : QString());
                    ok = false;
                    break;
                }
            }
            if (ok) {
                CgroupSupport s;
                s.version = Version::V2;
                s.memoryParent = s.pidsParent = dir;
                s.cpu = offered.contains(QLatin1String("cpu")) &&
                        (enabled.contains(QLatin1String("cpu")) ||
                         writeControl(dir + QStringLiteral("/cgroup.subtree_control"), "+cpu"));
                s.reason = QStringLiteral("each run gets its own cgroup under %1 (memory.max, pids.max%2); "
                                          "the per-process rlimits apply as well")
                               .arg(dir, s.cpu ? QStringLiteral(", cpu.max of one core") : QString());
                removeStale(dir);
                return s;
            }
        }
    }

    // cgroup v1 (hybrid): separate memory and pids hierarchies, both ours to write.
    const QString memPath = self.v1Paths.value(QStringLiteral("memory"));
    const QString pidsPath = self.v1Paths.value(QStringLiteral("pids"));
    const QString memMount = v1Mount(root, QStringLiteral("memory"));
    const QString pidsMount = v1Mount(root, QStringLiteral("pids"));
    if (memPath.isEmpty() || pidsPath.isEmpty() || memMount.isEmpty() || pidsMount.isEmpty()) {
        why << QStringLiteral("no cgroup v1 memory and pids hierarchies");
    } else {
        const QString memDir = joinPath(memMount, memPath);
        const QString pidsDir = joinPath(pidsMount, pidsPath);
        // cgroup.procs: a hierarchy's root has no pids.max of its own, its children do.
        if (!QFileInfo::exists(memDir + QStringLiteral("/cgroup.procs")) ||
            !QFileInfo::exists(pidsDir + QStringLiteral("/cgroup.procs"))) {
            why << QStringLiteral("our cgroup v1 memory and pids cgroups (%1, %2) are not visible here")
                       .arg(memDir, pidsDir);
        } else if (!writable(memDir) || !writable(pidsDir)) {
            why << QStringLiteral("our cgroup v1 memory and pids cgroups (%1, %2) are not writable by this "
                                  "user (not delegated to it)")
                       .arg(memDir, pidsDir);
        } else {
            CgroupSupport s;
            s.version = Version::V1;
            s.memoryParent = memDir;
            s.pidsParent = pidsDir;
            s.reason =
                QStringLiteral("each run gets its own memory and pids cgroups under %1 and %2; the "
                               "per-process rlimits apply as well%3")
                    .arg(memDir, pidsDir,
                         v2Note.isEmpty() ? QString() : QStringLiteral(" (not cgroup v2: %1)").arg(v2Note));
            removeStale(memDir);
            removeStale(pidsDir);
            return s;
        }
    }
    return disabled(why.join(QStringLiteral("; ")));
}

Result<std::unique_ptr<RunCgroup>> RunCgroup::create(const CgroupSupport &support, const Limits &limits)
{
    static std::atomic<int> sequence{0};
    const auto failed = [](const QString &what) {
        return Error{QStringLiteral("cgroup_failed"),
                     QStringLiteral("The run's cgroup could not be set up: %1.").arg(what),
                     {},
                     {}};
    };
    if (!support.usable())
        return failed(support.reason);
    const Limits l = limits.normalized();
    const QString name =
        QLatin1String(kRunPrefix) + QStringLiteral("%1-%2").arg(::getpid()).arg(sequence.fetch_add(1) + 1);

    std::unique_ptr<RunCgroup> cg(new RunCgroup);
    cg->m_version = support.version;
    const bool v2 = support.version == CgroupSupport::Version::V2;
    const QStringList dirs = v2 ? QStringList{support.memoryParent + QLatin1Char('/') + name}
                                : QStringList{support.memoryParent + QLatin1Char('/') + name,
                                              support.pidsParent + QLatin1Char('/') + name};
    for (const QString &dir : dirs) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0755) != 0)
            return failed(QStringLiteral("mkdir %1 failed (%2)").arg(dir, lastError()));
        cg->m_dirs << dir; // from here on the destructor removes it
    }
    const QString &memDir = dirs.first();
    const QString &pidsDir = dirs.last();
    const QByteArray memory = QByteArray::number(l.addressSpaceBytes);
    struct Write
    {
        QString file;
        QByteArray value;
        bool optional; // missing without swap accounting, or on older kernels
    };
    QList<Write> writes;
    if (v2) {
        writes = {{memDir + QStringLiteral("/memory.max"), memory, false},
                  {memDir + QStringLiteral("/memory.swap.max"), "0", true},
                  {pidsDir + QStringLiteral("/pids.max"), QByteArray::number(l.processes), false}};
        if (support.cpu)
            writes.append({memDir + QStringLiteral("/cpu.max"), "100000 100000", false});
    } else {
        writes = {{memDir + QStringLiteral("/memory.limit_in_bytes"), memory, false},
                  {memDir + QStringLiteral("/memory.memsw.limit_in_bytes"), memory, true},
                  {pidsDir + QStringLiteral("/pids.max"), QByteArray::number(l.processes), false}};
    }
    for (const Write &w : std::as_const(writes)) {
        if (!writeControl(w.file, w.value) && !(w.optional && errno == ENOENT))
            return failed(QStringLiteral("writing %1 to %2 failed (%3)")
                              .arg(QString::fromLatin1(w.value), w.file, lastError()));
    }
    for (const QString &dir : dirs) {
        const int fd = ::open(QFile::encodeName(dir + QStringLiteral("/cgroup.procs")).constData(),
                              O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return failed(QStringLiteral("%1/cgroup.procs cannot be opened (%2)").arg(dir, lastError()));
        cg->m_procsFds << fd;
    }
    return cg;
}

RunCgroup::~RunCgroup()
{
    for (int fd : std::as_const(m_procsFds))
        ::close(fd);
    if (m_dirs.isEmpty())
        return;
    killInside(m_dirs, m_version);
    if (removeDirs(m_dirs) || !QCoreApplication::instance())
        return;
    // A sandbox killed a moment ago may still be dying (its PID 1 goes with bwrap, asynchronously):
    // try again from the event loop instead of waiting here.
    auto *timer = new QTimer;
    auto left = std::make_shared<int>(kRemoveRetries);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, left, dirs = m_dirs, version = m_version] {
        killInside(dirs, version);
        if (removeDirs(dirs) || --*left <= 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(kRemoveRetryMs);
}

RunCgroup::Events RunCgroup::events() const
{
    Events e;
    if (m_dirs.isEmpty())
        return e;
    const QString &memDir = m_dirs.first();
    const QString &pidsDir = m_dirs.last();
    e.pidsMaxHits = keyedValue(readSmall(pidsDir + QStringLiteral("/pids.events")), "max");
    if (m_version == CgroupSupport::Version::V2) {
        e.oomKills = keyedValue(readSmall(memDir + QStringLiteral("/memory.events")), "oom_kill");
        const QByteArray peak = readSmall(memDir + QStringLiteral("/memory.peak")).trimmed();
        if (!peak.isEmpty())
            e.memoryPeak = peak.toLongLong();
    } else {
        e.oomKills = keyedValue(readSmall(memDir + QStringLiteral("/memory.oom_control")), "oom_kill");
        const QByteArray peak = readSmall(memDir + QStringLiteral("/memory.max_usage_in_bytes")).trimmed();
        if (!peak.isEmpty())
            e.memoryPeak = peak.toLongLong();
    }
    return e;
}

void RunCgroup::killAll() const
{
    killInside(m_dirs, m_version);
}

} // namespace Workbench
