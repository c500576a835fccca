// SPDX-License-Identifier: MIT
// The work around one tool call (workspace hand-over, checkpoint, "what changed" scans) runs off
// the thread that owns the jobs: its event loop keeps ticking while a large workspace is handed
// over, checkpointed and scanned, and the call still waits for each step in order. A hand-over
// held open by the test makes the waiting observable without relying on how fast the disk is.
#include "agent/executionboundary.h"
#include "checkpoint/checkpointstore.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/workspacehandover.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace Workbench;

namespace {

constexpr int kFinishMs = 240000; // a loaded 2-core CI box hashing 10 000 files
constexpr int kTicksWhileHeld = 20;

// Counts the ticks of a timer on the test's (the "GUI") thread.
class Ticker
{
public:
    Ticker()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ++m_ticks; });
        m_timer.start();
    }
    [[nodiscard]] int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

ExecSpec bash(const QString &command)
{
    ExecSpec spec;
    spec.argv = {QStringLiteral("bash"), QStringLiteral("-c"), command};
    spec.timeoutMs = 60000;
    return spec;
}

} // namespace

class tst_ExecutionBoundary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Under /var/tmp (mode 1777): as root the sandbox user must reach the workspace.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/var/tmp/tst_executionboundary-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QFile::setPermissions(m_dir->path(), QFile::permissions(m_dir->path()) | QFileDevice::ExeOther |
                                                 QFileDevice::ReadOther | QFileDevice::ExeGroup);
        m_ws = m_dir->filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(m_ws));
        m_ws = QFileInfo(m_ws).canonicalFilePath();
    }

    void cleanup()
    {
        m_gate.release(1000); // never leave a held hand-over behind a failed check
        WorkspaceHandOver::wait(m_ws);
        m_sandbox.reset();
        m_dir.reset();
        m_gate.acquire(m_gate.available());
    }

    void sandboxJob_waitsForTheHandOver_whileTheEventLoopTicks()
    {
        makeWorkspace(2000, 256);
        createSandbox();
        holdHandOver();
        Ticker ticker;
        QObject owner;
        ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("echo made > new.txt")), &owner);
        QSignalSpy started(job, &ExecJob::started);
        QSignalSpy finished(job, &ExecJob::finished);
        job->start();
        const int before = ticker.ticks();
        QTRY_VERIFY_WITH_TIMEOUT(ticker.ticks() >= before + kTicksWhileHeld, kFinishMs);
        // Held: the command must not have started, and the job is still waiting.
        QCOMPARE(started.size(), 0);
        QCOMPARE(finished.size(), 0);

        m_gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFinishMs);
        QCOMPARE(started.size(), 1);
        const ExecResult r = job->result();
        QVERIFY2(r.end == ExecResult::End::Exited && r.exitCode == 0, qPrintable(job->error().toString()));
        QVERIFY(r.changes.scanned);
        QCOMPARE(r.changes.created.size(), 1);
        QCOMPARE(r.changes.created.first().path, QStringLiteral("new.txt"));
    }

    void sandboxJob_cancelledWhileTheHandOverIsHeld_finishesAtOnce()
    {
        makeWorkspace(10, 16);
        createSandbox();
        holdHandOver();
        QObject owner;
        ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("echo never > never.txt")), &owner);
        QSignalSpy started(job, &ExecJob::started);
        QSignalSpy finished(job, &ExecJob::finished);
        job->start();
        job->cancel();
        // Still held: cancel() does not wait for the hand-over.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFinishMs);
        QCOMPARE(job->result().end, ExecResult::End::Cancelled);
        QCOMPARE(started.size(), 0);
        QVERIFY(!QFile::exists(m_ws + QStringLiteral("/never.txt")));
    }

    void sandboxJob_afterAFailedHandOver_failsToStartWithItsMessage()
    {
        makeWorkspace(10, 16);
        createSandbox();
        WorkspaceHandOver::wait(m_ws); // the sandbox's own hand-over (as root) is done
        WorkspaceHandOver::begin(m_ws, [] {
            return Status(Error{QStringLiteral("sandbox_unavailable"),
                                QStringLiteral("Could not hand the workspace to the sandbox user."),
                                {},
                                {}});
        });
        QObject owner;
        ExecJob *job = m_sandbox->createJob(bash(QStringLiteral("true")), &owner);
        QSignalSpy finished(job, &ExecJob::finished);
        job->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFinishMs);
        QCOMPARE(job->result().end, ExecResult::End::FailedToStart);
        QCOMPARE(job->error().message, QStringLiteral("Could not hand the workspace to the sandbox user."));
        WorkspaceHandOver::begin(m_ws, [] { return Status(); }); // clears the failure for cleanup()
    }

    void checkpoint_followsTheHandOver_whileTheEventLoopTicks()
    {
        makeWorkspace(200, 64);
        createSandbox();
        holdHandOver();
        Ticker ticker;
        CheckpointStore store(m_dir->filePath(QStringLiteral("store")));
        CheckpointJob *job = store.createCheckpoint(
            boundaryCheckpointRequest(*m_sandbox, QStringLiteral("run_1"), QStringLiteral("toolu_1")), this);
        QSignalSpy finished(job, &CheckpointJob::finished);
        job->start();
        const int before = ticker.ticks();
        QTRY_VERIFY_WITH_TIMEOUT(ticker.ticks() >= before + kTicksWhileHeld, kFinishMs);
        QVERIFY(!job->isFinished()); // held: the capture has not begun

        m_gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kFinishMs);
        QVERIFY2(job->result().ok(),
                 qPrintable(job->result().ok() ? QString() : job->result().error().toString()));
        QCOMPARE(job->result()->fileCount(), 200);
        QCOMPARE(job->result()->toolUseId, QStringLiteral("toolu_1"));
    }

    void boundary_onALargeWorkspace_keepsTheEventLoopTicking()
    {
        // 10 000 files in a root-owned tree (under the scans' 20 000-entry cap, so the changes
        // are complete): as root, create() hands it to the sandbox user; then the call's
        // checkpoint and its sandbox job, as AgentRun chains them.
        makeWorkspace(10000, 64);
        Ticker ticker;
        createSandbox();
        CheckpointStore store(m_dir->filePath(QStringLiteral("store")));
        CheckpointJob *checkpoint = store.createCheckpoint(
            boundaryCheckpointRequest(*m_sandbox, QStringLiteral("run_1"), QStringLiteral("toolu_1")), this);
        QObject owner;
        ExecJob *exec = nullptr;
        int ticksAtExecStart = -1;
        bool execFinished = false;
        connect(checkpoint, &CheckpointJob::finished, &owner, [&] {
            exec = m_sandbox->createJob(bash(QStringLiteral("echo made > new.txt")), &owner);
            connect(exec, &ExecJob::finished, &owner, [&] { execFinished = true; });
            ticksAtExecStart = ticker.ticks();
            exec->start();
        });
        const int atStart = ticker.ticks();
        checkpoint->start();
        QTRY_VERIFY_WITH_TIMEOUT(execFinished, kFinishMs);
        QVERIFY2(checkpoint->result().ok(),
                 qPrintable(checkpoint->result().ok() ? QString() : checkpoint->result().error().toString()));
        QCOMPARE(checkpoint->result()->fileCount(), 10000);
        const ExecResult r = exec->result();
        QVERIFY2(r.end == ExecResult::End::Exited && r.exitCode == 0, qPrintable(exec->error().toString()));
        // The loop ran while 10 000 files were handed over and checkpointed: the checkpoint
        // alone reads and stores every one of them.
        QVERIFY2(
            ticksAtExecStart - atStart >= 5,
            qPrintable(QStringLiteral("%1 ticks during the checkpoint").arg(ticksAtExecStart - atStart)));
        QVERIFY(r.changes.scanned);
        QCOMPARE(r.changes.created.size(), 1);
        if (::geteuid() == 0) {
            struct stat st
            {};
            QCOMPARE(::stat(QFile::encodeName(m_ws + QStringLiteral("/d049/f9999.txt")).constData(), &st), 0);
            QCOMPARE(st.st_uid, uid_t(65534)); // handed over before the command ran
        }
    }

private:
    void makeWorkspace(int files, int bytes)
    {
        const QByteArray content(bytes, 'x');
        for (int i = 0; i < files; ++i) {
            const QString dir = m_ws + QStringLiteral("/d%1").arg(i / 200, 3, 10, QLatin1Char('0'));
            if (i % 200 == 0)
                QVERIFY(QDir().mkpath(dir));
            QFile f(dir + QStringLiteral("/f%1.txt").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(QByteArray::number(i) + content),
                     qint64(content.size()) + QByteArray::number(i).size());
        }
    }

    void createSandbox()
    {
        auto created = BwrapSandbox::create(SandboxConfig(m_ws));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
        m_sandbox = std::move(*created);
    }

    // A hand-over that lasts until the test releases m_gate (replacing any real one in the
    // registry; the real walk, if any, goes on in the background).
    void holdHandOver()
    {
        WorkspaceHandOver::wait(m_ws); // the sandbox's real one (as root) first, as a run would
        WorkspaceHandOver::begin(m_ws, [this] {
            m_gate.acquire();
            return Status();
        });
        QTRY_VERIFY_WITH_TIMEOUT(WorkspaceHandOver::isPending(m_ws), kFinishMs);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    std::unique_ptr<BwrapSandbox> m_sandbox;
    QSemaphore m_gate;
};

QTEST_GUILESS_MAIN(tst_ExecutionBoundary)
#include "tst_executionboundary.moc"
