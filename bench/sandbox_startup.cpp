// SPDX-License-Identifier: MIT
// Start-to-exit of `true` through BwrapSandbox (the whole job: policy memfds, seccomp, launcher
// with Landlock, rlimits, workspace scans before and after) against bare
// `bwrap --unshare-all --ro-bind /usr /usr ... true`, both measured in this run, interleaved so
// machine load hits both alike. Both are launched with QProcess and timed from start() to
// finished() in the same event loop. Prints medians, p90 and the ratio.
//
//   bench_sandbox_startup [N]   (default 40; at least 30)
#include "benchstats.h"
#include "sandbox/bwrapsandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Workbench;
using Workbench::BenchStats::median;
using Workbench::BenchStats::percentile;

namespace {

QStringList bareArgs()
{
    QStringList a{QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"),
                  QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr")};
    for (const char *name : {"bin", "lib", "lib64", "sbin"}) {
        const QString path = QLatin1Char('/') + QLatin1String(name);
        const QFileInfo fi(path);
        if (fi.isSymLink() && fi.symLinkTarget().startsWith(QLatin1String("/usr/")))
            a << QStringLiteral("--symlink") << fi.symLinkTarget().mid(1) << path;
    }
    a << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
      << QStringLiteral("/dev") << QStringLiteral("true");
    return a;
}

// Milliseconds from start() to finished(), or -1 when the run did not exit 0.
double timeBare(const QStringList &args)
{
    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("/usr/bin/bwrap"), args);
    loop.exec();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? ms : -1;
}

double timeSandbox(BwrapSandbox &sandbox)
{
    ExecSpec spec;
    spec.argv = {QStringLiteral("true")};
    QObject owner;
    QEventLoop loop;
    ExecJob *job = sandbox.createJob(spec, &owner);
    QObject::connect(job, &ExecJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    job->start();
    loop.exec();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const ExecResult r = job->result();
    return r.end == ExecResult::End::Exited && r.exitCode == 0 ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = std::max(30, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 40);

    QTemporaryDir ws(QStringLiteral("/tmp/bench_sandbox_startup-XXXXXX"));
    auto created = BwrapSandbox::create(SandboxConfig(ws.path()));
    if (!created.ok()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(created.error().toString()));
        return 1;
    }
    BwrapSandbox &sandbox = **created;
    if (const Status s = sandbox.preflight(); !s.ok()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    // The same policy with rlimits alone: what a cgroup per run costs, where one is made.
    SandboxConfig rlimitsOnly(ws.path());
    rlimitsOnly.cgroups = SandboxConfig::Cgroups::Off;
    auto withoutCgroups = BwrapSandbox::create(rlimitsOnly);
    if (!withoutCgroups.ok()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(withoutCgroups.error().toString()));
        return 1;
    }
    const bool cgroups = sandbox.limitMechanism() != QLatin1String("rlimits");
    const QStringList bare = bareArgs();

    for (int i = 0; i < 3; ++i) { // warm caches (page cache, dynamic loader) for both
        timeBare(bare);
        timeSandbox(sandbox);
        if (cgroups)
            timeSandbox(**withoutCgroups);
    }
    QList<double> bareMs, oursMs, rlimitsMs;
    for (int i = 0; i < n; ++i) {
        const double b = timeBare(bare);
        const double o = timeSandbox(sandbox);
        const double r = cgroups ? timeSandbox(**withoutCgroups) : o;
        if (b < 0 || o < 0 || r < 0) {
            std::fprintf(stderr, "run %d failed (bare %.1f, sandbox %.1f, rlimits only %.1f)\n", i, b, o, r);
            return 1;
        }
        bareMs << b;
        oursMs << o;
        rlimitsMs << r;
    }
    const double mb = median(bareMs), mo = median(oursMs);
    std::printf("sandbox_startup: N=%d each, uid %u, layers: %s\n", n, ::geteuid(),
                qPrintable(sandbox.activeLayers().join(QStringLiteral("; "))));
    std::printf("  bare bwrap --unshare-all ... true : median %7.2f ms  p90 %7.2f ms\n", mb,
                percentile(bareMs, 0.9));
    std::printf("  BwrapSandbox job (all layers)     : median %7.2f ms  p90 %7.2f ms\n", mo,
                percentile(oursMs, 0.9));
    if (cgroups)
        std::printf("  same, cgroups off (rlimits only)  : median %7.2f ms  p90 %7.2f ms  ratio %.2fx\n",
                    median(rlimitsMs), percentile(rlimitsMs, 0.9), median(rlimitsMs) / mb);
    std::printf("  ratio (median) %.2fx   target <= 1.50x: %s\n", mo / mb,
                mo / mb <= 1.5 ? "met" : "NOT met");
    return 0;
}
