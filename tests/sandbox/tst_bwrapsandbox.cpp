// SPDX-License-Identifier: MIT
// Runs the real /usr/bin/bwrap. Passes as root (the sandbox then runs as uid 65534) and as an
// ordinary user.
#include "sandbox/bwrapsandbox.h"
#include "sandbox/workspacehandover.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Workbench;
using End = ExecResult::End;

namespace {

constexpr int kFinishMs = 15000; // generous: CI machines can be slow to start processes

QByteArray readHostFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every command line of every process the test can see on the host.
QList<QByteArray> hostCmdlines()
{
    QList<QByteArray> out;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool isPid = false;
        pid.toInt(&isPid);
        if (!isPid)
            continue;
        QByteArray cmd = readHostFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        cmd.replace('\0', ' ');
        out.append(cmd.trimmed());
    }
    return out;
}

bool anyProcessRuns(const QByteArray &cmdline)
{
    const QList<QByteArray> all = hostCmdlines();
    return std::any_of(all.begin(), all.end(), [&cmdline](const QByteArray &c) { return c == cmdline; });
}

ExecSpec bash(const QString &script, int timeoutMs = 30000)
{
    ExecSpec spec;
    spec.argv = {QStringLiteral("bash"), QStringLiteral("-c"), script};
    spec.timeoutMs = timeoutMs;
    return spec;
}

} // namespace

class TestBwrapSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void preflight_passesOnThisMachine();
    void workspace_isWritable();
    void systemDirs_areReadOnly();
    void hostHome_isNotVisible();
    void filesystem_showsOnlyThePolicy();
    void network_isUnreachable();
    void timeout_killsWholeProcessTree();
    void cancel_killsRunAndReportsCancelled();
    void environment_hasNoSecrets();
    void appDescriptors_doNotLeakIntoSandbox();
    void rootLaunch_runsUnprivileged();
    void output_streamsChunkByChunk();
    void scriptFile_runsFromRunWorkbench();
    void stdin_isDelivered_data();
    void stdin_isDelivered();
    void missingBwrap_failsClosed();
    void sandboxSetupFailure_isFailedToStartWithBwrapError();
    void missingCommand_isFailedToStart();
    void exitStatus_isReported_data();
    void exitStatus_isReported();
    void outputFlood_isCappedAndKilled();
    void unreachableWorkspace_failsClosedForRoot();
    void systemWorkspace_isRefused_data();
    void systemWorkspace_isRefused();
    void plantedSymlink_isRefusedByHostSideReader();
    void describeSpec_listsPolicyWithoutSecrets();
    void destroyingRunningJob_killsItWithoutBlocking();
    void changes_listWhatTheRunCreatedModifiedAndDeleted();
    // Extra read-only binds and the workspace growth limit: cases of the escape battery.

private:
    struct Run
    {
        ExecResult result;
        Error error;
        int outputSignals = 0;
    };
    // Starts a job and lets the event loop run until finished() (QSignalSpy, no sleeping).
    Run run(const ExecSpec &spec, Sandbox *sandbox = nullptr);

    QTemporaryDir *m_ws = nullptr;
    std::unique_ptr<BwrapSandbox> m_sandbox;
};

TestBwrapSandbox::Run TestBwrapSandbox::run(const ExecSpec &spec, Sandbox *sandbox)
{
    Run r;
    QObject owner;
    ExecJob *job = (sandbox ? sandbox : m_sandbox.get())->createJob(spec, &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    connect(job, &ExecJob::output, &owner, [&r] { ++r.outputSignals; });
    job->start();
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, kFinishMs))
        qWarning("job did not finish in time");
    r.result = job->result();
    r.error = job->error();
    return r;
}

void TestBwrapSandbox::initTestCase()
{
    // The app's own folders (refused as extra binds) live in the test's own XDG folders
    // (cmake/run-isolated-test.sh), not the user's.
    qInfo("running as uid %u", ::geteuid());
}

void TestBwrapSandbox::init()
{
    // Under /tmp (mode 1777): as root the sandbox uid 65534 must be able to reach the workspace.
    m_ws = new QTemporaryDir(QStringLiteral("/tmp/tst_bwrapsandbox-XXXXXX"));
    QVERIFY(m_ws->isValid());
    auto created = BwrapSandbox::create(SandboxConfig{m_ws->path()});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    m_sandbox = std::move(*created);
}

void TestBwrapSandbox::cleanup()
{
    m_sandbox.reset();
    delete m_ws;
    m_ws = nullptr;
}

void TestBwrapSandbox::preflight_passesOnThisMachine()
{
    const Status s = m_sandbox->preflight();
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    QCOMPARE(m_sandbox->kind(), QStringLiteral("bubblewrap"));
    QCOMPARE(m_sandbox->workspacePath(), QStringLiteral("/workspace"));
    QCOMPARE(m_sandbox->scriptPath(QStringLiteral("a.py")), QStringLiteral("/run/workbench/a.py"));
    QCOMPARE(m_sandbox->hostWorkspace(), QFileInfo(m_ws->path()).canonicalFilePath());
}

void TestBwrapSandbox::workspace_isWritable()
{
    const Run r =
        run(bash(QStringLiteral("pwd; printf 'hello sandbox' > out.txt && mkdir -p d && echo x > d/y")));
    QVERIFY2(r.result.end == End::Exited && r.result.exitCode == 0, r.result.stderrText.constData());
    QCOMPARE(r.result.stdoutText, QByteArray("/workspace\n"));
    QCOMPARE(readHostFile(m_ws->filePath(QStringLiteral("out.txt"))), QByteArray("hello sandbox"));
    QCOMPARE(readHostFile(m_ws->filePath(QStringLiteral("d/y"))), QByteArray("x\n"));
}

void TestBwrapSandbox::systemDirs_areReadOnly()
{
    QVERIFY(!QFileInfo::exists(QStringLiteral("/usr/x")));
    const Run r =
        run(bash(QStringLiteral("touch /usr/x; echo usr=$?; touch /etc/passwd; echo etc=$?; "
                                "touch /etc/new; echo etcnew=$?; touch /run/workbench/x; echo run=$?; "
                                "touch /x; echo root=$?; touch /tmp/ok; echo tmp=$?; "
                                "touch ~/ok; echo home=$?")));
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText, QByteArray("usr=1\netc=1\netcnew=1\nrun=1\nroot=1\ntmp=0\nhome=0\n"));
    QVERIFY(r.result.stderrText.contains("Read-only file system"));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/usr/x")));
}

void TestBwrapSandbox::hostHome_isNotVisible()
{
    // The account's home from passwd (HOME may be unset or "/" under env -i).
    const passwd *pw = ::getpwuid(::geteuid());
    QVERIFY(pw && pw->pw_dir);
    const QString home = QFile::decodeName(pw->pw_dir);
    QVERIFY(home != QLatin1String("/") && home != QLatin1String("/home/agent"));
    // A marker in the host home, when it exists and is ours, must not be readable inside.
    QString marker = QStringLiteral("/nonexistent");
    if (QFileInfo(home).isDir() && QFileInfo(home).isWritable()) {
        marker = home + QStringLiteral("/.tst_bwrapsandbox_marker");
        QFile f(marker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("secret");
    }
    const Run r =
        run(bash(QStringLiteral("ls -A /home; test -e '%1' && echo HOME_VISIBLE; test -e /root && echo "
                                "ROOT_VISIBLE; cat '%2' 2>/dev/null; echo HOME=$HOME")
                     .arg(home, marker)));
    if (marker != QLatin1String("/nonexistent"))
        QFile::remove(marker);
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText, QByteArray("agent\nHOME=/home/agent\n"));
}

void TestBwrapSandbox::filesystem_showsOnlyThePolicy()
{
    const Run r = run(bash(QStringLiteral("ls -A / | tr '\\n' ' '; echo; ls -A /etc | tr '\\n' ' '; echo; "
                                          "test -e /sys && echo SYS; test -e /etc/shadow && echo SHADOW; "
                                          "ls /proc | grep -c '^[0-9]'; id -un; hostname")));
    QCOMPARE(r.result.end, End::Exited);
    const QList<QByteArray> lines = r.result.stdoutText.split('\n');
    QVERIFY2(lines.size() >= 5, r.result.stdoutText.constData());
    for (const QByteArray &entry : lines.at(0).trimmed().split(' ')) {
        static const QList<QByteArray> allowed = {"bin", "sbin", "lib", "lib64", "lib32", "libx32",    "usr",
                                                  "etc", "proc", "dev", "tmp",   "home",  "workspace", "run"};
        QVERIFY2(allowed.contains(entry), entry.constData());
    }
    for (const QByteArray &entry : lines.at(1).trimmed().split(' ')) {
        static const QList<QByteArray> allowed = {"ld.so.cache", "alternatives", "ssl",  "localtime",
                                                  "passwd",      "group",        "hosts"};
        QVERIFY2(allowed.contains(entry), entry.constData());
    }
    // Only the sandbox's own few processes are visible (PID 1, bash, ls/grep).
    QVERIFY2(lines.at(2).toInt() <= 5, lines.at(2).constData());
    QCOMPARE(lines.at(3), QByteArray("agent"));
    QCOMPARE(lines.at(4), QByteArray("sandbox"));
}

void TestBwrapSandbox::network_isUnreachable()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString script =
        QStringLiteral(
            "import socket\n"
            "s = socket.socket()\n"
            "s.settimeout(3)\n"
            "try:\n"
            "    s.connect(('127.0.0.1', %1))\n"
            "    print('CONNECTED')\n"
            "except OSError as e:\n"
            "    print('refused', e.errno)\n"
            "print(sorted(l.split(':')[0].strip() for l in open('/proc/net/dev').readlines()[2:]))\n")
            .arg(server.serverPort());
    ExecSpec spec;
    spec.argv = {QStringLiteral("python3"), QStringLiteral("-c"), script};
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY2(r.result.stdoutText.startsWith("refused"), r.result.stdoutText.constData());
    QVERIFY(!r.result.stdoutText.contains("CONNECTED"));
    QVERIFY(r.result.stdoutText.contains("['lo']")); // only loopback, in its own namespace
    QVERIFY(!server.hasPendingConnections());
}

void TestBwrapSandbox::timeout_killsWholeProcessTree()
{
    const ExecSpec spec =
        bash(QStringLiteral("setsid sleep 9871 & nohup sleep 9872 >/dev/null 2>&1 & sleep 9873"), 2000);
    QObject owner;
    ExecJob *job = m_sandbox->createJob(spec, &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    // Positive control: all three really ran (else "none left" would prove nothing).
    QTRY_VERIFY_WITH_TIMEOUT(anyProcessRuns("sleep 9871") && anyProcessRuns("sleep 9872") &&
                                 anyProcessRuns("sleep 9873"),
                             kFinishMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    QCOMPARE(job->result().end, End::TimedOut);
    QCOMPARE(job->result().describe(), QStringLiteral("stopped: wall-clock limit of 2 s reached"));
    QVERIFY(job->result().durationMs >= 2000);
    QTRY_VERIFY(!anyProcessRuns("sleep 9871") && !anyProcessRuns("sleep 9872") &&
                !anyProcessRuns("sleep 9873"));
}

void TestBwrapSandbox::cancel_killsRunAndReportsCancelled()
{
    QObject owner;
    ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("echo ready; exec sleep 9874")), &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    QSignalSpy output(job, &ExecJob::output);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(output.count() > 0, kFinishMs);
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    QCOMPARE(job->result().end, End::Cancelled);
    QCOMPARE(job->result().describe(), QStringLiteral("cancelled by the user"));
    QTRY_VERIFY(!anyProcessRuns("sleep 9874"));
    job->cancel(); // a second cancel is harmless
    QCOMPARE(finished.count(), 1);
}

void TestBwrapSandbox::environment_hasNoSecrets()
{
    const QByteArray secret = "sk-test-secret-0123456789abcdef";
    qputenv("ANTHROPIC_API_KEY", secret);
    qputenv("AWS_SECRET_ACCESS_KEY", secret + "-aws");
    const Run r =
        run(bash(QStringLiteral("env; echo ---; for f in /proc/[0-9]*/environ; do echo \"$f\"; "
                                "tr '\\0' '\\n' < \"$f\"; done; echo ---; "
                                "for f in /proc/[0-9]*/cmdline; do tr '\\0' ' ' < \"$f\"; echo; done")));
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("AWS_SECRET_ACCESS_KEY");
    QCOMPARE(r.result.end, End::Exited);
    const QByteArray &out = r.result.stdoutText;
    // Positive controls: the sandbox's own environment and bwrap's PID 1 were really read.
    QVERIFY(out.contains("PATH=/usr/local/bin:/usr/bin:/bin"));
    QVERIFY(out.contains("HOME=/home/agent"));
    // bwrap's PID 1 holds only the minimal environment; with Landlock on, the command cannot even
    // read it (a Landlock domain may not inspect processes outside it).
    if (m_sandbox->landlockAbi() > 0)
        QVERIFY2(out.contains("/proc/1/environ\n/proc/2/environ\n"), out.constData());
    else
        QVERIFY2(out.contains("/proc/1/environ\nPATH=/usr/bin:/bin\n"), out.constData());
    QVERIFY(!out.contains(secret));
    QVERIFY(!out.contains("ANTHROPIC_API_KEY"));
    QVERIFY(!out.contains("AWS_SECRET"));
    // No host path in any command line (the policy travels through --args).
    QVERIFY2(!out.contains(QFile::encodeName(m_sandbox->hostWorkspace())), out.constData());
    QVERIFY(!out.contains("--bind"));
}

void TestBwrapSandbox::appDescriptors_doNotLeakIntoSandbox()
{
    // A descriptor the app opened without O_CLOEXEC (a library's socket, a log file…).
    const int leaky = ::open("/etc/hostname", O_RDONLY);
    QVERIFY(leaky >= 0);
    const Run r = run(bash(QStringLiteral("cd /proc/self/fd && echo *")));
    ::close(leaky);
    QCOMPARE(r.result.end, End::Exited);
    // 0-2 and the directory bash's glob has open; no policy memfd, no status fd, nothing of the app.
    QCOMPARE(r.result.stdoutText, QByteArray("0 1 2 3\n"));
}

void TestBwrapSandbox::rootLaunch_runsUnprivileged()
{
    if (::geteuid() != 0)
        QSKIP("only meaningful when the app runs as root");
    QVERIFY(m_sandbox->dropsPrivileges());
    QCOMPARE(m_sandbox->hostFileOwner(), std::make_pair(65534, 65534));
    const Run r = run(bash(QStringLiteral("grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs):' /proc/self/status; "
                                          "echo data > owned.txt")));
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.exitCode, 0);
    QVERIFY2(r.result.stdoutText.contains("CapEff:\t0000000000000000"), r.result.stdoutText.constData());
    QVERIFY(r.result.stdoutText.contains("CapPrm:\t0000000000000000"));
    QVERIFY(r.result.stdoutText.contains("NoNewPrivs:\t1"));
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(m_ws->filePath(QStringLiteral("owned.txt"))).constData(), &st), 0);
    QCOMPARE(st.st_uid, uid_t(65534));
    QCOMPARE(st.st_gid, gid_t(65534));
    // The workspace itself was handed over, so the unprivileged command could write there.
    QCOMPARE(::stat(QFile::encodeName(m_ws->path()).constData(), &st), 0);
    QCOMPARE(st.st_uid, uid_t(65534));

    // Seen from the host, every process of a run (bwrap, its PID 1, the command) is uid 65534.
    QObject owner;
    ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("exec sleep 9876")), &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(anyProcessRuns("sleep 9876"), kFinishMs);
    int seen = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QByteArray cmd = readHostFile(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmd.replace('\0', ' ').contains("sleep 9876"))
            continue;
        const QByteArray status = readHostFile(QStringLiteral("/proc/") + pid + QStringLiteral("/status"));
        QVERIFY2(status.contains("\nUid:\t65534\t65534\t65534\t65534\n"), cmd.constData());
        const qsizetype g = status.indexOf("\nGroups:");
        QVERIFY(g >= 0);
        QVERIFY2(status.mid(g + 8, status.indexOf('\n', g + 1) - g - 8).trimmed().isEmpty(), cmd.constData());
        ++seen;
    }
    QVERIFY(seen >= 3); // bwrap, the sandbox's PID 1, sleep
    job->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
}

void TestBwrapSandbox::output_streamsChunkByChunk()
{
    QObject owner;
    ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("echo first; sleep 0.3; echo second")), &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    QList<QByteArray> chunks;
    int finishedAtFirstChunk = -1;
    connect(job, &ExecJob::output, &owner, [&](ExecJob::Stream stream, const QByteArray &chunk) {
        QCOMPARE(stream, ExecJob::Stream::Stdout);
        if (chunks.isEmpty())
            finishedAtFirstChunk = int(finished.count());
        chunks.append(chunk);
    });
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    QVERIFY(chunks.size() >= 2);
    QCOMPARE(chunks.first(), QByteArray("first\n"));
    QCOMPARE(finishedAtFirstChunk, 0);
    QCOMPARE(chunks.join(), QByteArray("first\nsecond\n"));
    QCOMPARE(job->result().stdoutText, QByteArray("first\nsecond\n"));
}

void TestBwrapSandbox::scriptFile_runsFromRunWorkbench()
{
    ExecSpec spec;
    spec.files = {{QStringLiteral("hello.py"), "import os, sys\nprint('py', sys.argv[1], os.getcwd())\n"},
                  {QStringLiteral("run.sh"), "#!/bin/sh\necho sh $1\n"}};
    spec.argv = {QStringLiteral("bash"), QStringLiteral("-c"),
                 QStringLiteral("python3 %1 arg1 && %2 arg2 && echo x > %1; echo $?")
                     .arg(m_sandbox->scriptPath(QStringLiteral("hello.py")),
                          m_sandbox->scriptPath(QStringLiteral("run.sh")))};
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.stdoutText, QByteArray("py arg1 /workspace\nsh arg2\n1\n")); // scripts are read-only
}

void TestBwrapSandbox::stdin_isDelivered_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("lines") << QByteArray("line one\nline two\n");
    QByteArray big(1 << 20, 'z'); // larger than a pipe buffer
    QTest::newRow("oneMiB") << big;
}

void TestBwrapSandbox::stdin_isDelivered()
{
    QFETCH(QByteArray, input);
    ExecSpec spec;
    spec.argv = {QStringLiteral("sha256sum")};
    spec.stdinData = input;
    spec.outputCapBytes = 4 << 20;
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::Exited);
    const QByteArray expected =
        QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex() + QByteArray("  -\n");
    QCOMPARE(r.result.stdoutText, expected);
}

void TestBwrapSandbox::missingBwrap_failsClosed()
{
    SandboxConfig config{m_ws->path()};
    config.bwrapPath = QStringLiteral("/nonexistent/bwrap");
    auto created = BwrapSandbox::create(config);
    QVERIFY(created.ok());
    auto &sandbox = *created;
    const Status pre = sandbox->preflight();
    QVERIFY(!pre.ok());
    QCOMPARE(pre.error().code, QStringLiteral("sandbox_unavailable"));
    QVERIFY2(pre.error().message.contains(QLatin1String("/nonexistent/bwrap")),
             qPrintable(pre.error().message));

    const Run r = run(bash(QStringLiteral("touch /workspace/marker")), sandbox.get());
    QCOMPARE(r.result.end, End::FailedToStart);
    QCOMPARE(r.error.code, QStringLiteral("sandbox_unavailable"));
    QVERIFY2(r.error.message.contains(QLatin1String("could not start")), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QLatin1String("/nonexistent/bwrap")));
    QVERIFY(!QFileInfo::exists(m_ws->filePath(QStringLiteral("marker"))));
}

void TestBwrapSandbox::sandboxSetupFailure_isFailedToStartWithBwrapError()
{
    // The workspace vanishes after create(): bwrap cannot bind it and must not run anything.
    QTemporaryDir other(QStringLiteral("/tmp/tst_bwrapsandbox-gone-XXXXXX"));
    auto created = BwrapSandbox::create(SandboxConfig{other.path()});
    QVERIFY(created.ok());
    // As root the workspace is handed to the sandbox user in the background: it vanishes after that.
    QTRY_VERIFY_WITH_TIMEOUT(!WorkspaceHandOver::isPending((*created)->hostWorkspace()), kFinishMs);
    QVERIFY(other.remove());
    const Run r = run(bash(QStringLiteral("echo RAN")), created->get());
    QCOMPARE(r.result.end, End::FailedToStart);
    QVERIFY(!r.result.stdoutText.contains("RAN"));
    QCOMPARE(r.error.code, QStringLiteral("sandbox_unavailable"));
    QVERIFY2(r.error.message.startsWith(QLatin1String("The sandbox could not start: bwrap:")),
             qPrintable(r.error.message));
    QVERIFY(!r.error.detail.isEmpty());
}

void TestBwrapSandbox::missingCommand_isFailedToStart()
{
    ExecSpec spec;
    spec.argv = {QStringLiteral("no-such-command-xyz")};
    const Run r = run(spec);
    QCOMPARE(r.result.end, End::FailedToStart);
    QCOMPARE(r.error.code, QStringLiteral("sandbox_command_not_found"));
    QVERIFY(r.error.message.contains(QLatin1String("no-such-command-xyz")));
}

void TestBwrapSandbox::exitStatus_isReported_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("description");
    QTest::newRow("success") << QStringLiteral("true") << 0 << QStringLiteral("exited with status 0");
    QTest::newRow("exit3") << QStringLiteral("exit 3") << 3 << QStringLiteral("exited with status 3");
    // The sandbox's PID 1 reports a killed command as 128 + signal, as a shell does.
    QTest::newRow("killedBySignal9")
        << QStringLiteral("kill -9 $$") << 137
        << QStringLiteral("exited with status 137 (the status a shell reports when a command is killed by "
                          "signal 9, SIGKILL)");
}

void TestBwrapSandbox::exitStatus_isReported()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QString, description);
    const Run r = run(bash(script));
    QCOMPARE(r.result.end, End::Exited);
    QCOMPARE(r.result.exitCode, exitCode);
    QCOMPARE(r.result.shellStatus(), exitCode);
    QCOMPARE(r.result.describe(), description);
    QVERIFY(r.error.isNull());
}

void TestBwrapSandbox::outputFlood_isCappedAndKilled()
{
    ExecSpec spec = bash(QStringLiteral("yes | head -c 40M; echo DONE >&2"));
    spec.outputKillBytes = 16 << 20;
    spec.outputCapBytes = 1 << 20;
    QObject owner;
    ExecJob *job = m_sandbox->createJob(spec, &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    qint64 streamed = 0;
    connect(job, &ExecJob::output, &owner,
            [&streamed](ExecJob::Stream, const QByteArray &c) { streamed += c.size(); });
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    const ExecResult res = job->result();
    QCOMPARE(res.end, End::OutputLimit);
    QCOMPARE(res.describe(), QStringLiteral("stopped: output limit of 16 MiB exceeded"));
    QCOMPARE(streamed, qint64(16) << 20); // exactly up to the limit, nothing after
    QVERIFY(res.stdoutBytes >= streamed);
    QVERIFY(res.stdoutText.size() <= (1 << 20) + 64);
    QVERIFY(res.stdoutText.contains("bytes elided"));
    QVERIFY(!res.stderrText.contains("DONE")); // killed before the end
}

void TestBwrapSandbox::unreachableWorkspace_failsClosedForRoot()
{
    if (::geteuid() != 0)
        QSKIP("the reachability check applies when the app runs as root");
    QTemporaryDir privateParent(QStringLiteral("/tmp/tst_bwrapsandbox-private-XXXXXX")); // mode 0700, root
    QVERIFY(QDir(privateParent.path()).mkdir(QStringLiteral("ws")));
    const QString ws = privateParent.filePath(QStringLiteral("ws"));
    const auto created = BwrapSandbox::create(SandboxConfig{ws});
    QVERIFY(!created.ok());
    const QString expected =
        QStringLiteral("The sandbox runs as the unprivileged user 65534, which cannot reach %1 "
                       "because %2 is private (mode 0700). Choose a workspace outside it, "
                       "e.g. under /var/tmp.")
            .arg(ws, privateParent.path());
    QCOMPARE(created.error().message, expected);
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(ws).constData(), &st), 0);
    QCOMPARE(st.st_uid, uid_t(0)); // nothing was handed over
}

void TestBwrapSandbox::systemWorkspace_isRefused_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("usr") << QStringLiteral("/usr");
    QTest::newRow("etc") << QStringLiteral("/etc");
    QTest::newRow("tmp") << QStringLiteral("/tmp");
    QTest::newRow("missing") << QStringLiteral("/nonexistent-workspace");
    QTest::newRow("empty") << QString();
}

void TestBwrapSandbox::systemWorkspace_isRefused()
{
    QFETCH(QString, workspace);
    const auto created = BwrapSandbox::create(SandboxConfig{workspace});
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("sandbox_unavailable"));
    QVERIFY(!created.error().message.isEmpty());
}

void TestBwrapSandbox::plantedSymlink_isRefusedByHostSideReader()
{
    QTemporaryDir host(QStringLiteral("/tmp/tst_bwrapsandbox-host-XXXXXX"));
    const QString secret = host.filePath(QStringLiteral("id_rsa"));
    {
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PRIVATE KEY");
    }
    const Run r =
        run(bash(QStringLiteral("ln -s '%1' report.txt && cat report.txt; echo rc=$?").arg(secret)));
    QCOMPARE(r.result.end, End::Exited);
    QVERIFY(r.result.stdoutText.contains("rc=1")); // dangles inside the sandbox
    QVERIFY(QFileInfo(m_ws->filePath(QStringLiteral("report.txt"))).isSymLink());
    const WorkspaceFs fs = m_sandbox->makeWorkspaceFs();
    const auto read = fs.readFile(QStringLiteral("report.txt"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("workspace_symlink"));
}

void TestBwrapSandbox::describeSpec_listsPolicyWithoutSecrets()
{
    qputenv("ANTHROPIC_API_KEY", "sk-test-secret-describe");
    ExecSpec spec = bash(QStringLiteral("ls"), 5000);
    spec.files = {{QStringLiteral("a.py"), "print(1)"}};
    QObject owner;
    ExecJob *job = m_sandbox->createJob(spec, &owner);
    const QJsonObject d = job->describeSpec();
    qunsetenv("ANTHROPIC_API_KEY");
    QCOMPARE(d.value(QLatin1String("kind")).toString(), QStringLiteral("bubblewrap"));
    QCOMPARE(d.value(QLatin1String("argv")).toArray().size(), 3);
    QCOMPARE(d.value(QLatin1String("timeoutMs")).toInt(), 5000);
    QCOMPARE(d.value(QLatin1String("network")).toBool(), false);
    QCOMPARE(d.value(QLatin1String("workspace")).toObject().value(QLatin1String("host")).toString(),
             m_sandbox->hostWorkspace());
    QVERIFY(d.value(QLatin1String("limits")).toObject().contains(QLatin1String("outputKillBytes")));
    QVERIFY(d.value(QLatin1String("uid")).toObject().contains(QLatin1String("host")));
    bool usrReadOnly = false, workspaceRw = false;
    for (const QJsonValue &b : d.value(QLatin1String("binds")).toArray()) {
        const QJsonObject o = b.toObject();
        usrReadOnly |= o.value(QLatin1String("type")).toString() == QLatin1String("ro-bind") &&
                       o.value(QLatin1String("target")).toString() == QLatin1String("/usr");
        workspaceRw |= o.value(QLatin1String("type")).toString() == QLatin1String("bind") &&
                       o.value(QLatin1String("target")).toString() == QLatin1String("/workspace");
    }
    QVERIFY(usrReadOnly);
    QVERIFY(workspaceRw);
    QVERIFY(!QJsonDocument(d).toJson().contains("sk-test-secret"));
}

void TestBwrapSandbox::destroyingRunningJob_killsItWithoutBlocking()
{
    auto *owner = new QObject;
    ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("echo up; exec sleep 9875")), owner);
    QSignalSpy output(job, &ExecJob::output);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(output.count() > 0 && anyProcessRuns("sleep 9875"), kFinishMs);
    delete owner; // deletes the running job
    QTRY_VERIFY(!anyProcessRuns("sleep 9875"));
}

void TestBwrapSandbox::changes_listWhatTheRunCreatedModifiedAndDeleted()
{
    QFile keep(m_ws->filePath(QStringLiteral("data.csv")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("a,b\n");
    keep.close();
    QFile old(m_ws->filePath(QStringLiteral("old.txt")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    if (const auto [uid, gid] = m_sandbox->hostFileOwner(); uid >= 0) // as root: hand it to the sandbox user
        QCOMPARE(::chown(QFile::encodeName(keep.fileName()).constData(), uid_t(uid), gid_t(gid)), 0);
    const Run r =
        run(bash(QStringLiteral("head -c 312 /dev/zero > fib.py; echo 1,2 >> data.csv; rm old.txt")));
    QCOMPARE(r.result.end, End::Exited);
    const WorkspaceChanges &c = r.result.changes;
    QVERIFY(c.scanned);
    QCOMPARE(c.summary(), QStringLiteral("Changed: +fib.py (312 B), ~data.csv, \u2212old.txt"));
    QCOMPARE(c.growthBytes, qint64(312 + 4));
    // The transcript's exec_finished event carries the lists with sizes.
    const QJsonObject json = r.result.toJson().value(QLatin1String("changes")).toObject();
    QCOMPARE(
        json.value(QLatin1String("created")).toArray().at(0).toObject().value(QLatin1String("size")).toInt(),
        312);
    QCOMPARE(json.value(QLatin1String("deleted")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestBwrapSandbox)
#include "tst_bwrapsandbox.moc"
