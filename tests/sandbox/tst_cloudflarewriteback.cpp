// SPDX-License-Identifier: MIT
// Remote results coming home (CloudflareWriteBack through CloudflareSandbox) and remote sandboxes
// deleted on quit (RemoteSandboxReaper), against the fake bridge on 127.0.0.1.
#include "fakebridgeserver.h"
#include "sandbox/cloudflaresandbox.h"
#include "sandbox/cloudflarewriteback.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Workbench;

namespace {

const QString kKey = QStringLiteral("sk-writeback-test-51c2");

// Every entry beneath `root`, links not followed: files with their content, directories and
// links marked as such.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        const QString rel = QDir(root).relativeFilePath(path);
        if (info.isSymLink()) {
            out.insert(rel, "<link>");
        } else if (info.isDir()) {
            out.insert(rel, "<dir>");
        } else {
            QFile f(path);
            out.insert(rel, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>"));
        }
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool isScan(const FakeBridgeServer::Request &r)
{
    const QStringList argv = r.argv();
    return argv.size() == 3 && argv.at(2).contains(QLatin1String("find . -xdev"));
}

bool isWrapped(const FakeBridgeServer::Request &r)
{
    const QStringList argv = r.argv();
    return argv.size() > 3 && argv.at(2).contains(QLatin1String("setsid"));
}

FakeBridgeServer::ExecScript listing(const QByteArray &records)
{
    FakeBridgeServer::ExecScript s;
    if (!records.isEmpty())
        s.events.append({QByteArray("stdout"), records.toBase64()});
    s.events.append({QByteArray("exit"), QByteArray("{\"exit_code\":0}")});
    return s;
}

} // namespace

class TestCloudflareWriteBack : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeBridgeServer> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<CloudflareSandbox> m_sandbox;

    QString local() const { return m_dir->filePath(QStringLiteral("local")); }
    QString remote() const { return m_dir->filePath(QStringLiteral("remote")); }

    CloudflareSandbox *makeSandbox(bool upload, bool writeBack = true, bool keep = false)
    {
        CloudflareConfig c;
        c.endpoint = BridgeEndpoint{m_fake->baseUrl(), kKey};
        c.localWorkspace = local();
        c.uploadWorkspace = upload;
        c.writeBack = writeBack;
        c.keepSandbox = keep;
        m_sandbox = std::make_unique<CloudflareSandbox>(c, m_nam.get());
        return m_sandbox.get();
    }

    ExecResult runShell(const QString &script, Limits limits = {})
    {
        ExecSpec spec;
        spec.argv = {QStringLiteral("sh"), QStringLiteral("-c"), script};
        spec.timeoutMs = 20000;
        spec.limits = limits;
        ExecJob *job = m_sandbox->createJob(spec, this);
        QSignalSpy finished(job, &ExecJob::finished);
        job->start();
        if (!finished.wait(30000))
            qWarning("job did not finish");
        return job->result();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(local()));
        QVERIFY(QDir().mkpath(remote()));
        m_fake = std::make_unique<FakeBridgeServer>();
        m_fake->setApiKey(kKey);
        m_fake->setWorkspaceDir(remote());
        QVERIFY(m_fake->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_sandbox.reset();
        m_nam.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void safePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QStringLiteral("a.txt") << true;
        QTest::newRow("nested") << QStringLiteral("src/pkg/mod.py") << true;
        QTest::newRow("dots inside a name") << QStringLiteral("a..b/..c") << true;
        QTest::newRow("spaces") << QStringLiteral("my file .txt") << true;
        QTest::newRow("parent") << QStringLiteral("../x") << false;
        QTest::newRow("parent inside") << QStringLiteral("a/../../x") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("dot segment") << QStringLiteral("./x") << false;
        QTest::newRow("empty segment") << QStringLiteral("a//b") << false;
        QTest::newRow("trailing slash") << QStringLiteral("a/") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
    }
    void safePath()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(CloudflareWriteBack::isSafeRelativePath(path), safe);
    }

    void remoteCommand_createsModifiesDeletes_localFolderMatchesAfterwards()
    {
        QVERIFY(writeFile(local() + QStringLiteral("/keep.txt"), "untouched\n"));
        QVERIFY(writeFile(local() + QStringLiteral("/mod.txt"), "before\n"));
        QVERIFY(writeFile(local() + QStringLiteral("/gone.txt"), "bye\n"));
        QVERIFY(writeFile(local() + QStringLiteral("/olddir/inner/x.txt"), "x\n"));
        QVERIFY(writeFile(local() + QStringLiteral("/was-a-file"), "file\n"));
        QVERIFY(writeFile(local() + QStringLiteral("/was-a-dir/child.txt"), "child\n"));
        makeSandbox(true);
        const ExecResult r = runShell(
            QStringLiteral("echo new > new.txt; mkdir -p sub/deep; printf '\\001\\002bin' > "
                           "sub/deep/f.bin; echo after >> mod.txt; rm gone.txt; rm -r olddir; "
                           "mkdir emptydir; rm was-a-file; mkdir was-a-file; echo in > was-a-file/in; "
                           "rm -r was-a-dir; echo now-a-file > was-a-dir"));
        QCOMPARE(r.end, ExecResult::End::Exited);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.changes.writtenBack, qPrintable(r.changes.writeBackError));
        QVERIFY(r.changes.writeBackError.isEmpty());
        const auto mirrored = tree(local());
        QCOMPARE(mirrored, tree(remote()));
        // Spot checks, so a broken tree() cannot make the comparison pass on its own.
        QCOMPARE(mirrored.value(QStringLiteral("mod.txt")), QByteArray("before\nafter\n"));
        QCOMPARE(mirrored.value(QStringLiteral("sub/deep/f.bin")), QByteArray("\x01\x02"
                                                                              "bin"));
        QCOMPARE(mirrored.value(QStringLiteral("emptydir")), QByteArray("<dir>"));
        QCOMPARE(mirrored.value(QStringLiteral("was-a-file/in")), QByteArray("in\n"));
        QCOMPARE(mirrored.value(QStringLiteral("was-a-dir")), QByteArray("now-a-file\n"));
        QVERIFY(!mirrored.contains(QStringLiteral("gone.txt")));
        QVERIFY(!mirrored.contains(QStringLiteral("olddir")));
        // Files came through the file API, one GET each for the created and modified ones.
        QCOMPARE(m_fake->requestsTo("/file/workspace/new.txt", "GET").size(), 1);
        QCOMPARE(m_fake->requestsTo("/file/workspace/keep.txt", "GET").size(), 0);
        QVERIFY(r.toJson()
                    .value(QLatin1String("changes"))
                    .toObject()
                    .value(QLatin1String("writtenBack"))
                    .toBool());
    }

    void writeBackOff_leavesTheFolderAsItWas()
    {
        QVERIFY(writeFile(local() + QStringLiteral("/a.txt"), "a\n"));
        makeSandbox(true, false);
        const ExecResult r = runShell(QStringLiteral("echo b > b.txt; rm a.txt"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.changes.created.size(), 1);
        QVERIFY(!r.changes.writtenBack);
        QCOMPARE(tree(local()).keys(), QStringList{QStringLiteral("a.txt")});
        QVERIFY(m_fake->requestsTo("/file/", "GET").isEmpty());
    }

    void hostilePathFromTheBridge_isRefusedWithAClearError_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("shown");
        QTest::newRow("parent") << QByteArray("f 5 1.0 7 ../escape") << QStringLiteral("../escape");
        QTest::newRow("absolute") << QByteArray("f 5 1.0 7 /tmp/escape") << QStringLiteral("/tmp/escape");
        QTest::newRow("parent inside")
            << QByteArray("f 5 1.0 7 a/../../escape") << QStringLiteral("a/../../escape");
        QTest::newRow("deleted parent") << QByteArray("deleted") << QStringLiteral("../victim");
    }
    void hostilePathFromTheBridge_isRefusedWithAClearError()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, shown);
        // A bridge that lies in its listings: before the command, after it.
        const QByteArray benign = QByteArrayLiteral("f 2 1.0 3 ok.txt");
        QByteArray before = benign + '\0';
        QByteArray after = benign + '\0' + record + '\0';
        if (record == "deleted") {
            before = benign + '\0' + "f 5 1.0 9 ../victim" + '\0';
            after = benign + '\0';
        }
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("victim")), "precious\n"));
        int scans = 0;
        m_fake->setExecHandler(
            [&](const FakeBridgeServer::Request &r) -> std::optional<FakeBridgeServer::ExecScript> {
                if (isScan(r))
                    return listing(scans++ == 0 ? before : after);
                if (isWrapped(r))
                    return listing({});
                return std::nullopt;
            });
        makeSandbox(false);
        const ExecResult r = runShell(QStringLiteral("true"));
        QCOMPARE(r.end, ExecResult::End::Exited);
        QCOMPARE(scans, 2);
        QVERIFY(!r.changes.writtenBack);
        QVERIFY2(r.changes.writeBackError.contains(shown), qPrintable(r.changes.writeBackError));
        QVERIFY2(r.changes.writeBackError.contains(QLatin1String("not inside the workspace")),
                 qPrintable(r.changes.writeBackError));
        QVERIFY(r.changes.summary().contains(QLatin1String("Nothing was copied back")));
        // Nothing was fetched or touched, outside or inside.
        QVERIFY(m_fake->requestsTo("/file/", "GET").isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("escape"))));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/escape")));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("victim"))));
        QVERIFY(tree(local()).isEmpty());
    }

    void unlistableWorkspace_isSaidNotIgnored()
    {
        int scans = 0;
        m_fake->setExecHandler(
            [&scans](const FakeBridgeServer::Request &r) -> std::optional<FakeBridgeServer::ExecScript> {
                if (!isScan(r) || scans++ == 0)
                    return std::nullopt;
                FakeBridgeServer::ExecScript s; // the listing after the command fails
                s.events.append(
                    {QByteArray("error"), QByteArray("{\"error\":\"exec failed\",\"code\":\"exec_error\"}")});
                return s;
            });
        makeSandbox(false);
        const ExecResult r = runShell(QStringLiteral("echo x > x.txt"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.changes.writtenBack);
        QVERIFY2(r.changes.summary().contains(QLatin1String("could not be listed")),
                 qPrintable(r.changes.summary()));
        QVERIFY(tree(local()).isEmpty());
    }

    void localLinks_areNeverFollowedOut()
    {
        // The local folder holds links to a folder outside it; the remote side has plain
        // directories of the same names (a bridge that does not mirror links, or a race).
        const QString outside = m_dir->filePath(QStringLiteral("outside"));
        QVERIFY(writeFile(outside + QStringLiteral("/precious.txt"), "keep me\n"));
        QVERIFY(QFile::link(outside, local() + QStringLiteral("/viaLink")));
        QVERIFY(QFile::link(outside, local() + QStringLiteral("/replaced")));
        QVERIFY(writeFile(remote() + QStringLiteral("/viaLink/precious.txt"), "keep me\n"));
        makeSandbox(false);
        const ExecResult r = runShell(QStringLiteral("rm viaLink/precious.txt; mkdir replaced; echo hi > "
                                                     "replaced/new.txt"));
        QCOMPARE(r.exitCode, 0);
        // The delete beneath the link is refused and said; the file outside stays.
        QVERIFY(!r.changes.writtenBack);
        QVERIFY2(r.changes.writeBackError.contains(QLatin1String("viaLink/precious.txt")),
                 qPrintable(r.changes.writeBackError));
        QVERIFY(QFile::exists(outside + QStringLiteral("/precious.txt")));
        // A link where the remote side now has a directory is replaced by that directory; the
        // new file lands inside the folder, not through the link.
        QVERIFY(!QFileInfo(local() + QStringLiteral("/replaced")).isSymLink());
        QCOMPARE(tree(local()).value(QStringLiteral("replaced/new.txt")), QByteArray("hi\n"));
        QCOMPARE(tree(outside).keys(), QStringList{QStringLiteral("precious.txt")});
    }

    void writeBack_isBoundedByTheWorkspaceGrowthLimit()
    {
        makeSandbox(false);
        Limits limits;
        limits.workspaceGrowthBytes = 1000;
        const ExecResult r =
            runShell(QStringLiteral("head -c 4096 /dev/zero > big.bin; echo s > small.txt"), limits);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.changes.created.size(), 2);
        QVERIFY(!r.changes.writtenBack);
        QVERIFY2(r.changes.writeBackError.contains(QLatin1String("growth limit")),
                 qPrintable(r.changes.writeBackError));
        QVERIFY(tree(local()).isEmpty()); // all or nothing
        QVERIFY(m_fake->requestsTo("/file/", "GET").isEmpty());
    }

    void editorWrite_isCopiedBackAtOnce()
    {
        makeSandbox(false);
        FileJob *w = m_sandbox->writeFile(QStringLiteral("pkg/note.md"), "# note\n", this);
        QSignalSpy done(w, &FileJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(w->error().isNull(), qPrintable(w->error().toString()));
        QCOMPARE(tree(local()).value(QStringLiteral("pkg/note.md")), QByteArray("# note\n"));
        QCOMPARE(tree(remote()).value(QStringLiteral("pkg/note.md")), QByteArray("# note\n"));
    }

    void cancelWhileListingBefore_neverStartsTheCommand()
    {
        m_fake->setExecHandler(
            [](const FakeBridgeServer::Request &r) -> std::optional<FakeBridgeServer::ExecScript> {
                if (!isScan(r))
                    return std::nullopt;
                FakeBridgeServer::ExecScript s;
                s.hang = true; // the listing never ends
                return s;
            });
        makeSandbox(false);
        ExecSpec spec;
        spec.argv = {QStringLiteral("touch"), QStringLiteral("ran")};
        ExecJob *job = m_sandbox->createJob(spec, this);
        QSignalSpy finished(job, &ExecJob::finished);
        QSignalSpy requests(m_fake.get(), &FakeBridgeServer::requestReceived);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->requestsTo("/exec", "POST").isEmpty(), 10000);
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(job->result().end, ExecResult::End::Cancelled);
        requests.wait(300); // a wrongly started command would arrive now
        for (const auto &r : m_fake->requestsTo("/exec", "POST"))
            QVERIFY2(isScan(r), qPrintable(r.argv().join(u' ')));
        QVERIFY(!QFile::exists(remote() + QStringLiteral("/ran")));
    }

    // --- Quitting mid-run (RemoteSandboxReaper).

    void reaper_deletesWhatWasCreatedAndNotKept_andNothingAfterwards()
    {
        makeSandbox(false, false);
        QCOMPARE(runShell(QStringLiteral("true")).exitCode, 0);
        const QString id = m_sandbox->sandboxId();
        CloudflareConfig keptConfig;
        keptConfig.endpoint = BridgeEndpoint{m_fake->baseUrl(), kKey};
        keptConfig.keepSandbox = true;
        CloudflareSandbox kept(keptConfig, m_nam.get());
        QSignalSpy keptUp(&kept, &CloudflareSandbox::created);
        kept.ensureCreated(this, [](const Error &) {});
        QVERIFY(keptUp.wait(10000));
        QCOMPARE(m_fake->createdIds().size(), 2);

        RemoteSandboxReaper *reaper = RemoteSandboxReaper::instance();
        QCOMPARE(reaper->pendingCount(), 1);
        QSignalSpy finished(reaper, &RemoteSandboxReaper::finished);
        reaper->deleteAll(3000);
        QVERIFY(finished.wait(10000));
        QVERIFY2(reaper->failures().isEmpty(), qPrintable(reaper->failures().join(u'\n')));
        QCOMPARE(m_fake->deletedIds(), QStringList{id});
        QCOMPARE(reaper->pendingCount(), 0);

        // The deleted sandbox is not brought back by a late call (the bridge would recreate it).
        const auto requestsBefore = m_fake->requests().size();
        const ExecResult late = runShell(QStringLiteral("true"));
        QCOMPARE(late.end, ExecResult::End::FailedToStart);
        m_sandbox.reset(); // nor deleted twice when its owner goes
        QSignalSpy more(m_fake.get(), &FakeBridgeServer::requestReceived);
        more.wait(300);
        QCOMPARE(m_fake->requests().size(), requestsBefore);
    }

    void cancelAfterTheSandboxWasDeleted_sendsNoStopCommand()
    {
        m_fake->setExecHandler(
            [](const FakeBridgeServer::Request &r) -> std::optional<FakeBridgeServer::ExecScript> {
                if (!isWrapped(r))
                    return std::nullopt;
                FakeBridgeServer::ExecScript s;
                s.hang = true; // a long command
                return s;
            });
        makeSandbox(false, false);
        ExecSpec spec;
        spec.argv = {QStringLiteral("sleep"), QStringLiteral("600")};
        ExecJob *job = m_sandbox->createJob(spec, this);
        QSignalSpy finished(job, &ExecJob::finished);
        QSignalSpy started(job, &ExecJob::started);
        job->start();
        QVERIFY(started.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &r : m_fake->requestsTo("/exec", "POST"))
                    if (isWrapped(r))
                        return true;
                return false;
            }(),
            10000);
        RemoteSandboxReaper *reaper = RemoteSandboxReaper::instance();
        QSignalSpy reaped(reaper, &RemoteSandboxReaper::finished);
        reaper->deleteAll(3000); // the app quits mid-command
        QVERIFY(reaped.wait(10000));
        const auto before = m_fake->requests().size();
        job->cancel(); // then its run stops the call
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(job->result().end, ExecResult::End::Cancelled);
        QSignalSpy more(m_fake.get(), &FakeBridgeServer::requestReceived);
        more.wait(300);
        QCOMPARE(m_fake->requests().size(), before); // no stop command, no listing: nothing revives it
    }

    void reaper_reportsFailedAndUnansweredDeletes_withinItsTimeout()
    {
        makeSandbox(false, false);
        QCOMPARE(runShell(QStringLiteral("true")).exitCode, 0);
        CloudflareConfig c;
        c.endpoint = BridgeEndpoint{m_fake->baseUrl(), kKey};
        CloudflareSandbox second(c, m_nam.get());
        QSignalSpy up(&second, &CloudflareSandbox::created);
        second.ensureCreated(this, [](const Error &) {});
        QVERIFY(up.wait(10000));
        const QString refused = m_sandbox->sandboxId();
        const QString silent = second.sandboxId();
        m_fake->failNext("/v1/sandbox/" + refused.toUtf8(), 502, "exec_transport_error",
                         "container gone wrong");
        m_fake->stallNext("/v1/sandbox/" + silent.toUtf8());

        RemoteSandboxReaper *reaper = RemoteSandboxReaper::instance();
        QCOMPARE(reaper->pendingCount(), 2);
        QSignalSpy finished(reaper, &RemoteSandboxReaper::finished);
        QElapsedTimer clock;
        clock.start();
        reaper->deleteAll(1500);
        QVERIFY(finished.wait(20000));
        // Well before the 30 s a single bridge call may take: the reaper's bound decided.
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_fake->requestsTo("/v1/sandbox/", "DELETE").size(), 2);
        const QString text = reaper->failures().join(u'\n');
        QCOMPARE(reaper->failures().size(), 2);
        QVERIFY2(text.contains(refused) && text.contains(silent), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("idle timeout")));
        QVERIFY(!text.contains(kKey));
    }

    void reaper_withNothingToDelete_finishesAtOnce()
    {
        RemoteSandboxReaper *reaper = RemoteSandboxReaper::instance();
        QCOMPARE(reaper->pendingCount(), 0);
        QSignalSpy finished(reaper, &RemoteSandboxReaper::finished);
        reaper->deleteAll(3000);
        QCOMPARE(finished.count(), 0); // never from inside the call
        QVERIFY(finished.wait(5000));
        QVERIFY(m_fake->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCloudflareWriteBack)
#include "tst_cloudflarewriteback.moc"
