// SPDX-License-Identifier: MIT
// How long the event loop is blocked while one tool call crosses its execution boundary on a
// large workspace: the hand-over of the tree to the sandbox user (when run as root), the
// checkpoint before the call, the "what changed" scans before and after it, and the growth
// watchdog's scans while it runs. A 1 ms timer ticks on the main thread throughout; the longest
// gap between two ticks is how long a window would have been frozen.
//
// Two ways are measured in the same run, in alternating order:
//  - synchronous baseline: the same work (a lchown walk, CheckpointStore::capture(), two
//    WorkspaceSnapshot scans, a scan every kGrowthCheckMs while the command runs) called on the
//    main thread, the command itself started with QProcess;
//  - as the app runs it: BwrapSandbox::create(), the boundary's checkpoint job, then the sandbox
//    job (which scans by itself), exactly the calls AgentRun makes.
// Each round measures a first boundary (fresh checkpoint store, tree owned by root again) and a
// later one (same store: unchanged files are not hashed again). Prints medians and the ratios.
//
//   bench_workspace_boundary [--files N] [--mib M] [--rounds R] [--command "sleep 1"]

#include "agent/executionboundary.h"
#include "checkpoint/checkpointstore.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/workspacescan.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Workbench;

namespace {

constexpr int kTickMs = 1;
constexpr int kGrowthCheckMs = 250; // the watchdog's period (processexecjob_p.h)

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

// Records the longest gap between two ticks of a timer on the calling thread's event loop.
class TickMonitor
{
public:
    TickMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_ticks = 0;
        m_last.start();
        m_timer.start();
    }
    void stop()
    {
        tick(); // the gap up to now counts too (a blocking call right before stop())
        m_timer.stop();
    }
    [[nodiscard]] double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    void tick()
    {
        m_maxGapNs = std::max(m_maxGapNs, m_last.nsecsElapsed());
        m_last.restart();
        ++m_ticks;
    }
    QTimer m_timer;
    QElapsedTimer m_last;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
};

// Gives every entry under `root` to uid:gid without following links (the work of the hand-over;
// also how the bench gives the tree back to root between rounds).
void chownWalk(const QString &root, uid_t uid, gid_t gid)
{
    const std::function<void(int)> walk = [&](int dirFd) {
        DIR *dir = ::fdopendir(dirFd);
        if (!dir) {
            ::close(dirFd);
            return;
        }
        while (const dirent *e = ::readdir(dir)) {
            if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                continue;
            struct stat st
            {};
            if (::fstatat(::dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            if (st.st_uid != uid || st.st_gid != gid)
                ::fchownat(::dirfd(dir), e->d_name, uid, gid, AT_SYMLINK_NOFOLLOW);
            if (S_ISDIR(st.st_mode)) {
                const int child = ::openat(::dirfd(dir), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
                if (child >= 0)
                    walk(child);
            }
        }
        ::closedir(dir);
    };
    const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::fchown(fd, uid, gid);
    walk(fd);
}

bool makeWorkspace(const QString &root, int files, qint64 bytes)
{
    const int perDir = 200;
    const qint64 each = std::max<qint64>(1, bytes / files);
    QByteArray content(each, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char('a' + rng.bounded(26));
    for (int i = 0; i < files; ++i) {
        const QString dir = root + QStringLiteral("/d%1").arg(i / perDir, 3, 10, QLatin1Char('0'));
        if (i % perDir == 0 && !QDir().mkpath(dir))
            return false;
        QFile f(dir + QStringLiteral("/f%1.txt").arg(i));
        // Distinct contents, so the checkpoint stores every file once.
        const QByteArray head = QByteArray::number(i) + '\n';
        std::memcpy(content.data(), head.constData(), size_t(std::min(head.size(), content.size())));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return false;
    }
    return true;
}

struct Measure
{
    double maxGapMs = 0;
    double totalMs = 0;
    // Synchronous baseline only: how long each step held the main thread.
    double handOverMs = 0;
    double checkpointMs = 0;
    double scanMs = 0; // the longest of its scans
};

struct Setup
{
    QString workspace;
    QString storeRoot;
    QStringList command;
};

// The same work as a boundary, every step blocking the main thread.
Measure synchronousBoundary(const Setup &s, bool first)
{
    TickMonitor mon;
    QElapsedTimer total;
    QEventLoop loop;
    Measure m;
    QTimer::singleShot(0, &loop, [&] {
        // Let the monitor tick once before the work, so the gap is the work's own.
        QTimer::singleShot(5, &loop, [&] {
            total.start();
            QElapsedTimer step;
            const auto lap = [&step] { return double(step.nsecsElapsed()) / 1e6; };
            step.start();
            if (first && ::geteuid() == 0)
                chownWalk(s.workspace, 65534, 65534);
            m.handOverMs = lap();
            step.restart();
            CheckpointStore store(s.storeRoot);
            CheckpointStore::Request req;
            req.workspace = s.workspace;
            req.toolUseId = QStringLiteral("toolu_sync");
            if (auto cp = store.capture(req); !cp)
                std::fprintf(stderr, "checkpoint: %s\n", qPrintable(cp.error().toString()));
            m.checkpointMs = lap();
            step.restart();
            const WorkspaceSnapshot before = WorkspaceSnapshot::take(s.workspace);
            m.scanMs = lap();
            auto *proc = new QProcess(&loop);
            auto *watchdog = new QTimer(&loop);
            QObject::connect(watchdog, &QTimer::timeout, &loop, [&] {
                QElapsedTimer t;
                t.start();
                (void)WorkspaceSnapshot::take(s.workspace).fileBytes();
                m.scanMs = std::max(m.scanMs, double(t.nsecsElapsed()) / 1e6);
            });
            QObject::connect(proc, &QProcess::finished, &loop, [&, before, watchdog] {
                watchdog->stop();
                QElapsedTimer t;
                t.start();
                const WorkspaceChanges c =
                    WorkspaceSnapshot::diff(before, WorkspaceSnapshot::take(s.workspace));
                Q_UNUSED(c);
                m.scanMs = std::max(m.scanMs, double(t.nsecsElapsed()) / 1e6);
                m.totalMs = double(total.nsecsElapsed()) / 1e6;
                loop.quit();
            });
            proc->start(s.command.first(), s.command.mid(1));
            watchdog->start(kGrowthCheckMs);
        });
    });
    mon.start();
    loop.exec();
    mon.stop();
    m.maxGapMs = mon.maxGapMs();
    return m;
}

// The calls AgentRun makes: the sandbox (created at the start of a run), the boundary's
// checkpoint job, then the sandbox job.
Measure appBoundary(const Setup &s, std::unique_ptr<BwrapSandbox> &sandbox, bool first)
{
    TickMonitor mon;
    QElapsedTimer total;
    QEventLoop loop;
    Measure m;
    CheckpointStore store(s.storeRoot);
    QObject owner;
    const auto exec = [&] {
        ExecSpec spec;
        spec.argv = s.command;
        ExecJob *job = sandbox->createJob(spec, &owner);
        QObject::connect(job, &ExecJob::finished, &loop, [&, job] {
            if (job->result().end != ExecResult::End::Exited || job->result().exitCode != 0)
                std::fprintf(stderr, "command: %s %s\n", qPrintable(job->result().describe()),
                             qPrintable(job->error().toString()));
            m.totalMs = double(total.nsecsElapsed()) / 1e6;
            loop.quit();
        });
        job->start();
    };
    QTimer::singleShot(5, &loop, [&] {
        total.start();
        if (first) {
            auto created = BwrapSandbox::create(SandboxConfig(s.workspace));
            if (!created) {
                std::fprintf(stderr, "sandbox: %s\n", qPrintable(created.error().toString()));
                loop.quit();
                return;
            }
            sandbox = std::move(*created);
        }
        CheckpointJob *job = store.createCheckpoint(
            boundaryCheckpointRequest(*sandbox, QStringLiteral("run_app"), QStringLiteral("toolu_app")),
            &owner);
        QObject::connect(job, &CheckpointJob::finished, &loop, [&, job] {
            if (!job->result())
                std::fprintf(stderr, "checkpoint: %s\n", qPrintable(job->result().error().toString()));
            exec();
        });
        job->start();
    });
    mon.start();
    loop.exec();
    mon.stop();
    m.maxGapMs = mon.maxGapMs();
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int files = 20000;
    qint64 mib = 200;
    int rounds = 3;
    QStringList command{QStringLiteral("sleep"), QStringLiteral("1")};
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--files"))
            files = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--mib"))
            mib = std::max<qint64>(1, args.at(i + 1).toLongLong());
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--command"))
            command = args.at(i + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    // Under /var/tmp: as root the sandbox user must reach the workspace.
    QTemporaryDir ws(QStringLiteral("/var/tmp/bench_workspace_boundary-XXXXXX"));
    QTemporaryDir stores(QStringLiteral("/var/tmp/bench_workspace_boundary-store-XXXXXX"));
    if (!ws.isValid() || !stores.isValid() || !makeWorkspace(ws.path(), files, mib << 20)) {
        std::fprintf(stderr, "could not build the workspace\n");
        return 1;
    }
    ::sync();
    Setup s{ws.path(), {}, command};

    QList<double> syncFirst, syncLater, appFirst, appLater, syncFirstTotal, appFirstTotal, syncLaterTotal,
        appLaterTotal, handOver, firstCheckpoint, laterCheckpoint, scan;
    for (int r = 0; r < rounds; ++r) {
        // Alternating which goes first, so neither always inherits the other's dirty page cache.
        for (const bool synchronous : {r % 2 == 0, r % 2 != 0}) {
            if (::geteuid() == 0)
                chownWalk(s.workspace, 0, 0); // a root-owned tree, to be handed over again
            s.storeRoot = stores.filePath(QStringLiteral("r%1-%2").arg(r).arg(
                synchronous ? QStringLiteral("sync") : QStringLiteral("app")));
            std::unique_ptr<BwrapSandbox> sandbox;
            const Measure first = synchronous ? synchronousBoundary(s, true) : appBoundary(s, sandbox, true);
            const Measure later =
                synchronous ? synchronousBoundary(s, false) : appBoundary(s, sandbox, false);
            (synchronous ? syncFirst : appFirst) << first.maxGapMs;
            (synchronous ? syncLater : appLater) << later.maxGapMs;
            (synchronous ? syncFirstTotal : appFirstTotal) << first.totalMs;
            (synchronous ? syncLaterTotal : appLaterTotal) << later.totalMs;
            if (synchronous) {
                handOver << first.handOverMs;
                firstCheckpoint << first.checkpointMs;
                laterCheckpoint << later.checkpointMs;
                scan << std::max(first.scanMs, later.scanMs);
            }
            sandbox.reset();
            QDir(s.storeRoot).removeRecursively();
        }
    }

    std::printf("workspace_boundary: %d files, %lld MiB, uid %u, command \"%s\", %d rounds (medians)\n",
                files, static_cast<long long>(mib), ::geteuid(), qPrintable(command.join(QLatin1Char(' '))),
                rounds);
    std::printf("  %-34s %14s %14s\n", "", "max gap (ms)", "total (ms)");
    std::printf("  %-34s %14.1f %14.1f\n", "synchronous baseline, first call", median(syncFirst),
                median(syncFirstTotal));
    std::printf("  %-34s %14.1f %14.1f\n", "as the app runs it, first call", median(appFirst),
                median(appFirstTotal));
    std::printf("  %-34s %14.1f %14.1f\n", "synchronous baseline, later call", median(syncLater),
                median(syncLaterTotal));
    std::printf("  %-34s %14.1f %14.1f\n", "as the app runs it, later call", median(appLater),
                median(appLaterTotal));
    std::printf("  synchronous steps: hand-over %.1f ms, first checkpoint %.1f ms, later checkpoint %.1f ms, "
                "longest scan %.1f ms\n",
                median(handOver), median(firstCheckpoint), median(laterCheckpoint), median(scan));
    std::printf("  ratio app/synchronous, max gap: first %.3f, later %.3f; total: first %.2f, later %.2f\n",
                median(appFirst) / median(syncFirst), median(appLater) / median(syncLater),
                median(appFirstTotal) / median(syncFirstTotal),
                median(appLaterTotal) / median(syncLaterTotal));
    return 0;
}
