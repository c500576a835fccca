// SPDX-License-Identifier: MIT
#include "sandbox/unsandboxedrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using End = ExecResult::End;

namespace {

constexpr int kFinishMs = 15000;

bool anyProcessRuns(const QByteArray &cmdline)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().replace('\0', ' ').trimmed() == cmdline)
            return true;
    }
    return false;
}

ExecSpec bash(const QString &script, int timeoutMs = 30000)
{
    ExecSpec spec;
    spec.argv = {QStringLiteral("bash"), QStringLiteral("-c"), script};
    spec.timeoutMs = timeoutMs;
    return spec;
}

} // namespace

class TestUnsandboxedRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runsInHostWorkspace();
    void environment_hasNoSecrets();
    void timeout_killsProcessGroup();
    void scriptFile_andStdinAreDelivered();
    void exitBySignal_isReportedAsSignaled();
    void outputFlood_isCappedAndKilled();
    void missingCommand_isFailedToStart();
    void missingWorkspace_isRefused();

private:
    ExecResult run(const ExecSpec &spec, Error *error = nullptr);

    QTemporaryDir *m_ws = nullptr;
    std::unique_ptr<UnsandboxedRunner> m_runner;
};

ExecResult TestUnsandboxedRunner::run(const ExecSpec &spec, Error *error)
{
    QObject owner;
    ExecJob *job = m_runner->createJob(spec, &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, kFinishMs))
        qWarning("job did not finish in time");
    if (error)
        *error = job->error();
    return job->result();
}

void TestUnsandboxedRunner::init()
{
    m_ws = new QTemporaryDir(QStringLiteral("/tmp/tst_unsandboxedrunner-XXXXXX"));
    QVERIFY(m_ws->isValid());
    auto created = UnsandboxedRunner::create(m_ws->path());
    QVERIFY(created.ok());
    m_runner = std::move(*created);
    QVERIFY(m_runner->preflight().ok());
}

void TestUnsandboxedRunner::cleanup()
{
    m_runner.reset();
    delete m_ws;
    m_ws = nullptr;
}

void TestUnsandboxedRunner::runsInHostWorkspace()
{
    QCOMPARE(m_runner->kind(), QStringLiteral("none"));
    QCOMPARE(m_runner->workspacePath(), QFileInfo(m_ws->path()).canonicalFilePath());
    const ExecResult r = run(bash(QStringLiteral("pwd; echo hi > out.txt")));
    QCOMPARE(r.end, End::Exited);
    QCOMPARE(r.stdoutText, QFile::encodeName(m_runner->workspacePath()) + '\n');
    QVERIFY(QFileInfo::exists(m_ws->filePath(QStringLiteral("out.txt"))));
}

void TestUnsandboxedRunner::environment_hasNoSecrets()
{
    qputenv("ANTHROPIC_API_KEY", "sk-test-secret-unsandboxed");
    const ExecResult r = run(bash(QStringLiteral("env")));
    qunsetenv("ANTHROPIC_API_KEY");
    QCOMPARE(r.end, End::Exited);
    QVERIFY(r.stdoutText.contains("PATH=/usr/local/bin:/usr/bin:/bin"));
    QVERIFY(r.stdoutText.contains("LANG=C.UTF-8"));
    QVERIFY(!r.stdoutText.contains("sk-test-secret"));
}

void TestUnsandboxedRunner::timeout_killsProcessGroup()
{
    QObject owner;
    ExecJob *job = m_runner->createJob(
        bash(QStringLiteral("nohup sleep 9881 >/dev/null 2>&1 & sleep 9882 & sleep 9883"), 1000), &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(anyProcessRuns("sleep 9881") && anyProcessRuns("sleep 9883"), kFinishMs);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kFinishMs);
    QCOMPARE(job->result().end, End::TimedOut);
    QTRY_VERIFY(!anyProcessRuns("sleep 9881") && !anyProcessRuns("sleep 9882") &&
                !anyProcessRuns("sleep 9883"));
}

void TestUnsandboxedRunner::scriptFile_andStdinAreDelivered()
{
    ExecSpec spec;
    spec.files = {{QStringLiteral("s.py"), "import sys\nprint(sys.stdin.read().upper(), end='')\n"}};
    spec.argv = {QStringLiteral("python3"), m_runner->scriptPath(QStringLiteral("s.py"))};
    spec.stdinData = "shout\n";
    ExecResult r = run(spec);
    QCOMPARE(r.end, End::Exited);
    QCOMPARE(r.stdoutText, QByteArray("SHOUT\n"));
    // Placing the same file again (it is read-only on disk) works.
    spec.files.first().content = "print('again')\n";
    r = run(spec);
    QCOMPARE(r.stdoutText, QByteArray("again\n"));
}

void TestUnsandboxedRunner::exitBySignal_isReportedAsSignaled()
{
    const ExecResult r = run(bash(QStringLiteral("kill -9 $$")));
    QCOMPARE(r.end, End::Signaled);
    QCOMPARE(r.signal, 9);
    QCOMPARE(r.shellStatus(), 137);
    QCOMPARE(r.describe(), QStringLiteral("killed by signal 9 (SIGKILL)"));
}

void TestUnsandboxedRunner::outputFlood_isCappedAndKilled()
{
    ExecSpec spec = bash(QStringLiteral("yes | head -c 40M"));
    spec.outputKillBytes = 4 << 20;
    spec.outputCapBytes = 64 << 10;
    const ExecResult r = run(spec);
    QCOMPARE(r.end, End::OutputLimit);
    QVERIFY(r.stdoutText.size() <= (64 << 10) + 64);
}

void TestUnsandboxedRunner::missingCommand_isFailedToStart()
{
    ExecSpec spec;
    spec.argv = {QStringLiteral("no-such-command-xyz")};
    Error error;
    const ExecResult r = run(spec, &error);
    QCOMPARE(r.end, End::FailedToStart);
    QCOMPARE(error.code, QStringLiteral("exec_command_not_found"));
}

void TestUnsandboxedRunner::missingWorkspace_isRefused()
{
    const auto created = UnsandboxedRunner::create(QStringLiteral("/nonexistent-workspace"));
    QVERIFY(!created.ok());
    QVERIFY(created.error().message.contains(QLatin1String("/nonexistent-workspace")));
}

QTEST_GUILESS_MAIN(TestUnsandboxedRunner)
#include "tst_unsandboxedrunner.moc"
