// SPDX-License-Identifier: MIT
// The escape/abuse battery of reference/sandbox-policy.md §4, run through BwrapSandbox with the
// real /usr/bin/bwrap and every layer (namespaces, seccomp, Landlock when offered, rlimits).
// Positive controls (P1/P2) run in initTestCase: if they fail nothing else runs, so a broken setup
// (no workspace, no python, bwrap failing) can never make the "must fail" cases pass.
// Passes as root (commands then run as uid 65534) and as an ordinary user. The net_* cases run a
// second sandbox with network on through the app's proxy (a fake upstream on the host's
// 127.0.0.1, reachable only through an explicit reach-private rule): net_p3 is their positive
// control, and each refusal case also shows the upstream was never contacted.
#include "agent/toolregistry.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/netproxy.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Workbench;
using End = ExecResult::End;

namespace {

constexpr int kFinishMs = 30000;
const QByteArray kSecret = "PRIVATE-KEY-MARKER-7f3a";

QByteArray readHostFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeHostFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QList<QByteArray> hostCmdlines()
{
    QList<QByteArray> out;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QByteArray cmd = readHostFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        out.append(cmd.replace('\0', ' ').trimmed());
    }
    return out;
}

int processesRunning(const QByteArray &cmdline)
{
    const QList<QByteArray> all = hostCmdlines();
    return int(std::count(all.begin(), all.end(), cmdline));
}

QStringList sh(const QString &script)
{
    return {QStringLiteral("bash"), QStringLiteral("-c"), script};
}

ExecSpec shSpec(const QString &script)
{
    ExecSpec spec;
    spec.argv = sh(script);
    spec.timeoutMs = 20000;
    return spec;
}

QStringList py(const QString &code, const QStringList &args = {})
{
    return QStringList{QStringLiteral("python3"), QStringLiteral("-c"), code} + args;
}

// Makes one raw system call from Python and prints "r=<ret> errno=<errno>".
const QString kSyscallPy = QStringLiteral("import ctypes, sys\n"
                                          "l = ctypes.CDLL(None, use_errno=True)\n"
                                          "l.syscall.restype = ctypes.c_long\n"
                                          "a = [ctypes.c_long(int(x, 0)) for x in sys.argv[1:]]\n"
                                          "r = l.syscall(*a)\n"
                                          "print('r=%d errno=%d' % (r, ctypes.get_errno()))\n");

// A 32-bit `int 0x80` getpid from 64-bit code: mov eax, 20; int 0x80; ret.
const QString kInt80Py =
    QStringLiteral("import ctypes, mmap\n"
                   "m = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
                   "m.write(b'\\xb8\\x14\\x00\\x00\\x00\\xcd\\x80\\xc3')\n"
                   "f = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(m)))\n"
                   "print('returned', f(), flush=True)\n");

// Inside the sandbox: sends one raw request (Python escapes such as \x00 and \r\n decoded) to the
// relay named by HTTP_PROXY and prints the first line of the answer ("half-close" as a second
// argument: then shuts down its writing side and still reads the whole answer).
const QString kRawProxyPy =
    QStringLiteral("import os, socket, sys\n"
                   "port = int(os.environ['HTTP_PROXY'].rsplit(':', 1)[1])\n"
                   "s = socket.create_connection(('127.0.0.1', port), 10)\n"
                   "s.sendall(sys.argv[1].encode('latin-1').decode('unicode_escape').encode('latin-1'))\n"
                   "if len(sys.argv) > 2 and sys.argv[2] == 'half-close':\n"
                   "    s.shutdown(socket.SHUT_WR)\n"
                   "data = b''\n"
                   "while True:\n"
                   "    d = s.recv(65536)\n"
                   "    if not d:\n"
                   "        break\n"
                   "    data += d\n"
                   "print(data.split(b'\\r\\n')[0].decode('latin-1'))\n");

// The host side of the proxied cases: answers a plain request with "hello"; counts connections.
class FakeUpstream : public QObject
{
public:
    FakeUpstream()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    received += s->readAll();
                    if (received.endsWith("\r\n\r\n")) {
                        s->write("HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nhello\n");
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QByteArray port() const { return QByteArray::number(server.serverPort()); }

    QTcpServer server;
    QByteArray received;
    int connections = 0;
};

} // namespace

class TestEscapeBattery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void commandIsContained_data();
    void commandIsContained();
    void deniedSyscalls_failWithTheirErrno_data();
    void deniedSyscalls_failWithTheirErrno();

    void t05_tmpWritesStayInTheSandbox();
    void t06t07_hostDotfilesUnchanged();
    void t10_onlyTheSandboxsProcessesAreVisible();
    void t13t14_killingEverythingSparesHostProcesses();
    void t15_forkBombIsCappedAndLeavesNothing();
    void t16_memoryIsLimited_data();
    void t16_memoryIsLimited();
    void t17_cpuSpinIsKilledAtTheCpuLimit_data();
    void t17_cpuSpinIsKilledAtTheCpuLimit();
    void t18_detachedChildrenDieAtWallTime();
    void t19_endlessOutputIsCappedAndStopped();
    void t20_bigFileStopsAtFileSizeLimit();
    void t22t24_hostLoopbackIsUnreachable();
    void t25_hostAbstractSocketIsUnreachable();
    void t27_noSecretInAnyEnvironment();
    void t31_foreignArchitectureSyscallKills();
    void t32_gitHooksAndConfigAreReadOnly();
    void h1_plantedSymlinkIsRefusedByTheApp();
    // Extra read-only binds (a toolchain folder the user lists) and the workspace growth limit.
    void extraReadOnly_cannotBeWrittenInAnyWay();
    void extraReadOnly_symlinksInsideLeadNowhere();
    void extraReadOnly_listedLinkIsResolvedOnceOnTheHost();
    void extraReadOnly_refusesSensitivePlaces_data();
    void extraReadOnly_refusesSensitivePlaces();
    void workspaceGrowth_stopsTheCommandPastTheLimit();
    void workspaceGrowth_underTheLimitIsUnaffected();
    // Limits: a cgroup per run where one can be made (the run as a whole), rlimits always.
    void limits_cgroupHoldsTheWholeRun();
    void limits_cgroupIsJoinedBeforeTheCommandAndRemovedAfter();
    void limits_rlimitsAloneWhenCgroupsAreOff();

    void ci_missingBwrapFailsClosed();
    void ci_missingLauncherFailsClosed();
    void ci_userNamespacesBlockedFailsClosed();
    void ci_modelChosenWorkspaceIsIgnored();
    void ci_rootProductNeverRunsCommandsAsRoot();
    void layersAndLimits_areRecorded();

    void net_p3_relayReachesAnAllowedUpstream();
    void net_t22_hostLoopbackNeedsAnExplicitRule();
    void net_t23_sandboxStillResolvesNothingItself();
    void net_refusedTargets_neverConnect_data();
    void net_refusedTargets_neverConnect();
    void net_nulByteHost_isRejected();
    void net_hostHeaderMismatch_isRejected();
    void net_relayedConnectToDeniedDomain_isRefused();
    void net_halfClosedRequest_stillGetsItsAnswer();
    void net_commandThatReapsEveryChild_keepsNetworkAndEnds();
    void net_policyIsShown();
    void launcher_failsClosed_data();
    void launcher_failsClosed();

private:
    struct Run
    {
        ExecResult result;
        Error error;
        QJsonObject spec;
    };
    Run run(const ExecSpec &spec, Sandbox *sandbox = nullptr);
    Run run(const QStringList &argv, int timeoutMs = 20000);
    QString expand(QString s) const;
    // The uid commands run as on the host (to start a "same-uid" host process).
    [[nodiscard]] uid_t sandboxHostUid() const;
    // A folder outside /tmp (the sandbox's own) that the sandbox uid can reach, as a toolchain
    // under /opt would be; `dir` owns it. Canonical path, or empty on failure.
    static QString sharedDir(QTemporaryDir &dir);
    // A sandbox of the battery's workspace with `extra` bound read-only.
    std::unique_ptr<BwrapSandbox> extraSandbox(const QStringList &extra);

    // A sandbox of the same workspace with network on through a proxy with `rules`, each rule
    // "allow:HOST[:PORT]", "private:HOST:PORT" or "deny:HOST[:PORT]".
    std::unique_ptr<BwrapSandbox> netSandbox(const QStringList &rules, std::shared_ptr<NetProxy> *proxy);
    Run netRun(const QStringList &rules, const QStringList &argv, QList<NetDecision> *decisions = nullptr);

    FakeUpstream m_upstream;
    bool m_netWorks = false;                                             // net_p3 passed
    QTemporaryDir m_host{QStringLiteral("/tmp/tst_escape-host-XXXXXX")}; // stands for the user's home
    QTemporaryDir m_ws{QStringLiteral("/tmp/tst_escape-ws-XXXXXX")};
    std::unique_ptr<BwrapSandbox> m_sandbox;
};

TestEscapeBattery::Run TestEscapeBattery::run(const ExecSpec &spec, Sandbox *sandbox)
{
    Run r;
    QObject owner;
    ExecJob *job = (sandbox ? sandbox : m_sandbox.get())->createJob(spec, &owner);
    r.spec = job->describeSpec();
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, kFinishMs))
        qWarning("job did not finish in time");
    r.result = job->result();
    r.error = job->error();
    return r;
}

TestEscapeBattery::Run TestEscapeBattery::run(const QStringList &argv, int timeoutMs)
{
    ExecSpec spec;
    spec.argv = argv;
    spec.timeoutMs = timeoutMs;
    return run(spec);
}

QString TestEscapeBattery::expand(QString s) const
{
    return s.replace(QLatin1String("%HOST%"), m_host.path());
}

uid_t TestEscapeBattery::sandboxHostUid() const
{
    const auto owner = m_sandbox->hostFileOwner();
    return owner.first >= 0 ? uid_t(owner.first) : ::geteuid();
}

void TestEscapeBattery::initTestCase()
{
    qInfo("running as uid %u", ::geteuid());
    QVERIFY(m_host.isValid() && m_ws.isValid());
    // The "host home": a private key, dotfiles; the workspace: a git repo and a planted link.
    QVERIFY(QDir(m_host.path()).mkpath(QStringLiteral(".ssh")));
    QVERIFY(writeHostFile(m_host.filePath(QStringLiteral(".ssh/id_rsa")), kSecret));
    QVERIFY(writeHostFile(m_host.filePath(QStringLiteral(".bashrc")), "# bashrc\n"));
    QVERIFY(writeHostFile(m_host.filePath(QStringLiteral(".profile")), "# profile\n"));
    QVERIFY(QDir(m_ws.path()).mkpath(QStringLiteral(".git/hooks")));
    QVERIFY(writeHostFile(m_ws.filePath(QStringLiteral(".git/config")), "[core]\n"));
    QVERIFY(writeHostFile(m_ws.filePath(QStringLiteral(".git/hooks/pre-commit")), "#!/bin/sh\nexit 0\n"));
    QVERIFY(
        QFile::link(m_host.filePath(QStringLiteral(".ssh/id_rsa")), m_ws.filePath(QStringLiteral("leak"))));

    auto created = BwrapSandbox::create(SandboxConfig(m_ws.path()));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    m_sandbox = std::move(*created);
    const Status pre = m_sandbox->preflight();
    QVERIFY2(pre.ok(), qPrintable(pre.ok() ? QString() : pre.error().toString()));
    qInfo("layers: %s", qPrintable(m_sandbox->activeLayers().join(QStringLiteral(" | "))));

    // P1: the workspace is writable and the host sees the file; python runs.
    const Run p1 = run(sh(QStringLiteral("echo ok > /workspace/ok.txt && python3 -c 'print(6*7)'")));
    QVERIFY2(p1.result.end == End::Exited && p1.result.exitCode == 0,
             qPrintable(p1.result.describe() + QLatin1Char(' ') + p1.error.toString() +
                        QString::fromUtf8(p1.result.stderrText)));
    QCOMPARE(p1.result.stdoutText, QByteArray("42\n"));
    QCOMPARE(readHostFile(m_ws.filePath(QStringLiteral("ok.txt"))), QByteArray("ok\n"));
    // P2: /tmp and HOME are writable, certificates are listed, a pipe and a subshell work.
    const Run p2 = run(sh(QStringLiteral("echo t > /tmp/t && cat /tmp/t && echo h > ~/h && cat ~/h && "
                                         "ls /etc/ssl/certs | head -1 | wc -l && (echo sub | cat)")));
    QVERIFY2(p2.result.end == End::Exited && p2.result.exitCode == 0, p2.result.stderrText.constData());
    QCOMPARE(p2.result.stdoutText, QByteArray("t\nh\n1\nsub\n"));
    QFile::remove(m_ws.filePath(QStringLiteral("ok.txt")));
}

void TestEscapeBattery::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestEscapeBattery::commandIsContained_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<QByteArray>("mustShow");    // in stdout+stderr
    QTest::addColumn<QByteArray>("mustNotShow"); // in stdout+stderr

    QTest::newRow("T01 host key by absolute path")
        << sh(QStringLiteral("cat %HOST%/.ssh/id_rsa /root/.ssh/id_rsa"))
        << QByteArray("No such file or directory") << kSecret;
    QTest::newRow("T02 planted symlink to the host key")
        << sh(QStringLiteral("cat leak")) << QByteArray("No such file or directory") << kSecret;
    QTest::newRow("T03 shadow") << sh(QStringLiteral("cat /etc/shadow"))
                                << QByteArray("No such file or directory") << QByteArray("root:");
    QTest::newRow("T04 write under usr")
        << sh(QStringLiteral("touch /usr/bin/evil")) << QByteArray("Read-only file system") << QByteArray();
    // passwd, group, hosts, the launcher and scripts are files in the sandbox's root, read-only
    // as a whole after the last mount step, and owned by the sandbox's root.
    QTest::newRow("T04 the sandbox's own files")
        << sh(QStringLiteral("echo evil >> /etc/passwd; echo evil >> /run/workbench-launch; "
                             "chmod 666 /etc/hosts; rm -f /etc/group; mv /etc/hosts /etc/h; "
                             "cat /etc/passwd /etc/group | grep -c evil; stat -c %a /etc/hosts"))
        << QByteArray("Read-only file system") << QByteArray("666");
    QTest::newRow("T08 hard link out of usr") << sh(QStringLiteral("ln /usr/bin/id hardlink"))
                                              << QByteArray("Invalid cross-device link") << QByteArray();
    QTest::newRow("T09 host root through proc")
        << sh(QStringLiteral("cat /proc/1/root%HOST%/.ssh/id_rsa; echo rc=$?")) << QByteArray("rc=1")
        << kSecret;
    QTest::newRow("T11 ptrace attach to PID 1")
        << py(kSyscallPy, {QStringLiteral("101"), QStringLiteral("16"), QStringLiteral("1"),
                           QStringLiteral("0"), QStringLiteral("0")})
        << QByteArray("r=-1 errno=1") << QByteArray();
    QTest::newRow("T12 setuid copy and su")
        << sh(QStringLiteral("cp /usr/bin/id x && chmod u+s x && ./x -u; su root -c id; echo su=$?"))
        << QByteArray("1000\n") << QByteArray("uid=0");
    QTest::newRow("T21 home tmpfs is size-limited")
        << sh(QStringLiteral("dd if=/dev/zero of=/home/agent/big bs=1M count=100 2>&1; "
                             "stat -c size=%s /home/agent/big"))
        << QByteArray("size=67108864") << QByteArray("size=104857600");
    QTest::newRow("T23 no DNS")
        << py(QStringLiteral(
               "import socket\ntry:\n socket.getaddrinfo('example.com', 443)\n print('RESOLVED')\n"
               "except OSError as e:\n print('dns-failed', type(e).__name__)"))
        << QByteArray("dns-failed") << QByteArray("RESOLVED");
    QTest::newRow("T26 packet, netlink, vsock and bluetooth sockets")
        << py(QStringLiteral(
               "import socket\nfor f, t in ((17, 3), (16, 3), (40, 1), (31, 1), (2, 1), (1, 1)):\n"
               " try:\n  socket.socket(f, t).close(); print(f, 'ok')\n"
               " except OSError as e:\n  print(f, e.errno)"))
        << QByteArray("17 97\n16 97\n40 97\n31 97\n2 ok\n1 ok\n") << QByteArray();
    QTest::newRow("T28 nested user namespace")
        << sh(QStringLiteral("unshare -Ur id; echo rc=$?")) << QByteArray("Operation not permitted")
        << QByteArray("uid=0");
    QTest::newRow("T29 mount and remount")
        << sh(QStringLiteral("mount -t tmpfs x /tmp; echo m1=$?; mount -o remount,rw /usr; echo m2=$?; "
                             "touch /usr/x 2>/dev/null; echo t=$?"))
        << QByteArray("m1=32\nm2=32\nt=1\n") << QByteArray("m1=0");
    QTest::newRow("T30 TIOCSTI and TIOCLINUX on a pty, high bits too")
        << py(QStringLiteral(
               "import ctypes, pty\nm, s = pty.openpty()\nl = ctypes.CDLL(None, use_errno=True)\n"
               "c = ctypes.c_char(b'x')\n"
               "for req in (0x5412, 0xffffffff00005412, 0x541c, 0x100000000541c):\n"
               " r = l.ioctl(s, ctypes.c_ulong(req), ctypes.byref(c))\n"
               " print(hex(req), r, ctypes.get_errno())"))
        << QByteArray("0x5412 -1 1\n0xffffffff00005412 -1 1\n0x541c -1 1\n0x100000000541c -1 1\n")
        << QByteArray();
    QTest::newRow("T33 minimal dev") << sh(QStringLiteral(
                                            "test -e /dev/vda || echo no-vda; ls /dev | tr '\\n' ' '"))
                                     << QByteArray("no-vda\n") << QByteArray("sda");
    QTest::newRow("T35 no sys") << sh(QStringLiteral("ls /sys/class/net; cat /sys/kernel/security/lsm"))
                                << QByteArray("No such file or directory") << QByteArray("landlock");
}

void TestEscapeBattery::commandIsContained()
{
    QFETCH(QStringList, argv);
    QFETCH(QByteArray, mustShow);
    QFETCH(QByteArray, mustNotShow);
    for (QString &a : argv)
        a = expand(a);
    const Run r = run(argv);
    QVERIFY2(r.result.end == End::Exited,
             qPrintable(r.result.describe() + QLatin1Char(' ') + r.error.toString()));
    const QByteArray all = QByteArray(r.result.stdoutText + r.result.stderrText);
    QVERIFY2(all.contains(mustShow), all.constData());
    if (!mustNotShow.isEmpty())
        QVERIFY2(!all.contains(mustNotShow), all.constData());
    QFile::remove(m_ws.filePath(QStringLiteral("x")));
}

void TestEscapeBattery::deniedSyscalls_failWithTheirErrno_data()
{
    QTest::addColumn<QStringList>("args"); // syscall number and arguments (x86-64)
    QTest::addColumn<int>("expectedErrno");
    const auto row = [](const char *name, std::initializer_list<const char *> args, int err) {
        QStringList a;
        for (const char *s : args)
            a << QLatin1String(s);
        QTest::newRow(name) << a << err;
    };
    // Arguments are harmless on purpose: were the filter missing, most calls would fail
    // differently (EFAULT, EBADF, EINVAL) or succeed, which the test would catch.
    row("T11 ptrace TRACEME", {"101", "0", "0", "0", "0"}, EPERM);
    row("process_vm_readv", {"310", "1", "0", "0", "0", "0", "0"}, EPERM);
    row("process_vm_writev", {"311", "1", "0", "0", "0", "0", "0"}, EPERM);
    row("kcmp", {"312", "1", "1", "0", "0", "0"}, EPERM);
    row("pidfd_getfd", {"438", "-1", "0", "0"}, EPERM);
    row("T34 io_uring_setup", {"425", "1", "0"}, EPERM);
    row("io_uring_enter", {"426", "-1", "0", "0", "0", "0", "0"}, EPERM);
    row("io_uring_register", {"427", "-1", "0", "0", "0"}, EPERM);
    row("T34 bpf", {"321", "0", "0", "0"}, EPERM);
    row("T34 perf_event_open", {"298", "0", "0", "-1", "-1", "0"}, EPERM);
    row("userfaultfd", {"323", "0"}, EPERM);
    row("T34 keyctl", {"250", "0", "0", "0", "0", "0"}, EPERM);
    row("add_key", {"248", "0", "0", "0", "0", "0"}, EPERM);
    row("request_key", {"249", "0", "0", "0", "0"}, EPERM);
    row("mount", {"165", "0", "0", "0", "0", "0"}, EPERM);
    row("umount2", {"166", "0", "0"}, EPERM);
    row("pivot_root", {"155", "0", "0"}, EPERM);
    row("chroot", {"161", "0"}, EPERM);
    row("fsopen", {"430", "0", "0"}, EPERM);
    row("fsconfig", {"431", "-1", "0", "0", "0", "0"}, EPERM);
    row("fsmount", {"432", "-1", "0", "0"}, EPERM);
    row("fspick", {"433", "-1", "0", "0"}, EPERM);
    row("move_mount", {"429", "-1", "0", "-1", "0", "0"}, EPERM);
    row("open_tree", {"428", "-1", "0", "0"}, EPERM);
    row("mount_setattr", {"442", "-1", "0", "0", "0", "0"}, EPERM);
    row("setns", {"308", "-1", "0"}, EPERM);
    row("unshare user", {"272", "0x10000000"}, EPERM);
    row("unshare mount", {"272", "0x20000"}, EPERM);
    row("clone NEWUSER", {"56", "0x10000011", "0", "0", "0", "0"}, EPERM);
    row("clone3", {"435", "0", "0"}, ENOSYS);
    row("open_by_handle_at", {"304", "-1", "0", "0"}, EPERM);
    row("init_module", {"175", "0", "0", "0"}, EPERM);
    row("finit_module", {"313", "-1", "0", "0"}, EPERM);
    row("delete_module", {"176", "0", "0"}, EPERM);
    row("kexec_load", {"246", "0", "0", "0", "0"}, EPERM);
    row("kexec_file_load", {"320", "-1", "-1", "0", "0", "0"}, EPERM);
    row("reboot", {"169", "0", "0", "0", "0"}, EPERM);
    row("swapon", {"167", "0", "0"}, EPERM);
    row("swapoff", {"168", "0"}, EPERM);
    row("syslog", {"103", "3", "0", "0"}, EPERM);
    row("settimeofday", {"164", "0", "0"}, EPERM);
    row("clock_settime", {"227", "0", "0"}, EPERM);
    row("clock_adjtime", {"305", "0", "0"}, EPERM);
    row("adjtimex", {"159", "0"}, EPERM);
    row("personality", {"135", "0xffffffff"}, EPERM);
}

void TestEscapeBattery::deniedSyscalls_failWithTheirErrno()
{
    QFETCH(QStringList, args);
    QFETCH(int, expectedErrno);
    const Run r = run(py(kSyscallPy, args));
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0,
             qPrintable(r.result.describe() + QString::fromUtf8(r.result.stderrText)));
    QCOMPARE(r.result.stdoutText, QByteArray("r=-1 errno=") + QByteArray::number(expectedErrno) + '\n');
}

void TestEscapeBattery::t05_tmpWritesStayInTheSandbox()
{
    const QString name = QStringLiteral("tst_escape_persist_%1").arg(::getpid());
    const Run r = run(sh(QStringLiteral("echo x > /tmp/%1 && cat /tmp/%1").arg(name)));
    QCOMPARE(r.result.stdoutText, QByteArray("x\n"));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/") + name));
}

void TestEscapeBattery::t06t07_hostDotfilesUnchanged()
{
    const Run r = run(sh(expand(QStringLiteral("echo evil >> %HOST%/.bashrc; echo a=$?; "
                                               "ln -s %HOST%/.profile p && echo evil > p; echo b=$?; "
                                               "echo evil > %HOST%/.new; echo c=$?"))));
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stdoutText.contains("a=1\n") && r.result.stdoutText.contains("b=1\n") &&
                 r.result.stdoutText.contains("c=1\n"),
             r.result.stdoutText.constData());
    QCOMPARE(readHostFile(m_host.filePath(QStringLiteral(".bashrc"))), QByteArray("# bashrc\n"));
    QCOMPARE(readHostFile(m_host.filePath(QStringLiteral(".profile"))), QByteArray("# profile\n"));
    QVERIFY(!QFileInfo::exists(m_host.filePath(QStringLiteral(".new"))));
    QFile::remove(m_ws.filePath(QStringLiteral("p")));
}

void TestEscapeBattery::t10_onlyTheSandboxsProcessesAreVisible()
{
    const Run r =
        run(sh(QStringLiteral("ls /proc | grep -c '^[0-9]'; cat /proc/%1/cmdline; echo").arg(::getpid())));
    QCOMPARE(r.result.end, End::Exited);
    const QList<QByteArray> lines = r.result.stdoutText.split('\n');
    QVERIFY2(lines.at(0).toInt() > 0 && lines.at(0).toInt() <= 5, r.result.stdoutText.constData());
    QVERIFY(!r.result.stdoutText.contains("tst_escapebattery"));
}

void TestEscapeBattery::t13t14_killingEverythingSparesHostProcesses()
{
    // A host process of the very uid the commands run as.
    QProcess victim;
    const uid_t uid = sandboxHostUid();
    if (::geteuid() == 0)
        victim.start(QStringLiteral("setpriv"),
                     {QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(uid),
                      QStringLiteral("--clear-groups"), QStringLiteral("/usr/bin/sleep"),
                      QStringLiteral("9931")});
    else
        victim.start(QStringLiteral("/usr/bin/sleep"), {QStringLiteral("9931")});
    QTRY_COMPARE(processesRunning("/usr/bin/sleep 9931"), 1);
    const Run r =
        run(sh(QStringLiteral("kill -9 -1; echo k1=$?; kill -STOP 1; kill -9 $PPID 1; echo k2=$?")));
    QVERIFY(r.result.end == End::Exited || r.result.end == End::Signaled);
    QCOMPARE(victim.state(), QProcess::Running);
    QCOMPARE(processesRunning("/usr/bin/sleep 9931"), 1);
    victim.kill();
    QVERIFY(victim.waitForFinished(5000));
}

void TestEscapeBattery::t15_forkBombIsCappedAndLeavesNothing()
{
    const QString bomb = QStringLiteral("b(){ b|b& };b; sleep 2");
    ExecSpec spec;
    spec.argv = sh(bomb);
    spec.timeoutMs = 4000;
    spec.limits.processes = 64;
    const Run r = run(spec);
    QVERIFY2(r.result.end == End::Exited || r.result.end == End::TimedOut, qPrintable(r.result.describe()));
    QVERIFY2(r.result.stderrText.contains("Resource temporarily unavailable"),
             r.result.stderrText.constData());
    // With a cgroup per run, the kernel counted the refused forks there.
    if (m_sandbox->limitMechanism() != QLatin1String("rlimits") && r.result.end == End::Exited)
        QVERIFY2(r.result.processLimitHits > 0, qPrintable(QString::number(r.result.processLimitHits)));
    QTRY_COMPARE(processesRunning("bash -c " + bomb.toUtf8()), 0);
}

void TestEscapeBattery::t16_memoryIsLimited_data()
{
    QTest::addColumn<qint64>("limitBytes"); // 0: the default (2 GiB)
    QTest::addColumn<QString>("allocate");
    QTest::newRow("default 2 GiB, 3 GiB asked") << qint64(0) << QStringLiteral("3 << 30");
    QTest::newRow("override 256 MiB, 512 MiB asked") << (qint64(256) << 20) << QStringLiteral("512 << 20");
}

void TestEscapeBattery::t16_memoryIsLimited()
{
    QFETCH(qint64, limitBytes);
    QFETCH(QString, allocate);
    ExecSpec spec;
    spec.argv = py(QStringLiteral("b = bytearray(%1)\nprint('ALLOCATED')").arg(allocate));
    spec.limits.addressSpaceBytes = limitBytes;
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stderrText.contains("MemoryError"), r.result.stderrText.constData());
    QVERIFY(!r.result.stdoutText.contains("ALLOCATED"));
    const qint64 applied = r.spec.value(QLatin1String("limits"))
                               .toObject()
                               .value(QLatin1String("addressSpaceBytes"))
                               .toInteger();
    QCOMPARE(applied, limitBytes > 0 ? limitBytes : Limits().addressSpaceBytes);
}

void TestEscapeBattery::t17_cpuSpinIsKilledAtTheCpuLimit_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("SIGXCPU at the soft limit") << QStringLiteral("while :; do :; done") << 128 + SIGXCPU
                                               << QStringLiteral("CPU time limit of 1 s reached (SIGXCPU)");
    QTest::newRow("SIGKILL at the hard limit when SIGXCPU is ignored")
        << QStringLiteral("trap '' XCPU; while :; do :; done") << 128 + SIGKILL
        << QStringLiteral("CPU time hard limit of 2 s reached (SIGKILL)");
}

void TestEscapeBattery::t17_cpuSpinIsKilledAtTheCpuLimit()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    ExecSpec spec;
    spec.argv = sh(script);
    spec.timeoutMs = 20000;
    spec.limits.cpuSeconds = 1;
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.exitCode, exitCode);
    QCOMPARE(r.result.limit, QStringLiteral("cpuTime"));
    QVERIFY2(r.result.describe().contains(words), qPrintable(r.result.describe()));
    QVERIFY(r.result.durationMs < 15000);
}

void TestEscapeBattery::t18_detachedChildrenDieAtWallTime()
{
    const Run r =
        run(sh(QStringLiteral("setsid sleep 9941 & nohup sleep 9942 >/dev/null 2>&1 & sleep 9943")), 1500);
    QCOMPARE(r.result.end, End::TimedOut);
    QCOMPARE(r.result.limit, QStringLiteral("wallTime"));
    QTRY_VERIFY(processesRunning("sleep 9941") + processesRunning("sleep 9942") +
                    processesRunning("sleep 9943") ==
                0);
}

void TestEscapeBattery::t19_endlessOutputIsCappedAndStopped()
{
    // A line of its own, so a `yes` of another test running alongside is not counted below.
    const Run r = run(QStringList{QStringLiteral("yes"), QStringLiteral("t19-flood")});
    QCOMPARE(r.result.end, End::OutputLimit);
    QCOMPARE(r.result.limit, QStringLiteral("output"));
    QVERIFY(r.result.stdoutText.size() <= (1 << 20) + 128);
    QVERIFY(r.result.stdoutText.contains("bytes elided"));
    QVERIFY(r.result.stdoutText.startsWith("t19-flood\n"));
    QTRY_COMPARE(processesRunning("yes t19-flood"), 0);
}

void TestEscapeBattery::t20_bigFileStopsAtFileSizeLimit()
{
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("dd if=/dev/zero of=/workspace/big bs=1M count=200"));
    spec.limits.fileSizeBytes = qint64(100) << 20;
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.exitCode, 128 + SIGXFSZ);
    QCOMPARE(r.result.limit, QStringLiteral("fileSize"));
    QVERIFY2(r.result.describe().contains(QLatin1String("file size limit of 100 MiB reached (SIGXFSZ)")),
             qPrintable(r.result.describe()));
    QCOMPARE(QFileInfo(m_ws.filePath(QStringLiteral("big"))).size(), qint64(100) << 20);
    // What changed says so, with the size and the growth.
    QCOMPARE(r.result.changes.created.size(), 1);
    QCOMPARE(r.result.changes.created.first().path, QStringLiteral("big"));
    QCOMPARE(r.result.changes.created.first().size, qint64(100) << 20);
    QCOMPARE(r.result.changes.growthBytes, qint64(100) << 20);
    QFile::remove(m_ws.filePath(QStringLiteral("big")));
}

void TestEscapeBattery::t22t24_hostLoopbackIsUnreachable()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString port = QString::number(server.serverPort());
    const Run r =
        run(sh(QStringLiteral("echo hi > /dev/tcp/127.0.0.1/%1; echo bash=$?; python3 -c \"import socket\n"
                              "try:\n socket.create_connection(('127.0.0.1', %1), 3); print('CONNECTED')\n"
                              "except OSError as e:\n print('py', e.errno)\"")
                   .arg(port)));
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stdoutText.contains("bash=1\n"), r.result.stdoutText.constData());
    QVERIFY2(r.result.stdoutText.contains("py "), r.result.stdoutText.constData());
    QVERIFY(!r.result.stdoutText.contains("CONNECTED"));
    QVERIFY(!server.hasPendingConnections());
}

void TestEscapeBattery::t25_hostAbstractSocketIsUnreachable()
{
    QLocalServer server;
    server.setSocketOptions(QLocalServer::AbstractNamespaceOption);
    const QString name = QStringLiteral("tst-escape-%1").arg(::getpid());
    QVERIFY(server.listen(name));
    const Run r = run(py(QStringLiteral("import socket\ns = socket.socket(socket.AF_UNIX)\ntry:\n"
                                        " s.connect('\\0%1'); print('CONNECTED')\n"
                                        "except OSError as e:\n print('refused', e.errno)")
                             .arg(name)));
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stdoutText.startsWith("refused"), r.result.stdoutText.constData());
    QVERIFY(!server.hasPendingConnections());
}

void TestEscapeBattery::t27_noSecretInAnyEnvironment()
{
    qputenv("ANTHROPIC_API_KEY", "sk-ant-battery-secret");
    qputenv("OPENAI_API_KEY", "sk-battery-secret");
    const Run r = run(sh(QStringLiteral("env; cat /proc/*/environ 2>/dev/null | tr '\\0' '\\n'; "
                                        "cat /proc/*/cmdline 2>/dev/null | tr '\\0' ' '")));
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("OPENAI_API_KEY");
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY(r.result.stdoutText.contains("HOME=/home/agent")); // control: env was read
    QVERIFY(!r.result.stdoutText.contains("battery-secret"));
    QVERIFY(!r.result.stdoutText.contains("API_KEY"));
    QVERIFY(!r.result.stdoutText.contains(QFile::encodeName(m_ws.path())));
}

void TestEscapeBattery::t31_foreignArchitectureSyscallKills()
{
    // Control: on the host the snippet really makes the 32-bit call and returns.
    QProcess host;
    host.start(QStringLiteral("python3"), {QStringLiteral("-c"), kInt80Py});
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), QProcess::NotRunning, kFinishMs);
    QVERIFY2(host.readAllStandardOutput().startsWith("returned"), "int 0x80 control failed on the host");

    const Run r = run(py(kInt80Py));
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.exitCode, 128 + SIGSYS);
    QVERIFY(!r.result.stdoutText.contains("returned"));
}

void TestEscapeBattery::t32_gitHooksAndConfigAreReadOnly()
{
    const Run r =
        run(sh(QStringLiteral("echo evil > .git/hooks/pre-commit; echo a=$?; echo evil >> .git/config; "
                              "echo b=$?; touch .git/hooks/post-checkout; echo c=$?; mv .git moved; "
                              "echo d=$?; echo fine > .git/HEAD; echo e=$?")));
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText,
             QByteArray("a=1\nb=1\nc=1\nd=1\ne=0\n")); // e: the rest of .git stays writable
    QVERIFY(r.result.stderrText.contains("Read-only file system"));
    QCOMPARE(readHostFile(m_ws.filePath(QStringLiteral(".git/hooks/pre-commit"))),
             QByteArray("#!/bin/sh\nexit 0\n"));
    QCOMPARE(readHostFile(m_ws.filePath(QStringLiteral(".git/config"))), QByteArray("[core]\n"));
    QVERIFY(!QFileInfo::exists(m_ws.filePath(QStringLiteral(".git/hooks/post-checkout"))));
    const QJsonArray ro = r.spec.value(QLatin1String("readOnlyInWorkspace")).toArray();
    QCOMPARE(ro.size(), 2);

    // A planted symlink in place of .git/config is never followed into the host.
    QTemporaryDir other(QStringLiteral("/tmp/tst_escape-ws2-XXXXXX"));
    QVERIFY(QDir(other.path()).mkpath(QStringLiteral(".git")));
    QVERIFY(QFile::link(m_host.filePath(QStringLiteral(".ssh/id_rsa")),
                        other.filePath(QStringLiteral(".git/config"))));
    auto created = BwrapSandbox::create(SandboxConfig(other.path()));
    QVERIFY(created.ok());
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("cat .git/config; echo rc=$?"));
    const Run r2 = run(spec, created->get());
    QVERIFY2(r2.result.stdoutText.contains("rc=1"), r2.result.stdoutText.constData());
    QVERIFY(!r2.result.stdoutText.contains(kSecret));
    // No file was created in the host workspace for the protection.
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral(".git/hooks"))));
}

void TestEscapeBattery::h1_plantedSymlinkIsRefusedByTheApp()
{
    const Run r = run(sh(expand(QStringLiteral("ln -sf %HOST%/.ssh/id_rsa report.txt"))));
    QCOMPARE(r.result.end, End::Exited);
    const auto read = m_sandbox->makeWorkspaceFs().readFile(QStringLiteral("report.txt"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("workspace_symlink"));
    QFile::remove(m_ws.filePath(QStringLiteral("report.txt")));
}

void TestEscapeBattery::ci_missingBwrapFailsClosed()
{
    QTemporaryDir ws(QStringLiteral("/tmp/tst_escape-nobwrap-XXXXXX"));
    SandboxConfig config(ws.path());
    config.bwrapPath = QStringLiteral("/nonexistent/bwrap");
    auto created = BwrapSandbox::create(config);
    QVERIFY(created.ok());
    const Status pre = (*created)->preflight();
    QVERIFY(!pre.ok());
    QVERIFY(pre.error().message.contains(QLatin1String("bubblewrap was not found")));
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("touch /workspace/ran"));
    const Run r = run(spec, created->get());
    QCOMPARE(r.result.end, End::FailedToStart);
    QCOMPARE(r.error.code, QStringLiteral("sandbox_unavailable"));
    QVERIFY(!QFileInfo::exists(ws.filePath(QStringLiteral("ran"))));
}

void TestEscapeBattery::ci_missingLauncherFailsClosed()
{
    QTemporaryDir ws(QStringLiteral("/tmp/tst_escape-nolaunch-XXXXXX"));
    SandboxConfig config(ws.path());
    config.launcherPath = QStringLiteral("/nonexistent/workbench-sandbox-launch");
    const auto created = BwrapSandbox::create(config);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("sandbox_unavailable"));
    QVERIFY(created.error().message.contains(QLatin1String("launcher")));
}

// A host that forbids user namespaces (sysctl, AppArmor) must stop every command with the reason,
// never fall back to running it unsandboxed. Reproduced for real: the product runs inside a user
// namespace whose own limit on further user namespaces is set to zero.
void TestEscapeBattery::ci_userNamespacesBlockedFailsClosed()
{
    const QString binary = qEnvironmentVariable("WORKBENCH_BINARY");
    if (!QFileInfo(binary).isExecutable())
        QSKIP("the agent-workbench binary is not built");
    QProcess probe;
    probe.start(QStringLiteral("unshare"),
                {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("true")});
    QVERIFY(probe.waitForFinished(kFinishMs));
    if (probe.exitCode() != 0)
        QSKIP("this host cannot create the user namespace the test needs");

    QTemporaryDir ws(QStringLiteral("/tmp/tst_escape-nouserns-XXXXXX"));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const QString script =
        QStringLiteral("echo 0 > /proc/sys/user/max_user_namespaces || exit 99; "
                       "exec \"$0\" sandbox-exec --workspace \"$1\" -- touch /workspace/ran");
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("sh"),
             QStringLiteral("-c"), script, binary, ws.path()});
    QVERIFY(p.waitForFinished(kFinishMs));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() != 99, "could not lower user.max_user_namespaces");
    QCOMPARE(p.exitCode(), 125);
    QVERIFY2(err.contains(QLatin1String("user namespaces")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(ws.filePath(QStringLiteral("ran"))));
}

void TestEscapeBattery::ci_modelChosenWorkspaceIsIgnored()
{
    QTemporaryDir elsewhere(QStringLiteral("/tmp/tst_escape-elsewhere-XXXXXX"));
    if (::geteuid() == 0)
        QVERIFY(::chmod(QFile::encodeName(elsewhere.path()).constData(), 0777) == 0);
    ToolRegistry tools(m_sandbox.get());
    // Extra keys a model might invent to pick its own directory are not part of any tool.
    const QJsonObject input{{QStringLiteral("command"), QStringLiteral("pwd; touch chosen.txt")},
                            {QStringLiteral("cwd"), elsewhere.path()},
                            {QStringLiteral("workdir"), elsewhere.path()},
                            {QStringLiteral("workspace"), elsewhere.path()}};
    auto action = tools.describe(QStringLiteral("t1"), QStringLiteral("bash"), input);
    QVERIFY(action.ok());
    QCOMPARE(action->workingDirectory, QStringLiteral("/workspace"));
    QObject owner;
    ToolExecution *exec = tools.execute(*action, 20000, &owner);
    QSignalSpy finished(exec, &ToolExecution::finished);
    exec->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    QVERIFY2(exec->execResult().stdoutText.startsWith("/workspace\n"),
             exec->execResult().stdoutText.constData());
    QVERIFY(QFileInfo::exists(m_ws.filePath(QStringLiteral("chosen.txt"))));
    QVERIFY(!QFileInfo::exists(elsewhere.filePath(QStringLiteral("chosen.txt"))));
    QFile::remove(m_ws.filePath(QStringLiteral("chosen.txt")));
    // The editor refuses a path outside the workspace instead of following it.
    const auto edit = tools.describe(QStringLiteral("t2"), QStringLiteral("str_replace_based_edit_tool"),
                                     {{QStringLiteral("command"), QStringLiteral("create")},
                                      {QStringLiteral("path"), elsewhere.filePath(QStringLiteral("x.txt"))},
                                      {QStringLiteral("file_text"), QStringLiteral("x")}});
    QVERIFY(!edit.ok());
    const auto up = tools.describe(QStringLiteral("t3"), QStringLiteral("str_replace_based_edit_tool"),
                                   {{QStringLiteral("command"), QStringLiteral("create")},
                                    {QStringLiteral("path"), QStringLiteral("../x.txt")},
                                    {QStringLiteral("file_text"), QStringLiteral("x")}});
    QVERIFY(!up.ok());
}

void TestEscapeBattery::ci_rootProductNeverRunsCommandsAsRoot()
{
    if (::geteuid() != 0)
        QSKIP("meaningful only when the product runs as root (CI runs this battery both ways)");
    QVERIFY(m_sandbox->dropsPrivileges());
    QVERIFY(sandboxHostUid() != 0);
    const Run r = run(sh(QStringLiteral("id -u; grep -E '^(CapEff|NoNewPrivs)' /proc/self/status")));
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText, QByteArray("1000\nCapEff:\t0000000000000000\nNoNewPrivs:\t1\n"));
    // Seen from the host, every process of a run (bwrap, its PID 1, the launcher's command) has
    // the unprivileged uid in all four slots.
    QObject owner;
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("exec sleep 9951"));
    ExecJob *job = m_sandbox->createJob(spec, &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(processesRunning("sleep 9951") == 1, kFinishMs);
    int seen = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QByteArray cmd = readHostFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmd.replace('\0', ' ').contains("sleep 9951"))
            continue;
        const QByteArray status = readHostFile(QStringLiteral("/proc/") + pid + QStringLiteral("/status"));
        const QByteArray u = QByteArray::number(sandboxHostUid());
        const QByteArray uidLine = QByteArray("\nUid:\t") + u + '\t' + u + '\t' + u + '\t' + u + '\n';
        QVERIFY2(status.contains(uidLine), cmd.constData());
        ++seen;
    }
    QVERIFY(seen >= 3); // bwrap, the sandbox's PID 1, sleep
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    SandboxConfig asRoot(m_ws.path());
    asRoot.sandboxUid = 0;
    QVERIFY(!BwrapSandbox::create(asRoot).ok());
}

void TestEscapeBattery::layersAndLimits_areRecorded()
{
    const Run r = run(sh(QStringLiteral("grep -E '^(Seccomp|NoNewPrivs):' /proc/self/status")));
    QCOMPARE(r.result.stdoutText, QByteArray("NoNewPrivs:\t1\nSeccomp:\t2\n"));
    const QJsonObject limits = r.spec.value(QLatin1String("limits")).toObject();
    // The run's own record: the mechanism that held it, and why (cgroups, or what made them unusable).
    const QString mechanism = m_sandbox->limitMechanism();
    QVERIFY(mechanism == QLatin1String("rlimits") || mechanism.startsWith(QLatin1String("cgroup v")));
    qInfo("limits: %s (%s)", qPrintable(mechanism), qPrintable(m_sandbox->limitMechanismReason()));
    QCOMPARE(limits.value(QLatin1String("mechanism")).toString(), mechanism);
    QVERIFY(!limits.value(QLatin1String("mechanismReason")).toString().isEmpty());
    QCOMPARE(r.result.limitMechanism, mechanism);
    QCOMPARE(
        r.result.toJson().value(QLatin1String("limitMechanism")).toObject().value(QLatin1String("mechanism")),
        mechanism);
    QCOMPARE(limits.value(QLatin1String("cpuSeconds")).toInteger(), 60);
    QCOMPARE(limits.value(QLatin1String("processes")).toInteger(), 256);
    QCOMPARE(limits.value(QLatin1String("openFiles")).toInteger(), 1024);
    QCOMPARE(limits.value(QLatin1String("coreBytes")).toInteger(), 0);
    const QStringList layers = m_sandbox->activeLayers();
    QCOMPARE(layers.size(), 5);
    QVERIFY(layers.at(1).startsWith(QLatin1String("seccomp")));
    QVERIFY(layers.at(3).startsWith(QStringLiteral("limits: %1 (").arg(mechanism)));
    QVERIFY(layers.at(4).startsWith(QLatin1String("network: off")));
    QCOMPARE(r.spec.value(QLatin1String("layers")).toArray().size(), 5);
    QCOMPARE(r.spec.value(QLatin1String("landlockAbi")).toInt(), m_sandbox->landlockAbi());
    // The limits really apply inside (ulimit reports what the command got).
    const Run u = run(sh(QStringLiteral("for o in t v u f n c; do ulimit -$o; done")));
    QCOMPARE(u.result.stdoutText, QByteArray("60\n2097152\n256\n262144\n1024\n0\n"));
    if (m_sandbox->landlockAbi() > 0) {
        // Landlock holds even where the bind policy would allow a write: /run is the sandbox's
        // own tmpfs root, read-only; the launcher's domain also forbids ptrace of PID 1's memory.
        const Run l = run(sh(QStringLiteral("cat /proc/1/environ >/dev/null; echo env=$?")));
        QVERIFY2(l.result.stdoutText.contains("env=1"), l.result.stdoutText.constData());
    }
}

void TestEscapeBattery::launcher_failsClosed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("runs the command")
        << QStringList{QStringLiteral("--nproc"), QStringLiteral("7"),  QStringLiteral("--"),
                       QStringLiteral("bash"),    QStringLiteral("-c"), QStringLiteral("ulimit -u")}
        << 0 << QByteArray();
    QTest::newRow("Landlock ABI the kernel lacks")
        << QStringList{QStringLiteral("--landlock-abi"), QStringLiteral("999"), QStringLiteral("--"),
                       QStringLiteral("true")}
        << 126 << QByteArray("Landlock is not available");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--network"), QStringLiteral("1"),
                                                   QStringLiteral("--"), QStringLiteral("true")}
                                    << 126 << QByteArray("unknown option");
    QTest::newRow("missing command") << QStringList{QStringLiteral("--"),
                                                    QStringLiteral("no-such-command-xyz")}
                                     << 127 << QByteArray("cannot run \"no-such-command-xyz\"");
}

void TestEscapeBattery::launcher_failsClosed()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, said);
    // A copy of the battery (run as another user) brings its launcher along, next to itself.
    const QString beside =
        QCoreApplication::applicationDirPath() + QStringLiteral("/workbench-sandbox-launch");
    QProcess p;
    p.start(QFileInfo(beside).isExecutable() ? beside : QStringLiteral(WB_SANDBOX_LAUNCHER_PATH), args);
    QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, kFinishMs);
    QCOMPARE(p.exitCode(), exitCode);
    const QByteArray err = p.readAllStandardError();
    if (said.isEmpty())
        QCOMPARE(p.readAllStandardOutput(), QByteArray("7\n"));
    else
        QVERIFY2(err.startsWith("workbench-sandbox-launch: ") && err.contains(said), err.constData());
}

std::unique_ptr<BwrapSandbox> TestEscapeBattery::netSandbox(const QStringList &rules,
                                                            std::shared_ptr<NetProxy> *proxy)
{
    DomainPolicy policy;
    for (const QString &r : rules) {
        const QString kind = r.section(QLatin1Char(':'), 0, 0);
        const QString text = r.section(QLatin1Char(':'), 1);
        const Status s = policy.addRule(
            text, kind == QLatin1String("deny") ? DomainRule::Kind::Deny : DomainRule::Kind::Allow,
            QStringLiteral("battery"), kind == QLatin1String("private"));
        if (!s)
            qWarning("bad rule %s: %s", qPrintable(r), qPrintable(s.error().message));
    }
    *proxy = std::make_shared<NetProxy>(policy);
    SandboxConfig config(m_ws.path());
    config.networkProxy = *proxy;
    auto created = BwrapSandbox::create(config);
    if (!created) {
        qWarning("%s", qPrintable(created.error().toString()));
        return nullptr;
    }
    return std::move(*created);
}

TestEscapeBattery::Run TestEscapeBattery::netRun(const QStringList &rules, const QStringList &argv,
                                                 QList<NetDecision> *decisions)
{
    std::shared_ptr<NetProxy> proxy;
    auto sandbox = netSandbox(rules, &proxy);
    if (!sandbox)
        return {};
    QList<NetDecision> seen;
    connect(proxy.get(), &NetProxy::decided, this, [&seen](const NetDecision &d) { seen.append(d); });
    ExecSpec spec;
    spec.argv = argv;
    spec.timeoutMs = 20000;
    Run r = run(spec, sandbox.get());
    if (decisions)
        *decisions = seen;
    return r;
}

void TestEscapeBattery::net_p3_relayReachesAnAllowedUpstream()
{
    // Positive control: the relay, the bound socket, the proxy and the upstream connect, over
    // both plain HTTP and CONNECT, and the command sees the proxy variables.
    const QByteArray port = m_upstream.port();
    const int before = m_upstream.connections;
    QList<NetDecision> decisions;
    const Run r =
        netRun({QStringLiteral("private:127.0.0.1:") + QString::fromLatin1(port)},
               sh(QStringLiteral("echo proxy=$HTTPS_PROXY no=$NO_PROXY; "
                                 "curl -sS --noproxy '' -x \"$HTTP_PROXY\" http://127.0.0.1:%1/a; "
                                 "curl -sS -p --noproxy '' -x \"$HTTP_PROXY\" http://127.0.0.1:%1/b")
                      .arg(QString::fromLatin1(port))),
               &decisions);
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0,
             qPrintable(r.result.describe() + r.error.toString() + QString::fromUtf8(r.result.stderrText)));
    QVERIFY2(r.result.stdoutText.startsWith("proxy=http://127.0.0.1:"), r.result.stdoutText.constData());
    QVERIFY(r.result.stdoutText.contains("no=localhost,127.0.0.1,::1"));
    QCOMPARE(r.result.stdoutText.count("hello\n"), 2);
    QCOMPARE(m_upstream.connections - before, 2);
    QCOMPARE(decisions.size(), 2);
    QVERIFY(decisions.at(0).allowed && decisions.at(1).allowed);
    QCOMPARE(decisions.at(1).method, QStringLiteral("CONNECT"));
    m_netWorks = true;
}

void TestEscapeBattery::net_t22_hostLoopbackNeedsAnExplicitRule()
{
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    const QString port = QString::fromLatin1(m_upstream.port());
    const int before = m_upstream.connections;
    // A plain allow rule for the loopback address is not enough; a direct connection fails too.
    const Run r = netRun({QStringLiteral("allow:127.0.0.1:") + port},
                         sh(QStringLiteral("echo hi > /dev/tcp/127.0.0.1/%1; echo direct=$?; "
                                           "curl -s -o /dev/null -w 'code=%{http_code}\\n' --noproxy '' "
                                           "-x \"$HTTP_PROXY\" http://127.0.0.1:%1/")
                                .arg(port)));
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stdoutText.contains("direct=1\n"), r.result.stdoutText.constData());
    QVERIFY2(r.result.stdoutText.contains("code=403"), r.result.stdoutText.constData());
    QCOMPARE(m_upstream.connections, before);
}

void TestEscapeBattery::net_t23_sandboxStillResolvesNothingItself()
{
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    QList<NetDecision> decisions;
    const Run r = netRun({},
                         py(QStringLiteral("import socket\ntry:\n socket.getaddrinfo('example.com', 443)\n"
                                           " print('RESOLVED')\nexcept OSError as e:\n print('dns-failed')")),
                         &decisions);
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText, QByteArray("dns-failed\n"));
    // An unknown host through the proxy, with no one to ask: refused, and logged as such.
    const Run asked = netRun({},
                             sh(QStringLiteral("curl -s -o /dev/null -w 'code=%{http_connect}' "
                                               "-p -x \"$HTTP_PROXY\" https://unknown.example/")),
                             &decisions);
    QVERIFY2(asked.result.stdoutText.contains("code=403"), asked.result.stdoutText.constData());
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.at(0).decidedBy, QStringLiteral("headless"));
}

void TestEscapeBattery::net_refusedTargets_neverConnect_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("reasonPart");
    const QString port = QString::fromLatin1(m_upstream.port());
    QTest::newRow("T22 metadata address, even with a reach-private rule")
        << QStringList{QStringLiteral("private:169.254.169.254:80")}
        << QStringLiteral("http://169.254.169.254/latest/meta-data/") << QByteArray("metadata");
    QTest::newRow("T22 RFC 1918 address") << QStringList{QStringLiteral("allow:10.0.0.1")}
                                          << QStringLiteral("http://10.0.0.1/") << QByteArray("private");
    QTest::newRow("T22 IPv4-mapped loopback")
        << QStringList{QStringLiteral("allow:[::ffff:127.0.0.1]")}
        << QStringLiteral("http://[::ffff:127.0.0.1]:%1/").arg(port) << QByteArray("loopback");
    QTest::newRow("T24 rebinding-style name resolving to loopback")
        << QStringList{QStringLiteral("allow:localhost")} << QStringLiteral("http://localhost:%1/").arg(port)
        << QByteArray("resolves to");
}

void TestEscapeBattery::net_refusedTargets_neverConnect()
{
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    QFETCH(QStringList, rules);
    QFETCH(QString, url);
    QFETCH(QByteArray, reasonPart);
    const int before = m_upstream.connections;
    QList<NetDecision> decisions;
    const Run r = netRun(
        rules,
        sh(QStringLiteral("curl -s --noproxy '' -x \"$HTTP_PROXY\" -w '\\ncode=%{http_code}' '%1'").arg(url)),
        &decisions);
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stdoutText.contains("code=403"), r.result.stdoutText.constData());
    QVERIFY2(r.result.stdoutText.contains(reasonPart), r.result.stdoutText.constData());
    QCOMPARE(m_upstream.connections, before);
    QCOMPARE(decisions.size(), 1);
    QVERIFY(!decisions.at(0).allowed);
}

void TestEscapeBattery::net_nulByteHost_isRejected()
{
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    QList<NetDecision> decisions;
    const Run r = netRun({QStringLiteral("allow:allowed.example")},
                         py(kRawProxyPy, {QStringLiteral("CONNECT allowed.example\\x00.evil.example:443 "
                                                         "HTTP/1.1\\r\\n\\r\\n")}),
                         &decisions);
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0, r.result.stderrText.constData());
    QVERIFY2(r.result.stdoutText.startsWith("HTTP/1.1 400"), r.result.stdoutText.constData());
    QCOMPARE(decisions.size(), 1);
    QVERIFY(!decisions.at(0).allowed);
}

void TestEscapeBattery::net_hostHeaderMismatch_isRejected()
{
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    const QString port = QString::fromLatin1(m_upstream.port());
    const int before = m_upstream.connections;
    const Run r = netRun({QStringLiteral("private:127.0.0.1:") + port},
                         py(kRawProxyPy, {QStringLiteral("GET http://127.0.0.1:%1/ HTTP/1.1\\r\\n"
                                                         "Host: evil.example\\r\\n\\r\\n")
                                              .arg(port)}));
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0, r.result.stderrText.constData());
    QVERIFY2(r.result.stdoutText.startsWith("HTTP/1.1 400"), r.result.stdoutText.constData());
    QCOMPARE(m_upstream.connections, before);
}

void TestEscapeBattery::net_relayedConnectToDeniedDomain_isRefused()
{
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    const QString port = QString::fromLatin1(m_upstream.port());
    // Straight to the denied domain: refused by its rule.
    QList<NetDecision> decisions;
    const Run direct =
        netRun({QStringLiteral("private:127.0.0.1:") + port, QStringLiteral("deny:denied.example")},
               py(kRawProxyPy, {QStringLiteral("CONNECT denied.example:443 HTTP/1.1\\r\\n"
                                               "Host: denied.example:443\\r\\n\\r\\n")}),
               &decisions);
    QVERIFY2(direct.result.stdoutText.startsWith("HTTP/1.1 403"), direct.result.stdoutText.constData());
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.at(0).rule, QStringLiteral("denied.example"));
    // Relayed: a CONNECT for the denied domain sent inside a tunnel to an allowed host goes to
    // that host as data; the proxy never connects anywhere else.
    const int before = m_upstream.received.count("CONNECT denied.example");
    const Run relayed =
        netRun({QStringLiteral("private:127.0.0.1:") + port, QStringLiteral("deny:denied.example")},
               py(kRawProxyPy, {QStringLiteral("CONNECT 127.0.0.1:%1 HTTP/1.1\\r\\n\\r\\n"
                                               "CONNECT denied.example:443 HTTP/1.1\\r\\n\\r\\n")
                                    .arg(port)}),
               &decisions);
    QVERIFY2(relayed.result.stdoutText.startsWith("HTTP/1.1 200 Connection established"),
             relayed.result.stdoutText.constData());
    QTRY_COMPARE(m_upstream.received.count("CONNECT denied.example"), before + 1);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.at(0).host, QStringLiteral("127.0.0.1"));
}

void TestEscapeBattery::net_halfClosedRequest_stillGetsItsAnswer()
{
    // The client stops writing after its request (as `nc -N` does); the relay and the proxy
    // pass the half-close on and the answer still comes back.
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    const QString port = QString::fromLatin1(m_upstream.port());
    const int before = m_upstream.connections;
    const Run r = netRun({QStringLiteral("private:127.0.0.1:") + port},
                         py(kRawProxyPy, {QStringLiteral("GET http://127.0.0.1:%1/h HTTP/1.1\\r\\n"
                                                         "Host: 127.0.0.1:%1\\r\\n\\r\\n")
                                              .arg(port),
                                          QStringLiteral("half-close")}));
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0,
             qPrintable(r.result.describe() + QString::fromUtf8(r.result.stderrText)));
    QVERIFY2(r.result.stdoutText.startsWith("HTTP/1.1 200 OK"), r.result.stdoutText.constData());
    QCOMPARE(m_upstream.connections, before + 1);
}

void TestEscapeBattery::net_commandThatReapsEveryChild_keepsNetworkAndEnds()
{
    // The command reaps every child it has (waitpid(-1) until none is left), before and after
    // using the network. Were the relay its child, the first loop would wait on it forever (the
    // run would end on its wall clock) or take it away; the relay lives outside its tree.
    QVERIFY2(m_netWorks, "the positive control net_p3 failed");
    const QString port = QString::fromLatin1(m_upstream.port());
    const QString code = QStringLiteral(
        "import os, subprocess\n"
        "def reap():\n"
        "    n = 0\n"
        "    while True:\n"
        "        try:\n"
        "            os.waitpid(-1, 0)\n"
        "            n += 1\n"
        "        except ChildProcessError:\n"
        "            return n\n"
        "print('reaped before', reap(), flush=True)\n"
        "url = 'http://127.0.0.1:%1/reap'\n"
        "r = subprocess.run(['curl', '-sS', '--noproxy', '', '-x', os.environ['HTTP_PROXY'], url],\n"
        "                   capture_output=True)\n"
        "print(r.stdout.decode(), end='', flush=True)\n"
        "print('reaped after', reap(), flush=True)\n");
    const Run r = netRun({QStringLiteral("private:127.0.0.1:") + port}, py(code.arg(port)));
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0,
             qPrintable(r.result.describe() + QString::fromUtf8(r.result.stderrText)));
    QCOMPARE(r.result.stdoutText, QByteArray("reaped before 0\nhello\nreaped after 0\n"));
    // Signalling its own process group (a common cleanup) leaves the relay alone too.
    const Run g = netRun({QStringLiteral("private:127.0.0.1:") + port},
                         sh(QStringLiteral("trap '' TERM; kill -TERM 0; "
                                           "curl -sS --noproxy '' -x \"$HTTP_PROXY\" http://127.0.0.1:%1/g")
                                .arg(port)));
    QVERIFY2(g.result.end == End::Exited && g.result.exitCode == 0,
             qPrintable(g.result.describe() + QString::fromUtf8(g.result.stderrText)));
    QCOMPARE(g.result.stdoutText, QByteArray("hello\n"));
}

void TestEscapeBattery::net_policyIsShown()
{
    const QJsonObject off = run(sh(QStringLiteral("true"))).spec;
    QCOMPARE(off.value(QLatin1String("networkAccess")).toObject().value(QLatin1String("mode")).toString(),
             QStringLiteral("off"));
    std::shared_ptr<NetProxy> proxy;
    auto sandbox = netSandbox({QStringLiteral("allow:pypi.org:443")}, &proxy);
    QVERIFY(sandbox);
    QVERIFY(sandbox->activeLayers().join(QLatin1Char('\n')).contains(QLatin1String("allowed: pypi.org:443")));
    QObject owner;
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("true"));
    const QJsonObject on = sandbox->createJob(spec, &owner)->describeSpec();
    const QJsonObject net = on.value(QLatin1String("networkAccess")).toObject();
    QCOMPARE(net.value(QLatin1String("mode")).toString(), QStringLiteral("proxy"));
    QCOMPARE(net.value(QLatin1String("allowed")).toArray().first().toString(),
             QStringLiteral("pypi.org:443"));
    QVERIFY(on.value(QLatin1String("network")).toBool());
}

QString TestEscapeBattery::sharedDir(QTemporaryDir &dir)
{
    if (!dir.isValid() || ::chmod(QFile::encodeName(dir.path()).constData(), 0755) != 0)
        return {};
    return QFileInfo(dir.path()).canonicalFilePath();
}

std::unique_ptr<BwrapSandbox> TestEscapeBattery::extraSandbox(const QStringList &extra)
{
    SandboxConfig config(m_ws.path());
    config.extraReadOnly = extra;
    auto created = BwrapSandbox::create(config);
    if (!created) {
        qWarning("%s", qPrintable(created.error().toString()));
        return nullptr;
    }
    return std::move(*created);
}

// Every way of writing, run against a folder: prints "WROTE <op>" for each that succeeds.
QString writeAttempts(const QString &dir)
{
    return QStringLiteral("export T='%1'; for op in 'touch $T/new' 'echo x >> $T/tool.txt' "
                          "'chmod 777 $T/tool.txt' 'truncate -s 0 $T/tool.txt' "
                          "'mv $T/tool.txt $T/moved && mv $T/moved $T/tool.txt' 'rm $T/tool.txt' "
                          "'ln -s /etc/passwd $T/link' 'mkdir $T/d' 'mkfifo $T/fifo'; do "
                          "bash -c \"$op\" 2>/dev/null && echo \"WROTE $op\"; done; true")
        .arg(dir);
}

void TestEscapeBattery::extraReadOnly_cannotBeWrittenInAnyWay()
{
    QTemporaryDir listed(QStringLiteral("/var/tmp/tst_escape-ro-XXXXXX"));
    const QString toolchain = sharedDir(listed);
    QVERIFY(!toolchain.isEmpty());
    // World-writable on the host: only the read-only bind can stop a write, not file modes.
    QVERIFY(writeHostFile(toolchain + QStringLiteral("/tool.txt"), "toolchain 1.0"));
    QVERIFY(::chmod(QFile::encodeName(toolchain + QStringLiteral("/tool.txt")).constData(), 0666) == 0);
    QVERIFY(::chmod(QFile::encodeName(toolchain).constData(), 0777) == 0);
    auto sandbox = extraSandbox({toolchain});
    QVERIFY(sandbox);
    QCOMPARE(sandbox->extraReadOnly(), QStringList{toolchain});

    // Positive control: the same attempts on a writable copy inside the sandbox all succeed.
    const Run control = run(shSpec(QStringLiteral("cp -a '%1' /tmp/copy && ").arg(toolchain) +
                                   writeAttempts(QStringLiteral("/tmp/copy"))),
                            sandbox.get());
    QVERIFY2(control.result.end == End::Exited, qPrintable(control.result.describe()));
    QCOMPARE(control.result.stdoutText.count("WROTE"), 9);

    const Run r =
        run(shSpec(QStringLiteral("cat '%1/tool.txt'; echo; ").arg(toolchain) + writeAttempts(toolchain) +
                   QStringLiteral("; mount -o remount,rw '%1' 2>/dev/null && echo REMOUNTED; "
                                  "ln '%1/tool.txt' /workspace/hardlink 2>&1 | grep -c cross-device")
                       .arg(toolchain)),
            sandbox.get());
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0, r.result.stderrText.constData());
    QCOMPARE(r.result.stdoutText, QByteArray("toolchain 1.0\n1\n"));
    // The host folder is exactly as it was.
    QCOMPARE(readHostFile(toolchain + QStringLiteral("/tool.txt")), QByteArray("toolchain 1.0"));
    QCOMPARE(QDir(toolchain).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden),
             QStringList{QStringLiteral("tool.txt")});
    QCOMPARE(QFileInfo(toolchain + QStringLiteral("/tool.txt")).permissions() & QFile::WriteOther,
             QFile::WriteOther);
    QVERIFY(!QFileInfo::exists(m_ws.filePath(QStringLiteral("hardlink"))));
}

void TestEscapeBattery::extraReadOnly_symlinksInsideLeadNowhere()
{
    QTemporaryDir listed(QStringLiteral("/var/tmp/tst_escape-links-XXXXXX"));
    const QString toolchain = sharedDir(listed);
    QVERIFY(!toolchain.isEmpty());
    const QString key = m_host.filePath(QStringLiteral(".ssh/id_rsa"));
    QString up; // relative: climbs to / from the toolchain, then down to the host key
    for (int i = 0; i < toolchain.count(QLatin1Char('/')); ++i)
        up += QStringLiteral("../");
    QVERIFY(QFile::link(key, toolchain + QStringLiteral("/abs")));
    QVERIFY(QFile::link(up + key.mid(1), toolchain + QStringLiteral("/rel")));
    QVERIFY(QFile::link(m_host.filePath(QStringLiteral(".ssh")), toolchain + QStringLiteral("/dir")));
    QVERIFY(QFile::link(m_ws.path(), toolchain + QStringLiteral("/ws")));
    // Control: on the host, every link does lead to the key.
    for (const char *link : {"/abs", "/rel"})
        QCOMPARE(readHostFile(toolchain + QLatin1String(link)), kSecret);
    QCOMPARE(readHostFile(toolchain + QStringLiteral("/dir/id_rsa")), kSecret);

    auto sandbox = extraSandbox({toolchain});
    QVERIFY(sandbox);
    const Run r = run(shSpec(QStringLiteral("cd '%1' && cat abs rel dir/id_rsa; ls ws/; "
                                            "echo x > ws/planted; echo rc=$?")
                                 .arg(toolchain)),
                      sandbox.get());
    QCOMPARE(r.result.end, End::Exited);
    const QByteArray all = QByteArray(r.result.stdoutText + r.result.stderrText);
    QVERIFY2(!all.contains(kSecret), all.constData());
    QCOMPARE(all.count("No such file or directory"), 5);
    QVERIFY2(r.result.stdoutText.endsWith("rc=1\n"), all.constData());
    QVERIFY(!QFileInfo::exists(m_ws.filePath(QStringLiteral("planted"))));
}

void TestEscapeBattery::extraReadOnly_listedLinkIsResolvedOnceOnTheHost()
{
    QTemporaryDir listed(QStringLiteral("/var/tmp/tst_escape-tool-XXXXXX"));
    QTemporaryDir sibling(QStringLiteral("/var/tmp/tst_escape-sibling-XXXXXX"));
    const QString toolchain = sharedDir(listed);
    const QString other = sharedDir(sibling);
    QVERIFY(!toolchain.isEmpty() && !other.isEmpty());
    QVERIFY(writeHostFile(toolchain + QStringLiteral("/tool.txt"), "toolchain 1.0"));
    QVERIFY(::chmod(QFile::encodeName(toolchain + QStringLiteral("/tool.txt")).constData(), 0644) == 0);
    const QString link = other + QStringLiteral("/current");
    QVERIFY(QFile::link(toolchain, link));
    auto sandbox = extraSandbox({link});
    QVERIFY(sandbox);
    QCOMPARE(sandbox->extraReadOnly(), QStringList{toolchain});
    // Re-pointed at the host's keys after the sandbox was made: the bind stays the toolchain.
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(m_host.filePath(QStringLiteral(".ssh")), link));
    const Run r = run(
        shSpec(QStringLiteral("cat '%1/tool.txt'; echo; ls '%2' '%3'; echo end").arg(toolchain, link, other)),
        sandbox.get());
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText, QByteArray("toolchain 1.0\nend\n"));
    QVERIFY(!r.result.stdoutText.contains(kSecret) && !r.result.stderrText.contains(kSecret));
    QCOMPARE(r.result.stderrText.count("No such file or directory"), 2);
    QObject owner;
    const QJsonObject spec = sandbox->createJob(shSpec(QStringLiteral("true")), &owner)->describeSpec();
    QCOMPARE(spec.value(QLatin1String("extraReadOnly")).toArray(), QJsonArray{toolchain});
}

void TestEscapeBattery::extraReadOnly_refusesSensitivePlaces_data()
{
    // %HOME% is the battery's stand-in home (with .ssh/id_rsa), %WS% a workspace, %OUTER% its parent,
    // %CONFIG% and %DATA% the app's own folders.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("because"); // part of the message that says why
    QTest::newRow("the workspace") << QStringLiteral("%WS%") << QStringLiteral("the workspace");
    QTest::newRow("a folder holding the workspace")
        << QStringLiteral("%OUTER%") << QStringLiteral("the workspace");
    QTest::newRow("the home folder") << QStringLiteral("%HOME%") << QStringLiteral("your home folder");
    QTest::newRow("~/.ssh") << QStringLiteral("%HOME%/.ssh") << QStringLiteral("keys and credentials");
    QTest::newRow("a key in ~/.ssh") << QStringLiteral("%HOME%/.ssh/id_rsa")
                                     << QStringLiteral("keys and credentials");
    QTest::newRow("~/.gnupg") << QStringLiteral("%HOME%/.gnupg") << QStringLiteral("keys and credentials");
    QTest::newRow("~/.config holding cloud tokens")
        << QStringLiteral("%HOME%/.config") << QStringLiteral("keys and credentials");
    QTest::newRow("/root") << QStringLiteral("/root") << QStringLiteral("home folders");
    if (QFileInfo(QStringLiteral("/home")).isDir())
        QTest::newRow("/home") << QStringLiteral("/home") << QStringLiteral("home folders");
    QTest::newRow("the app's settings")
        << QStringLiteral("%CONFIG%") << QStringLiteral("the app's own settings");
    QTest::newRow("the app's data") << QStringLiteral("%DATA%") << QStringLiteral("the app's own settings");
    if (QFileInfo(QStringLiteral("/workspace"))
            .isDir()) // the sandbox's own /workspace, were it a host folder
        QTest::newRow("/workspace") << QStringLiteral("/workspace") << QStringLiteral("overlaps /workspace");
    QTest::newRow("/usr") << QStringLiteral("/usr/lib") << QStringLiteral("overlaps /usr");
    QTest::newRow("/etc") << QStringLiteral("/etc") << QStringLiteral("overlaps /etc");
    QTest::newRow("/proc") << QStringLiteral("/proc/self") << QStringLiteral("under /proc");
    QTest::newRow("/") << QStringLiteral("/usr/..") << QStringLiteral("whole file system");
    QTest::newRow("relative") << QStringLiteral("opt/rust") << QStringLiteral("not an absolute path");
}

void TestEscapeBattery::extraReadOnly_refusesSensitivePlaces()
{
    QFETCH(QString, path);
    QFETCH(QString, because);
    // The stand-in home is the home for this case (QDir::homePath() reads HOME).
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_host.path()));
    const auto restoreHome = qScopeGuard([&realHome] { qputenv("HOME", realHome); });
    QVERIFY(QDir(m_host.path()).mkpath(QStringLiteral(".gnupg")));
    QVERIFY(QDir(m_host.path()).mkpath(QStringLiteral(".config/gcloud")));
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                           QStringLiteral("/agent-workbench");
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         QStringLiteral("/agent-workbench");
    QVERIFY(QDir().mkpath(config) && QDir().mkpath(data));
    QTemporaryDir outerDir(QStringLiteral("/var/tmp/tst_escape-outer-XXXXXX"));
    const QString outer = sharedDir(outerDir);
    QVERIFY(!outer.isEmpty() && QDir(outer).mkpath(QStringLiteral("ws")));
    const QString ws = outer + QStringLiteral("/ws");
    path.replace(QLatin1String("%HOME%"), m_host.path())
        .replace(QLatin1String("%WS%"), ws)
        .replace(QLatin1String("%OUTER%"), outer)
        .replace(QLatin1String("%CONFIG%"), config)
        .replace(QLatin1String("%DATA%"), data);

    SandboxConfig c(ws);
    c.extraReadOnly = {path};
    const auto created = BwrapSandbox::create(c);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("sandbox_bad_extra_read_only"));
    QVERIFY2(created.error().message.contains(because), qPrintable(created.error().message));
    // Settings check the same way (without a workspace): the same refusal, except for the workspace.
    if (!because.contains(QLatin1String("workspace")))
        QVERIFY(!BwrapSandbox::checkExtraReadOnly(path).ok());
}

void TestEscapeBattery::workspaceGrowth_stopsTheCommandPastTheLimit()
{
    // 50 files of 1 MiB, each far below the file size limit, against a 10 MiB growth limit: the
    // watchdog stops the command well before the end.
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("for i in $(seq 50); do head -c 1048576 /dev/zero > growth-$i.bin; "
                                  "sleep 0.05; done; echo finished"));
    spec.timeoutMs = 30000;
    spec.limits.workspaceGrowthBytes = qint64(10) << 20;
    const Run r = run(spec);
    qint64 written = 0;
    for (const QFileInfo &f :
         QDir(m_ws.path()).entryInfoList({QStringLiteral("growth-*.bin")}, QDir::Files)) {
        written += f.size();
        QFile::remove(f.filePath());
    }
    QCOMPARE(r.result.end, End::WorkspaceGrowth);
    QCOMPARE(r.result.limit, QStringLiteral("workspaceGrowth"));
    QCOMPARE(r.result.describe(), QStringLiteral("stopped: the workspace grew by more than 10 MiB"));
    QVERIFY(!r.result.stdoutText.contains("finished"));
    QVERIFY2(written > (qint64(10) << 20) && written < (qint64(50) << 20),
             qPrintable(QString::number(written)));
    const QJsonObject json = r.result.toJson();
    QCOMPARE(json.value(QLatin1String("limit")).toString(), QStringLiteral("workspaceGrowth"));
    QCOMPARE(json.value(QLatin1String("workspaceGrowthBytes")).toInteger(), qint64(10) << 20);
}

void TestEscapeBattery::workspaceGrowth_underTheLimitIsUnaffected()
{
    // What was there before the run does not count: only growth during it.
    {
        QFile existing(m_ws.filePath(QStringLiteral("existing.bin")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        QVERIFY(existing.resize(qint64(20) << 20));
    }
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("for i in 1 2 3 4; do head -c 524288 /dev/zero >> small.bin; "
                                  "sleep 0.1; done; echo finished"));
    spec.timeoutMs = 30000;
    spec.limits.workspaceGrowthBytes = qint64(10) << 20;
    const Run r = run(spec);
    QFile::remove(m_ws.filePath(QStringLiteral("existing.bin")));
    QFile::remove(m_ws.filePath(QStringLiteral("small.bin")));
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0, r.result.stderrText.constData());
    QVERIFY(r.result.limit.isEmpty());
    QCOMPARE(r.result.stdoutText, QByteArray("finished\n"));
    QCOMPARE(r.result.changes.growthBytes, qint64(2) << 20);
}

namespace {
// 200 MiB in the sandbox's /tmp, then a process of 100 MiB: each process stays far below a
// 256 MiB limit, the run as a whole does not.
const QString kTmpAndProcess = QStringLiteral(
    "head -c 200M /dev/zero > /tmp/fill && exec python3 -c 'b = bytearray(100 << 20); print(\"ALLOCATED\")'");
} // namespace

void TestEscapeBattery::limits_cgroupHoldsTheWholeRun()
{
    if (m_sandbox->limitMechanism() == QLatin1String("rlimits"))
        QSKIP(qPrintable(QStringLiteral("no cgroup can be made here, rlimits hold alone: ") +
                         m_sandbox->limitMechanismReason()));
    ExecSpec spec;
    spec.argv = sh(kTmpAndProcess);
    spec.timeoutMs = 30000;
    spec.limits.addressSpaceBytes = qint64(256) << 20;
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.exitCode, 128 + SIGKILL);
    QVERIFY(!r.result.stdoutText.contains("ALLOCATED"));
    QCOMPARE(r.result.limit, QStringLiteral("memory"));
    QVERIFY2(r.result.memoryLimitKills >= 1, qPrintable(QString::number(r.result.memoryLimitKills)));
    QVERIFY2(r.result.describe().contains(QLatin1String("memory limit of 256 MiB reached")),
             qPrintable(r.result.describe()));
    const QJsonObject m = r.result.toJson().value(QLatin1String("limitMechanism")).toObject();
    QCOMPARE(m.value(QLatin1String("mechanism")).toString(), m_sandbox->limitMechanism());
    QVERIFY(m.value(QLatin1String("memoryLimitKills")).toInteger() >= 1);
    QCOMPARE(r.result.limitMechanism, m_sandbox->limitMechanism());
}

void TestEscapeBattery::limits_cgroupIsJoinedBeforeTheCommandAndRemovedAfter()
{
    if (m_sandbox->limitMechanism() == QLatin1String("rlimits"))
        QSKIP(qPrintable(QStringLiteral("no cgroup can be made here, rlimits hold alone: ") +
                         m_sandbox->limitMechanismReason()));
    const QByteArray ownCgroups = readHostFile(QStringLiteral("/proc/self/cgroup"));
    ExecSpec spec;
    spec.argv = sh(QStringLiteral("echo up; exec sleep 9961"));
    spec.timeoutMs = 30000;
    spec.limits.processes = 77;
    spec.limits.addressSpaceBytes = qint64(300) << 20;
    QObject owner;
    ExecJob *job = m_sandbox->createJob(spec, &owner);
    QSignalSpy output(job, &ExecJob::output);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(output.count() > 0, kFinishMs);
    const QJsonObject limits = job->describeSpec().value(QLatin1String("limits")).toObject();
    QCOMPARE(limits.value(QLatin1String("mechanism")).toString(), m_sandbox->limitMechanism());
    const QJsonArray dirs = limits.value(QLatin1String("cgroups")).toArray();
    QVERIFY(!dirs.isEmpty());
    // The command (and so everything bwrap started before it) is in every cgroup of the run.
    QByteArray sleepPid;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (readHostFile(QStringLiteral("/proc/%1/cmdline").arg(pid)) == QByteArray("sleep\0"
                                                                                    "9961\0",
                                                                                    11))
            sleepPid = pid.toUtf8();
    }
    QVERIFY(!sleepPid.isEmpty());
    for (const QJsonValue &d : dirs) {
        const QString dir = d.toString();
        QVERIFY2(readHostFile(dir + QStringLiteral("/cgroup.procs")).split('\n').contains(sleepPid),
                 qPrintable(dir));
        if (QFileInfo::exists(dir + QStringLiteral("/pids.max")))
            QCOMPARE(readHostFile(dir + QStringLiteral("/pids.max")).trimmed(), QByteArray("77"));
        for (const char *memory : {"/memory.max", "/memory.limit_in_bytes"}) {
            if (QFileInfo::exists(dir + QLatin1String(memory)))
                QCOMPARE(readHostFile(dir + QLatin1String(memory)).trimmed(),
                         QByteArray::number(qint64(300) << 20));
        }
    }
    // The app itself stayed where it was.
    QCOMPARE(readHostFile(QStringLiteral("/proc/self/cgroup")), ownCgroups);
    job->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kFinishMs);
    QCOMPARE(job->result().end, End::Cancelled);
    for (const QJsonValue &d : dirs)
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(d.toString()), kFinishMs);
    QTRY_COMPARE(processesRunning("sleep 9961"), 0);
}

void TestEscapeBattery::limits_rlimitsAloneWhenCgroupsAreOff()
{
    SandboxConfig config(m_ws.path());
    config.cgroups = SandboxConfig::Cgroups::Off;
    auto created = BwrapSandbox::create(config);
    QVERIFY(created.ok());
    BwrapSandbox &sandbox = **created;
    QCOMPARE(sandbox.limitMechanism(), QStringLiteral("rlimits"));
    QVERIFY(sandbox.limitMechanismReason().contains(QLatin1String("turned off")));
    QVERIFY(sandbox.activeLayers()
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("limits: rlimits (cgroups were turned off")));

    // A single process past the limit fails its allocation (RLIMIT_AS).
    ExecSpec hog;
    hog.argv = py(QStringLiteral("b = bytearray(512 << 20)\nprint('ALLOCATED')"));
    hog.timeoutMs = 30000;
    hog.limits.addressSpaceBytes = qint64(256) << 20;
    const Run r = run(hog, &sandbox);
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stderrText.contains("MemoryError"), r.result.stderrText.constData());
    QCOMPARE(r.result.limitMechanism, QStringLiteral("rlimits"));
    QVERIFY(r.result.limitMechanismReason.contains(QLatin1String("turned off")));
    QCOMPARE(r.result.memoryLimitKills, qint64(-1));
    QCOMPARE(r.result.processLimitHits, qint64(-1));
    QCOMPARE(r.spec.value(QLatin1String("limits")).toObject().value(QLatin1String("mechanism")).toString(),
             QStringLiteral("rlimits"));
    QVERIFY(!r.spec.value(QLatin1String("limits")).toObject().contains(QLatin1String("cgroups")));
    const QJsonObject m = r.result.toJson().value(QLatin1String("limitMechanism")).toObject();
    QCOMPARE(m.value(QLatin1String("mechanism")).toString(), QStringLiteral("rlimits"));
    QVERIFY(!m.contains(QLatin1String("memoryLimitKills")));

    // What only a cgroup sees: /tmp plus a process, each below the limit, together above it.
    ExecSpec whole;
    whole.argv = sh(kTmpAndProcess);
    whole.timeoutMs = 30000;
    whole.limits.addressSpaceBytes = qint64(256) << 20;
    const Run w = run(whole, &sandbox);
    QVERIFY2(w.result.end == End::Exited && w.result.exitCode == 0, qPrintable(w.result.describe()));
    QCOMPARE(w.result.stdoutText, QByteArray("ALLOCATED\n"));
    QVERIFY(w.result.limit.isEmpty());
}

QTEST_GUILESS_MAIN(TestEscapeBattery)
#include "tst_escapebattery.moc"
