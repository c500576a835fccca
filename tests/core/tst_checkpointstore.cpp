// SPDX-License-Identifier: MIT
// Workspace checkpoints: capture, dedupe, rewind (links never followed), diff, cancel, git.
#include "checkpoint/checkpointdiff.h"
#include "checkpoint/checkpointstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Workbench;

namespace {

// The error of a failed result, for QVERIFY2 (which evaluates its message even on success).
template <typename R> QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().toString().toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

int blobCount(const QString &storeRoot)
{
    int n = 0;
    QDirIterator it(storeRoot + QStringLiteral("/blobs"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

int manifestCount(const QString &storeRoot)
{
    int n = 0;
    QDirIterator it(storeRoot + QStringLiteral("/workspaces"), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

CheckpointStore::Request request(const QString &ws, const QString &toolUseId = {})
{
    CheckpointStore::Request r;
    r.workspace = ws;
    r.runId = QStringLiteral("run-test");
    r.toolUseId = toolUseId;
    return r;
}

// Applies a unified diff to `old`; the honest check that a diff says what changed.
QByteArray applyUnified(const QByteArray &old, const QString &diff, bool *ok)
{
    *ok = false;
    QList<QByteArray> src = old.split('\n');
    const bool oldEol = old.endsWith('\n') || old.isEmpty();
    if (old.endsWith('\n') || old.isEmpty())
        src.removeLast();
    QList<QByteArray> out;
    int pos = 0; // next source line to copy
    bool newNoEol = false;
    const QStringList lines = diff.split(QLatin1Char('\n'));
    qsizetype i = 2;
    char lastKind = 0;
    while (i < lines.size()) {
        const QString &h = lines.at(i);
        if (h.isEmpty()) {
            ++i;
            continue;
        }
        if (!h.startsWith(QLatin1String("@@ -")))
            return {};
        const QString oldRange = h.mid(4, h.indexOf(QLatin1Char(' '), 4) - 4);
        int start = oldRange.section(QLatin1Char(','), 0, 0).toInt();
        const int count =
            oldRange.contains(QLatin1Char(',')) ? oldRange.section(QLatin1Char(','), 1).toInt() : 1;
        const int firstIdx = count == 0 ? start : start - 1;
        while (pos < firstIdx)
            out.append(src.value(pos++));
        ++i;
        while (i < lines.size() && !lines.at(i).startsWith(QLatin1String("@@"))) {
            const QString &l = lines.at(i);
            if (l.isEmpty() && i == lines.size() - 1)
                break;
            if (l.startsWith(QLatin1Char('\\'))) {
                if (lastKind == '+' || lastKind == ' ')
                    newNoEol = true;
                ++i;
                continue;
            }
            const QByteArray text = l.mid(1).toUtf8();
            lastKind = char(l.at(0).toLatin1());
            if (lastKind == ' ' || lastKind == '-') {
                if (src.value(pos) != text)
                    return {};
                ++pos;
            }
            if (lastKind == ' ' || lastKind == '+')
                out.append(text);
            ++i;
        }
    }
    if (pos < src.size())
        newNoEol = !oldEol; // the tail comes unchanged from the old text, final newline included
    while (pos < src.size())
        out.append(src.value(pos++));
    QByteArray result = out.join('\n');
    if (!out.isEmpty() && !newNoEol)
        result += '\n';
    *ok = true;
    return result;
}

int runGit(const QString &dir, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.invalid"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.invalid"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class tst_CheckpointStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_ws;
    QString m_storeRoot;
    int m_case = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        ++m_case;
        m_ws = m_tmp.filePath(QStringLiteral("ws%1").arg(m_case));
        m_storeRoot = m_tmp.filePath(QStringLiteral("store%1").arg(m_case));
        QVERIFY(QDir().mkpath(m_ws));
    }

    void sameContent_isStoredOnceAcrossCheckpointsAndWorkspaces()
    {
        CheckpointStore store(m_storeRoot);
        QVERIFY(writeFile(m_ws + QStringLiteral("/a.txt"), "same bytes\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/sub/b.txt"), "same bytes\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/c.txt"), "other bytes\n"));
        auto first = store.capture(request(m_ws));
        QVERIFY2(first.ok(), why(first).constData());
        QCOMPARE(first->fileCount(), 3);
        QCOMPARE(blobCount(m_storeRoot), 2);

        QVERIFY(writeFile(m_ws + QStringLiteral("/d.txt"), "same bytes\n"));
        auto second = store.capture(request(m_ws));
        QVERIFY(second.ok());
        QCOMPARE(second->fileCount(), 4);
        QCOMPARE(blobCount(m_storeRoot), 2);

        const QString other = m_tmp.filePath(QStringLiteral("other%1").arg(m_case));
        QVERIFY(writeFile(other + QStringLiteral("/x.txt"), "other bytes\n"));
        CheckpointStore sameRoot(m_storeRoot); // another run, same store
        QVERIFY(sameRoot.capture(request(other)).ok());
        QCOMPARE(blobCount(m_storeRoot), 2);
        QCOMPARE(store.blobsWritten(), quint64(2));
        QCOMPARE(sameRoot.blobsWritten(), quint64(0));

        const CheckpointEntry *a = second->find(QStringLiteral("a.txt"));
        QVERIFY(a);
        QCOMPARE(a->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash("same bytes\n", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(*store.blob(a->sha256), QByteArray("same bytes\n"));
    }

    void rewind_restoresAddedChangedDeletedModesAndEmptyDirs()
    {
        CheckpointStore store(m_storeRoot);
        QByteArray binary(3000, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(QRandomGenerator::global()->bounded(256));
        QVERIFY(writeFile(m_ws + QStringLiteral("/keep.txt"), "keep\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/change.txt"), "before\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/gone/deleted.txt"), "deleted later\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/run.sh"), "#!/bin/sh\necho hi\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/data.bin"), binary));
        QVERIFY(::chmod(QFile::encodeName(m_ws + QStringLiteral("/run.sh")).constData(), 0750) == 0);
        QVERIFY(QDir().mkpath(m_ws + QStringLiteral("/empty/nested")));
        QVERIFY(::chmod(QFile::encodeName(m_ws + QStringLiteral("/empty")).constData(), 0711) == 0);
        auto cp = store.capture(request(m_ws, QStringLiteral("toolu_9")));
        QVERIFY(cp.ok());

        // What a command might do.
        QVERIFY(writeFile(m_ws + QStringLiteral("/change.txt"), "after, and longer\n"));
        QVERIFY(QDir(m_ws + QStringLiteral("/gone")).removeRecursively());
        QVERIFY(::chmod(QFile::encodeName(m_ws + QStringLiteral("/run.sh")).constData(), 0600) == 0);
        QVERIFY(QDir(m_ws + QStringLiteral("/empty")).removeRecursively());
        QVERIFY(writeFile(m_ws + QStringLiteral("/new.txt"), "new\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/newdir/deep/x.txt"), "x\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/data.bin"), binary.left(100)));
        QVERIFY(QFile::remove(m_ws + QStringLiteral("/keep.txt")));
        QVERIFY(QDir().mkpath(m_ws + QStringLiteral("/keep.txt"))); // a folder where a file was

        auto report = store.rewind(cp->id, m_ws, {-1, -1});
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->toolUseId, QStringLiteral("toolu_9"));
        QCOMPARE(readFile(m_ws + QStringLiteral("/keep.txt")), QByteArray("keep\n"));
        QCOMPARE(readFile(m_ws + QStringLiteral("/change.txt")), QByteArray("before\n"));
        QCOMPARE(readFile(m_ws + QStringLiteral("/gone/deleted.txt")), QByteArray("deleted later\n"));
        QCOMPARE(readFile(m_ws + QStringLiteral("/data.bin")), binary);
        QCOMPARE(modeOf(m_ws + QStringLiteral("/run.sh")), mode_t(0750));
        QVERIFY(QFileInfo(m_ws + QStringLiteral("/empty/nested")).isDir());
        QCOMPARE(modeOf(m_ws + QStringLiteral("/empty")), mode_t(0711));
        QVERIFY(!QFileInfo::exists(m_ws + QStringLiteral("/new.txt")));
        QVERIFY(!QFileInfo::exists(m_ws + QStringLiteral("/newdir")));
        QCOMPARE(report->removed, 2); // new.txt and newdir (with its contents)

        // Nothing left over: a fresh checkpoint equals the one rewound to.
        auto again = store.capture(request(m_ws));
        QVERIFY(again.ok());
        auto diff = diffCheckpoints(store, *cp, *again);
        QVERIFY(diff.ok());
        QStringList left;
        for (const CheckpointChange &c : *diff)
            left.append(c.summary());
        QVERIFY2(diff->isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    void rewindJob_takesASafetyCheckpointThatUndoesIt()
    {
        CheckpointStore store(m_storeRoot);
        QVERIFY(writeFile(m_ws + QStringLiteral("/f.txt"), "one\n"));
        auto cp = store.capture(request(m_ws));
        QVERIFY(cp.ok());
        QVERIFY(writeFile(m_ws + QStringLiteral("/f.txt"), "two\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/g.txt"), "added\n"));

        RewindJob *job = store.createRewind(cp->id, m_ws, {-1, -1}, true, this);
        QSignalSpy done(job, &RewindJob::finished);
        job->start();
        QVERIFY(done.wait(20000));
        QVERIFY2(job->result().ok(), why(job->result()).constData());
        const QString safety = job->result()->safetyCheckpointId;
        QVERIFY(!safety.isEmpty());
        QCOMPARE(readFile(m_ws + QStringLiteral("/f.txt")), QByteArray("one\n"));
        QVERIFY(!QFileInfo::exists(m_ws + QStringLiteral("/g.txt")));

        auto undo = store.rewind(safety, m_ws, {-1, -1});
        QVERIFY(undo.ok());
        QCOMPARE(readFile(m_ws + QStringLiteral("/f.txt")), QByteArray("two\n"));
        QCOMPARE(readFile(m_ws + QStringLiteral("/g.txt")), QByteArray("added\n"));
        delete job;
    }

    void symlinkPointingOutside_isStoredAsLink_andRewindNeverWritesOutside()
    {
        CheckpointStore store(m_storeRoot);
        const QString outside = m_tmp.filePath(QStringLiteral("outside%1").arg(m_case));
        QVERIFY(writeFile(outside + QStringLiteral("/secret.txt"), "host secret\n"));
        QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), m_ws + QStringLiteral("/link")));
        QVERIFY(writeFile(m_ws + QStringLiteral("/report.txt"), "report\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/dir/f.txt"), "inside\n"));
        auto cp = store.capture(request(m_ws));
        QVERIFY(cp.ok());
        const CheckpointEntry *link = cp->find(QStringLiteral("link"));
        QVERIFY(link);
        QCOMPARE(link->type, CheckpointEntry::Type::Symlink);
        QCOMPARE(link->linkTarget, QFile::encodeName(outside + QStringLiteral("/secret.txt")));
        QVERIFY(link->sha256.isEmpty());
        QCOMPARE(blobCount(m_storeRoot), 2); // report.txt and f.txt: the secret was never read

        // The command plants links where the checkpoint has a file and a folder.
        QVERIFY(QFile::remove(m_ws + QStringLiteral("/report.txt")));
        QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), m_ws + QStringLiteral("/report.txt")));
        QVERIFY(QDir(m_ws + QStringLiteral("/dir")).removeRecursively());
        QVERIFY(QFile::link(outside, m_ws + QStringLiteral("/dir")));
        QVERIFY(QFile::remove(m_ws + QStringLiteral("/link")));

        auto report = store.rewind(cp->id, m_ws, {-1, -1});
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(readFile(outside + QStringLiteral("/secret.txt")), QByteArray("host secret\n"));
        QCOMPARE(QDir(outside).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("secret.txt")});
        QVERIFY(!QFileInfo(m_ws + QStringLiteral("/report.txt")).isSymLink());
        QCOMPARE(readFile(m_ws + QStringLiteral("/report.txt")), QByteArray("report\n"));
        QVERIFY(!QFileInfo(m_ws + QStringLiteral("/dir")).isSymLink());
        QCOMPARE(readFile(m_ws + QStringLiteral("/dir/f.txt")), QByteArray("inside\n"));
        QVERIFY(QFileInfo(m_ws + QStringLiteral("/link")).isSymLink());
        QCOMPARE(QFile::symLinkTarget(m_ws + QStringLiteral("/link")),
                 outside + QStringLiteral("/secret.txt"));
    }

    void fileOverLimit_isReportedNotCaptured_andLeftAloneByRewind()
    {
        CheckpointStore store(m_storeRoot);
        store.setMaxFileBytes(1024);
        QVERIFY(writeFile(m_ws + QStringLiteral("/big.bin"), QByteArray(4096, 'x')));
        QVERIFY(writeFile(m_ws + QStringLiteral("/small.txt"), "small\n"));
        auto cp = store.capture(request(m_ws));
        QVERIFY(cp.ok());
        const QList<CheckpointEntry> missing = cp->notCaptured();
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().path, QStringLiteral("big.bin"));
        QVERIFY2(missing.first().notCaptured.contains(QLatin1String("limit")),
                 qPrintable(missing.first().notCaptured));
        QCOMPARE(blobCount(m_storeRoot), 1);

        QVERIFY(writeFile(m_ws + QStringLiteral("/big.bin"), QByteArray(5000, 'y')));
        auto report = store.rewind(cp->id, m_ws, {-1, -1});
        QVERIFY(report.ok());
        QCOMPARE(report->notRestored.size(), 1);
        QVERIFY(report->notRestored.first().startsWith(QLatin1String("big.bin")));
        QCOMPARE(readFile(m_ws + QStringLiteral("/big.bin")),
                 QByteArray(5000, 'y')); // neither deleted nor guessed
    }

    void unchangedFiles_areNotRehashed()
    {
        CheckpointStore store(m_storeRoot);
        for (int i = 0; i < 20; ++i)
            QVERIFY(writeFile(m_ws + QStringLiteral("/f%1.txt").arg(i), QByteArray::number(i)));
        auto first = store.capture(request(m_ws));
        QVERIFY(first.ok());
        QCOMPARE(store.filesHashed(), quint64(20));
        QCOMPARE(first->hashedFiles, 20);

        QVERIFY(writeFile(m_ws + QStringLiteral("/f3.txt"), "changed, and of another size"));
        auto second = store.capture(request(m_ws));
        QVERIFY(second.ok());
        QCOMPARE(store.filesHashed(), quint64(21));
        QCOMPARE(second->reusedFiles, 19);

        // A new store object (another app session) finds the previous manifest on disk.
        CheckpointStore later(m_storeRoot);
        auto third = later.capture(request(m_ws));
        QVERIFY(third.ok());
        QCOMPARE(later.filesHashed(), quint64(0));
        QCOMPARE(third->find(QStringLiteral("f3.txt"))->sha256,
                 second->find(QStringLiteral("f3.txt"))->sha256);
    }

    void cancelMidway_leavesNoManifest()
    {
        CheckpointStore store(m_storeRoot);
        for (int i = 0; i < 50; ++i)
            QVERIFY(writeFile(m_ws + QStringLiteral("/f%1.txt").arg(i), QByteArray::number(i * 7919)));
        std::atomic_bool cancel{false};
        int calls = 0;
        auto r = store.capture(request(m_ws), &cancel, [&](int done, int total) {
            ++calls;
            QCOMPARE(total, 50);
            if (done == 10)
                cancel = true;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("checkpoint_cancelled"));
        QCOMPARE(store.filesHashed(), quint64(10));
        QCOMPARE(manifestCount(m_storeRoot), 0);
        QCOMPARE(store.list(m_ws)->size(), 0);
        QVERIFY(QDir(m_storeRoot + QStringLiteral("/tmp")).isEmpty());

        // Afterwards a checkpoint works, and the blobs stored before the cancel are reused.
        auto ok = store.capture(request(m_ws));
        QVERIFY(ok.ok());
        QCOMPARE(manifestCount(m_storeRoot), 1);
        QCOMPARE(blobCount(m_storeRoot), 50);
    }

    void checkpointJob_runsOffThread_andReportsTheCheckpoint()
    {
        CheckpointStore store(m_storeRoot);
        QVERIFY(writeFile(m_ws + QStringLiteral("/a.txt"), "a\n"));
        CheckpointJob *job = store.createCheckpoint(request(m_ws, QStringLiteral("toolu_1")), this);
        QSignalSpy done(job, &CheckpointJob::finished);
        job->start();
        QVERIFY(done.wait(20000));
        QVERIFY(job->isFinished());
        QVERIFY(job->result().ok());
        auto listed = store.list(m_ws);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, job->result()->id);
        QCOMPARE(listed->first().toolUseId, QStringLiteral("toolu_1"));
        delete job;
    }

    void gitRepository_rewindKeepsItConsistent()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed");
        CheckpointStore store(m_storeRoot);
        QVERIFY(writeFile(m_ws + QStringLiteral("/main.py"), "print('v1')\n"));
        QCOMPARE(runGit(m_ws, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                               QStringLiteral("main")}),
                 0);
        QCOMPARE(runGit(m_ws, {QStringLiteral("add"), QStringLiteral(".")}), 0);
        QCOMPARE(runGit(m_ws, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                               QStringLiteral("v1")}),
                 0);
        QByteArray head1;
        QCOMPARE(runGit(m_ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &head1), 0);
        auto cp = store.capture(request(m_ws));
        QVERIFY(cp.ok());

        // The agent commits, branches and repacks (loose objects become a pack and disappear).
        QVERIFY(writeFile(m_ws + QStringLiteral("/main.py"), "print('v2')\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/util.py"), "x = 1\n"));
        QCOMPARE(runGit(m_ws, {QStringLiteral("add"), QStringLiteral(".")}), 0);
        QCOMPARE(runGit(m_ws, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                               QStringLiteral("v2")}),
                 0);
        QCOMPARE(runGit(m_ws, {QStringLiteral("branch"), QStringLiteral("feature")}), 0);
        QCOMPARE(runGit(m_ws, {QStringLiteral("gc"), QStringLiteral("-q"), QStringLiteral("--prune=now")}),
                 0);

        auto report = store.rewind(cp->id, m_ws, {-1, -1});
        QVERIFY2(report.ok(), why(report).constData());
        QByteArray fsck;
        QCOMPARE(runGit(m_ws, {QStringLiteral("fsck"), QStringLiteral("--full"), QStringLiteral("--strict")},
                        &fsck),
                 0);
        QByteArray head;
        QCOMPARE(runGit(m_ws, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, &head), 0);
        QCOMPARE(head, head1);
        QByteArray status;
        QCOMPARE(runGit(m_ws, {QStringLiteral("status"), QStringLiteral("--porcelain")}, &status), 0);
        QCOMPARE(status, QByteArray());
        QByteArray branches;
        QCOMPARE(runGit(m_ws, {QStringLiteral("branch"), QStringLiteral("--list")}, &branches), 0);
        QVERIFY2(!branches.contains("feature"), branches.constData());
        QCOMPARE(readFile(m_ws + QStringLiteral("/main.py")), QByteArray("print('v1')\n"));
    }

    void rewindAsRoot_givesRestoredFilesToTheSandboxUser()
    {
        if (::geteuid() != 0)
            QSKIP("needs root (files are handed to another uid)");
        CheckpointStore store(m_storeRoot);
        QVERIFY(writeFile(m_ws + QStringLiteral("/dir/f.txt"), "f\n"));
        auto cp = store.capture(request(m_ws));
        QVERIFY(cp.ok());
        QVERIFY(QDir(m_ws + QStringLiteral("/dir")).removeRecursively());
        QVERIFY(store.rewind(cp->id, m_ws, {65534, 65534}).ok());
        for (const QString &p : {QStringLiteral("/dir"), QStringLiteral("/dir/f.txt")}) {
            struct stat st
            {};
            QVERIFY(::lstat(QFile::encodeName(m_ws + p).constData(), &st) == 0);
            QCOMPARE(st.st_uid, uid_t(65534));
            QCOMPARE(st.st_gid, gid_t(65534));
        }
    }

    void storeInsideWorkspace_isRefused()
    {
        CheckpointStore store(m_ws + QStringLiteral("/.checkpoints"));
        QVERIFY(QDir().mkpath(store.root()));
        auto r = store.capture(request(m_ws));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("checkpoint_store_inside"));
    }

    void diff_listsChangesWithTextHunksAndBinaryMarks()
    {
        CheckpointStore store(m_storeRoot);
        QVERIFY(writeFile(m_ws + QStringLiteral("/code.py"), "a\nb\nc\nd\ne\nf\ng\nh\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/img.bin"), QByteArray("\x89PNG\0\0\x01", 7)));
        QVERIFY(writeFile(m_ws + QStringLiteral("/old.txt"), "old\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/tool.sh"), "echo\n"));
        auto a = store.capture(request(m_ws));
        QVERIFY(a.ok());
        QVERIFY(writeFile(m_ws + QStringLiteral("/code.py"), "a\nb\nc\nD\ne\nf\ng\nh\n"));
        QVERIFY(writeFile(m_ws + QStringLiteral("/img.bin"), QByteArray("\x89PNG\0\0\x02", 7)));
        QVERIFY(QFile::remove(m_ws + QStringLiteral("/old.txt")));
        QVERIFY(writeFile(m_ws + QStringLiteral("/new.txt"), "new\n"));
        QVERIFY(QDir().mkpath(m_ws + QStringLiteral("/emptydir")));
        QVERIFY(::chmod(QFile::encodeName(m_ws + QStringLiteral("/tool.sh")).constData(), 0755) == 0);
        auto b = store.capture(request(m_ws));
        QVERIFY(b.ok());

        auto diff = diffCheckpoints(store, *a, *b);
        QVERIFY(diff.ok());
        QHash<QString, CheckpointChange> byPath;
        for (const CheckpointChange &c : *diff)
            byPath.insert(c.path, c);
        QCOMPARE(byPath.size(), 6);
        QCOMPARE(byPath.value(QStringLiteral("code.py")).kind, CheckpointChange::Kind::Modified);
        QCOMPARE(byPath.value(QStringLiteral("code.py")).unifiedDiff,
                 QStringLiteral(
                     "--- a/code.py\n+++ b/code.py\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n"));
        QVERIFY(byPath.value(QStringLiteral("img.bin")).binary);
        QVERIFY(byPath.value(QStringLiteral("img.bin")).unifiedDiff.isEmpty());
        QCOMPARE(byPath.value(QStringLiteral("old.txt")).kind, CheckpointChange::Kind::Removed);
        QCOMPARE(byPath.value(QStringLiteral("new.txt")).kind, CheckpointChange::Kind::Added);
        QVERIFY(byPath.value(QStringLiteral("new.txt")).unifiedDiff.contains(QLatin1String("+new")));
        QCOMPARE(byPath.value(QStringLiteral("emptydir")).kind, CheckpointChange::Kind::Added);
        QCOMPARE(byPath.value(QStringLiteral("tool.sh")).kind, CheckpointChange::Kind::ModeChanged);
        const QString toolSummary = byPath.value(QStringLiteral("tool.sh")).summary();
        QVERIFY2(toolSummary.contains(QStringLiteral("644 \u2192 755")), qPrintable(toolSummary));
    }

    void unifiedDiff_appliesBackToTheNewText_data()
    {
        QTest::addColumn<int>("seed");
        for (int s = 1; s <= 60; ++s)
            QTest::addRow("seed %d", s) << s;
    }

    void unifiedDiff_appliesBackToTheNewText()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const auto randomText = [&rng](int lines) {
            QByteArray t;
            for (int i = 0; i < lines; ++i)
                t += "line " + QByteArray::number(rng.bounded(6)) + '\n';
            if (rng.bounded(4) == 0 && !t.isEmpty())
                t.chop(1); // no final newline
            return t;
        };
        const QByteArray oldText = randomText(int(rng.bounded(30)));
        QByteArray newText = oldText;
        // Edit a copy so old and new share most lines, as real edits do.
        QList<QByteArray> lines = newText.split('\n');
        for (int k = int(rng.bounded(5)); k >= 0; --k) {
            const int at = int(rng.bounded(int(lines.size()) + 1));
            if (rng.bounded(2) == 0 && at < lines.size())
                lines.removeAt(at);
            else
                lines.insert(at, "new " + QByteArray::number(rng.bounded(100)));
        }
        newText = lines.join('\n');
        const QString diff =
            unifiedTextDiff(QStringLiteral("f"), QStringLiteral("f"), oldText, newText, int(rng.bounded(4)));
        if (oldText == newText) {
            QVERIFY(diff.isEmpty());
            return;
        }
        bool ok = false;
        const QByteArray applied = applyUnified(oldText, diff, &ok);
        QVERIFY2(ok, qPrintable(diff));
        QCOMPARE(applied, newText);
    }
};

QTEST_GUILESS_MAIN(tst_CheckpointStore)
#include "tst_checkpointstore.moc"
