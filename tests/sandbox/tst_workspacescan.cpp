// SPDX-License-Identifier: MIT
#include "sandbox/workspacehandover.h"
#include "sandbox/workspacescan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestWorkspaceScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_reportsCreatedModifiedDeletedWithSizes();
    void diff_ofUnchangedTreeIsEmpty();
    void scan_doesNotFollowSymlinks();
    void scan_capsEntriesAndSaysSo();
    void summary_isOneShortLine_data();
    void summary_isOneShortLine();
    void json_roundTrips();
    void job_diffsAgainstItsBaselineOffThread_andFinishesLater();
    void job_runsItsPrerequisiteFirst_andStopsOnItsError();
    void job_cancelledWhileWaiting_finishesCancelledWithoutSnapshot();
    void take_withCancelSet_givesAnInvalidSnapshot();
};

void TestWorkspaceScan::diff_reportsCreatedModifiedDeletedWithSizes()
{
    QTemporaryDir ws;
    write(ws.filePath(QStringLiteral("data.csv")), "a,b\n");
    write(ws.filePath(QStringLiteral("old.txt")), "old");
    const WorkspaceSnapshot before = WorkspaceSnapshot::take(ws.path());
    QVERIFY(before.valid());
    write(ws.filePath(QStringLiteral("fib.py")), QByteArray(312, 'x'));
    write(ws.filePath(QStringLiteral("data.csv")), "a,b\n1,2\n");
    QVERIFY(QFile::remove(ws.filePath(QStringLiteral("old.txt"))));
    QVERIFY(QDir(ws.path()).mkpath(QStringLiteral("out/sub")));
    const WorkspaceChanges c = WorkspaceSnapshot::diff(before, WorkspaceSnapshot::take(ws.path()));
    QVERIFY(c.scanned);
    QVERIFY(!c.truncated);
    QCOMPARE(c.created.size(), 3);
    QCOMPARE(c.created.at(0).path, QStringLiteral("fib.py"));
    QCOMPARE(c.created.at(0).size, 312);
    QCOMPARE(c.created.at(1).path, QStringLiteral("out"));
    QCOMPARE(c.created.at(1).type, QStringLiteral("dir"));
    QCOMPARE(c.created.at(2).path, QStringLiteral("out/sub"));
    QCOMPARE(c.modified.size(), 1);
    QCOMPARE(c.modified.at(0).path, QStringLiteral("data.csv"));
    QCOMPARE(c.deleted.size(), 1);
    QCOMPARE(c.deleted.at(0).path, QStringLiteral("old.txt"));
    QCOMPARE(c.deleted.at(0).size, 3);
    QCOMPARE(c.growthBytes, qint64(312 + 4 - 3));
}

void TestWorkspaceScan::diff_ofUnchangedTreeIsEmpty()
{
    QTemporaryDir ws;
    write(ws.filePath(QStringLiteral("a")), "1");
    const WorkspaceChanges c =
        WorkspaceSnapshot::diff(WorkspaceSnapshot::take(ws.path()), WorkspaceSnapshot::take(ws.path()));
    QVERIFY(c.scanned);
    QVERIFY(c.isEmpty());
    QCOMPARE(c.summary(), QString());
}

void TestWorkspaceScan::scan_doesNotFollowSymlinks()
{
    QTemporaryDir ws, outside;
    write(outside.filePath(QStringLiteral("secret")), "s");
    QVERIFY(QFile::link(outside.path(), ws.filePath(QStringLiteral("link"))));
    const WorkspaceSnapshot s = WorkspaceSnapshot::take(ws.path());
    QCOMPARE(s.entries().size(), 1);
    QCOMPARE(s.entries().value(QStringLiteral("link")).type, 'l');
}

void TestWorkspaceScan::scan_capsEntriesAndSaysSo()
{
    QTemporaryDir ws;
    for (int i = 0; i < 20; ++i)
        write(ws.filePath(QStringLiteral("f%1").arg(i)), "x");
    const WorkspaceSnapshot before = WorkspaceSnapshot::take(ws.path(), 10);
    QVERIFY(before.truncated());
    QCOMPARE(before.entries().size(), 10);
    const WorkspaceChanges c = WorkspaceSnapshot::diff(before, WorkspaceSnapshot::take(ws.path(), 10));
    QVERIFY(c.truncated);
    QVERIFY(c.deleted.isEmpty()); // a capped scan cannot claim deletions
}

void TestWorkspaceScan::summary_isOneShortLine_data()
{
    QTest::addColumn<int>("created");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three kinds") << 1 << QStringLiteral("Changed: +fib.py (312 B), ~data.csv, \u2212old.txt");
    QTest::newRow("many") << 10 << QStringLiteral("Changed: +f0.py (312 B), +f1.py (312 B) and 10 more");
}

void TestWorkspaceScan::summary_isOneShortLine()
{
    QFETCH(int, created);
    QFETCH(QString, expected);
    WorkspaceChanges c;
    c.scanned = true;
    for (int i = 0; i < created; ++i)
        c.created.append({created == 1 ? QStringLiteral("fib.py") : QStringLiteral("f%1.py").arg(i),
                          QStringLiteral("file"), 312});
    c.modified.append({QStringLiteral("data.csv"), QStringLiteral("file"), 9});
    c.deleted.append({QStringLiteral("old.txt"), QStringLiteral("file"), 3});
    QCOMPARE(c.summary(created == 1 ? 8 : 2), expected);
}

void TestWorkspaceScan::json_roundTrips()
{
    WorkspaceChanges c;
    c.scanned = true;
    c.created.append({QStringLiteral("a.txt"), QStringLiteral("file"), 5});
    c.deleted.append({QStringLiteral("d"), QStringLiteral("dir"), 0});
    c.growthBytes = 5;
    const WorkspaceChanges back = WorkspaceChanges::fromJson(c.toJson());
    QCOMPARE(back.summary(), c.summary());
    QCOMPARE(back.growthBytes, 5);
    QVERIFY(back.scanned);
}

void TestWorkspaceScan::job_diffsAgainstItsBaselineOffThread_andFinishesLater()
{
    QTemporaryDir ws;
    write(ws.filePath(QStringLiteral("old.txt")), "x");
    const WorkspaceSnapshot before = WorkspaceSnapshot::take(ws.path());
    write(ws.filePath(QStringLiteral("new.txt")), "abc");
    QFile::remove(ws.filePath(QStringLiteral("old.txt")));

    WorkspaceScanJob job(ws.path());
    job.setBaseline(before);
    QSignalSpy finished(&job, &WorkspaceScanJob::finished);
    job.start();
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(finished.wait(30000));
    QVERIFY(job.isFinished());
    QVERIFY(!job.wasCancelled());
    QVERIFY(job.error().isNull());
    QVERIFY(job.snapshot().valid());
    QCOMPARE(job.changes().summary(), QStringLiteral("Changed: +new.txt (3 B), \u2212old.txt"));
}

void TestWorkspaceScan::job_runsItsPrerequisiteFirst_andStopsOnItsError()
{
    QTemporaryDir ws;
    WorkspaceScanJob job(ws.path());
    job.setPrerequisite([](const std::atomic_bool *) {
        return Status(
            Error{QStringLiteral("sandbox_unavailable"), QStringLiteral("not handed over"), {}, {}});
    });
    QSignalSpy finished(&job, &WorkspaceScanJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.error().message, QStringLiteral("not handed over"));
    QVERIFY(!job.snapshot().valid()); // no scan after a failed prerequisite
}

void TestWorkspaceScan::job_cancelledWhileWaiting_finishesCancelledWithoutSnapshot()
{
    QTemporaryDir ws;
    const QString root = QFileInfo(ws.path()).canonicalFilePath();
    QSemaphore entered, gate;
    // A hand-over that runs until the test opens the gate; the job's wait for it is what cancel()
    // has to interrupt.
    WorkspaceHandOver::begin(root, [&] {
        entered.release();
        gate.acquire();
        return Status();
    });
    QVERIFY(entered.tryAcquire(1, 30000)); // running on the pool, not on the job's worker
    WorkspaceScanJob job(root);
    job.setPrerequisite(
        [root](const std::atomic_bool *cancelled) { return WorkspaceHandOver::wait(root, cancelled); });
    QSignalSpy finished(&job, &WorkspaceScanJob::finished);
    job.start();
    job.cancel();
    QVERIFY(finished.wait(30000)); // the gate is still closed
    QVERIFY(job.wasCancelled());
    QCOMPARE(job.error().code, QStringLiteral("sandbox_handover_cancelled"));
    QVERIFY(!job.snapshot().valid());
    QVERIFY(WorkspaceHandOver::isPending(root));
    gate.release();
    QVERIFY(WorkspaceHandOver::wait(root).ok());
    QVERIFY(!WorkspaceHandOver::isPending(root));
}

void TestWorkspaceScan::take_withCancelSet_givesAnInvalidSnapshot()
{
    QTemporaryDir ws;
    write(ws.filePath(QStringLiteral("a.txt")), "a");
    const std::atomic_bool cancelled{true};
    QVERIFY(!WorkspaceSnapshot::take(ws.path(), WorkspaceSnapshot::kDefaultMaxEntries, &cancelled).valid());
    QVERIFY(WorkspaceSnapshot::take(ws.path()).valid());
}

QTEST_GUILESS_MAIN(TestWorkspaceScan)
#include "tst_workspacescan.moc"
