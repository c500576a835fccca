// SPDX-License-Identifier: MIT
// The cost of the remote path itself (issue 7, item 7): `true` as a whole CloudflareSandbox job
// through the fake bridge on 127.0.0.1 (exec + SSE for the command, plus the two /workspace
// listings that make "what changed") against the same command as a whole BwrapSandbox job on
// this machine, interleaved in one run so machine load hits both alike. Also timed: one bare
// exec stream of `true` (BridgeExecStream: HTTP + SSE, no wrapper, no listings), the transport
// alone. The fake runs commands with QProcess in this process's event loop, so the figures are
// the app's overhead, not Cloudflare's network or container latency.
//
//   bench_bridge_roundtrip [N]   (default 40; at least 20)
#include "benchstats.h"
#include "fakebridgeserver.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/cloudflaresandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Workbench;
using Workbench::BenchStats::median;
using Workbench::BenchStats::percentile;

namespace {

// Milliseconds from start() to finished(), or -1 when `true` did not exit 0.
double timeJob(Sandbox &sandbox)
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

double timeStream(QNetworkAccessManager *nam, const CloudflareSandbox &remote)
{
    QEventLoop loop;
    BridgeExecStream stream(nam, remote.endpoint(), remote.sandboxId(), nullptr);
    QObject::connect(&stream, &BridgeExecStream::finished, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    stream.start({QStringLiteral("true")}, QStringLiteral("/workspace"), 0, QStringLiteral("bench"));
    loop.exec();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return stream.exited() && stream.exitCode() == 0 ? ms : -1;
}

void print(const char *what, const QList<double> &ms)
{
    std::printf("  %-44s: median %7.2f ms  p90 %7.2f ms\n", what, median(ms), percentile(ms, 0.9));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = std::max(20, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 40);

    QTemporaryDir localWs(QStringLiteral("/tmp/bench_bridge_local-XXXXXX"));
    QTemporaryDir remoteWs(QStringLiteral("/tmp/bench_bridge_remote-XXXXXX"));
    auto local = BwrapSandbox::create(SandboxConfig(localWs.path()));
    if (!local.ok() || !(*local)->preflight().ok()) {
        std::fprintf(
            stderr, "local sandbox: %s\n",
            qPrintable(local.ok() ? (*local)->preflight().error().toString() : local.error().toString()));
        return 1;
    }
    FakeBridgeServer fake;
    fake.setApiKey(QStringLiteral("bench-key"));
    fake.setWorkspaceDir(remoteWs.path());
    if (!fake.listen()) {
        std::fprintf(stderr, "fake bridge: cannot listen on 127.0.0.1\n");
        return 1;
    }
    QNetworkAccessManager nam;
    CloudflareConfig cc;
    cc.endpoint = BridgeEndpoint{fake.baseUrl(), QStringLiteral("bench-key")};
    cc.localWorkspace = localWs.path();
    CloudflareSandbox remote(cc, &nam);

    for (int i = 0; i < 3; ++i) { // warm up: the remote sandbox is created here, once
        timeJob(**local);
        timeJob(remote);
    }
    QList<double> localMs, remoteMs, streamMs;
    for (int i = 0; i < n; ++i) {
        const double l = timeJob(**local);
        const double r = timeJob(remote);
        const double s = timeStream(&nam, remote);
        if (l < 0 || r < 0 || s < 0) {
            std::fprintf(stderr, "run %d failed (local %.1f, remote %.1f, stream %.1f)\n", i, l, r, s);
            return 1;
        }
        localMs << l;
        remoteMs << r;
        streamMs << s;
    }
    std::printf("bridge_roundtrip: N=%d each, fake bridge on %s\n", n, qPrintable(fake.baseUrl().toString()));
    print("BwrapSandbox job, local (true)", localMs);
    print("CloudflareSandbox job via fake bridge (true)", remoteMs);
    print("one exec stream via fake bridge (true)", streamMs);
    std::printf("  ratio remote/local (median) %.2fx; transport alone %.2f ms of %.2f ms\n",
                median(remoteMs) / median(localMs), median(streamMs), median(remoteMs));
    return 0;
}
