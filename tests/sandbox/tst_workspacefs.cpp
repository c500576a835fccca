// SPDX-License-Identifier: MIT
#include "sandbox/workspacefs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using Workbench::WorkspaceFs;

namespace {

bool writeHostFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readHostFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWorkspaceFs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writeThenRead_roundTripsInsideWorkspace();
    void writeFile_createsMissingParentFolders();
    void writeFile_mustNotExistRefusesExistingFile();
    void writeFile_replacesContent();
    void readFile_refusesPlantedSymlinkToHostFile();
    void writeFile_refusesPlantedSymlinkAndLeavesTargetUntouched();
    void writeFile_refusesSymlinkedParentFolder();
    void readFile_refusesSymlinkedParentFolder();
    void paths_refuseDotDotEscapes_data();
    void paths_refuseDotDotEscapes();
    void fifo_isRefusedWithoutHanging();
    void exists_seesEntriesWithoutFollowingLinks();
    void list_showsEntriesAndDoesNotFollowLinks();
    void toRelative_mapsModelPaths_data();
    void toRelative_mapsModelPaths();
    void missingRoot_failsEveryCall();
    void setOwner_chownsCreatedFilesAndFolders();

private:
    QTemporaryDir *m_ws = nullptr;
    QTemporaryDir *m_outside = nullptr;
    QString m_secret; // a "private host file" outside the workspace
};

void TestWorkspaceFs::init()
{
    m_ws = new QTemporaryDir(QStringLiteral("/tmp/tst_workspacefs-ws-XXXXXX"));
    m_outside = new QTemporaryDir(QStringLiteral("/tmp/tst_workspacefs-host-XXXXXX"));
    QVERIFY(m_ws->isValid() && m_outside->isValid());
    m_secret = m_outside->filePath(QStringLiteral("id_rsa"));
    QVERIFY(writeHostFile(m_secret, "PRIVATE KEY"));
}

void TestWorkspaceFs::cleanup()
{
    delete m_ws;
    delete m_outside;
    m_ws = m_outside = nullptr;
}

void TestWorkspaceFs::writeThenRead_roundTripsInsideWorkspace()
{
    WorkspaceFs fs(m_ws->path());
    QVERIFY(fs.status().ok());
    QVERIFY(fs.writeFile(QStringLiteral("hello.txt"), "hello\n").ok());
    QCOMPARE(readHostFile(m_ws->filePath(QStringLiteral("hello.txt"))), QByteArray("hello\n"));
    const auto r = fs.readFile(QStringLiteral("hello.txt"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(*r, QByteArray("hello\n"));
}

void TestWorkspaceFs::writeFile_createsMissingParentFolders()
{
    WorkspaceFs fs(m_ws->path());
    QVERIFY(fs.writeFile(QStringLiteral("a/b/c.py"), "print(1)\n").ok());
    QVERIFY(QFileInfo(m_ws->filePath(QStringLiteral("a/b"))).isDir());
    QCOMPARE(readHostFile(m_ws->filePath(QStringLiteral("a/b/c.py"))), QByteArray("print(1)\n"));
    QCOMPARE(*fs.readFile(QStringLiteral("./a//b/c.py")), QByteArray("print(1)\n"));
}

void TestWorkspaceFs::writeFile_mustNotExistRefusesExistingFile()
{
    WorkspaceFs fs(m_ws->path());
    QVERIFY(fs.writeFile(QStringLiteral("x.txt"), "one").ok());
    const auto s = fs.writeFile(QStringLiteral("x.txt"), "two", /*mustNotExist=*/true);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("workspace_exists"));
    QCOMPARE(readHostFile(m_ws->filePath(QStringLiteral("x.txt"))), QByteArray("one"));
}

void TestWorkspaceFs::writeFile_replacesContent()
{
    WorkspaceFs fs(m_ws->path());
    QVERIFY(fs.writeFile(QStringLiteral("x.txt"), "a much longer first content").ok());
    QVERIFY(fs.writeFile(QStringLiteral("x.txt"), "short").ok());
    QCOMPARE(readHostFile(m_ws->filePath(QStringLiteral("x.txt"))), QByteArray("short"));
}

void TestWorkspaceFs::readFile_refusesPlantedSymlinkToHostFile()
{
    // What a sandboxed command can do: `ln -s ~/.ssh/id_rsa report.txt`.
    QVERIFY(QFile::link(m_secret, m_ws->filePath(QStringLiteral("report.txt"))));
    WorkspaceFs fs(m_ws->path());
    const auto r = fs.readFile(QStringLiteral("report.txt"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("workspace_symlink"));
    QVERIFY(r.error().message.contains(QLatin1String("report.txt")));
    QVERIFY(!r.error().toString().contains(QLatin1String("PRIVATE KEY")));

    // A relative link climbing out is refused the same way.
    QVERIFY(QFile::link(QStringLiteral("../") + QFileInfo(m_outside->path()).fileName() +
                            QStringLiteral("/id_rsa"),
                        m_ws->filePath(QStringLiteral("rel.txt"))));
    QVERIFY(!fs.readFile(QStringLiteral("rel.txt")).ok());
}

void TestWorkspaceFs::writeFile_refusesPlantedSymlinkAndLeavesTargetUntouched()
{
    QVERIFY(QFile::link(m_secret, m_ws->filePath(QStringLiteral("out.txt"))));
    const QString dangling = m_outside->filePath(QStringLiteral("created-through-link"));
    QVERIFY(QFile::link(dangling, m_ws->filePath(QStringLiteral("new.txt"))));

    WorkspaceFs fs(m_ws->path());
    auto s = fs.writeFile(QStringLiteral("out.txt"), "pwned");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("workspace_symlink"));
    QCOMPARE(readHostFile(m_secret), QByteArray("PRIVATE KEY"));

    s = fs.writeFile(QStringLiteral("new.txt"), "pwned");
    QVERIFY(!s.ok());
    QVERIFY(!QFileInfo::exists(dangling));
    s = fs.writeFile(QStringLiteral("new.txt"), "pwned", /*mustNotExist=*/true);
    QVERIFY(!s.ok());
    QVERIFY(!QFileInfo::exists(dangling));
}

void TestWorkspaceFs::writeFile_refusesSymlinkedParentFolder()
{
    QVERIFY(QFile::link(m_outside->path(), m_ws->filePath(QStringLiteral("dir"))));
    WorkspaceFs fs(m_ws->path());
    const auto s = fs.writeFile(QStringLiteral("dir/evil.txt"), "x");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("workspace_symlink"));
    QVERIFY(!QFileInfo::exists(m_outside->filePath(QStringLiteral("evil.txt"))));
}

void TestWorkspaceFs::readFile_refusesSymlinkedParentFolder()
{
    QVERIFY(QFile::link(m_outside->path(), m_ws->filePath(QStringLiteral("dir"))));
    WorkspaceFs fs(m_ws->path());
    const auto r = fs.readFile(QStringLiteral("dir/id_rsa"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("workspace_symlink"));
}

void TestWorkspaceFs::paths_refuseDotDotEscapes_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("parent") << QStringLiteral("../x");
    QTest::newRow("deeperEscape") << QStringLiteral("a/../../x");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
}

void TestWorkspaceFs::paths_refuseDotDotEscapes()
{
    QFETCH(QString, path);
    // Something real to hit if the check failed: /tmp/x next to the workspace.
    WorkspaceFs fs(m_ws->path());
    const auto r = fs.readFile(path);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    const auto w = fs.writeFile(path, "x");
    QVERIFY(!w.ok());
    QVERIFY(!fs.list(path, 1).ok());
    QVERIFY(!fs.exists(path));
}

void TestWorkspaceFs::fifo_isRefusedWithoutHanging()
{
    const QByteArray fifo = QFile::encodeName(m_ws->filePath(QStringLiteral("pipe")));
    QCOMPARE(::mkfifo(fifo.constData(), 0644), 0);
    WorkspaceFs fs(m_ws->path());
    // Both calls would block forever on a plain open(); they must return with an error.
    const auto r = fs.readFile(QStringLiteral("pipe"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("workspace_not_file"));
    const auto w = fs.writeFile(QStringLiteral("pipe"), "x");
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, QStringLiteral("workspace_not_file"));
}

void TestWorkspaceFs::exists_seesEntriesWithoutFollowingLinks()
{
    WorkspaceFs fs(m_ws->path());
    QVERIFY(fs.writeFile(QStringLiteral("d/f.txt"), "x").ok());
    QVERIFY(QFile::link(m_secret, m_ws->filePath(QStringLiteral("link"))));
    QVERIFY(QFile::link(m_outside->path(), m_ws->filePath(QStringLiteral("dlink"))));
    QVERIFY(fs.exists(QStringLiteral("d/f.txt")));
    QVERIFY(fs.exists(QStringLiteral("d")));
    QVERIFY(fs.exists(QStringLiteral(".")));
    QVERIFY(fs.exists(QStringLiteral("link")));          // the link itself
    QVERIFY(!fs.exists(QStringLiteral("dlink/id_rsa"))); // not through it
    QVERIFY(!fs.exists(QStringLiteral("missing")));
}

void TestWorkspaceFs::list_showsEntriesAndDoesNotFollowLinks()
{
    WorkspaceFs fs(m_ws->path());
    QVERIFY(fs.writeFile(QStringLiteral("a.txt"), "x").ok());
    QVERIFY(fs.writeFile(QStringLiteral("src/main.py"), "x").ok());
    QVERIFY(fs.writeFile(QStringLiteral("src/deep/x.py"), "x").ok());
    QVERIFY(QFile::link(m_outside->path(), m_ws->filePath(QStringLiteral("hostdir"))));

    auto l = fs.list(QString(), 1);
    QVERIFY(l.ok());
    QCOMPARE(*l, (QStringList{QStringLiteral("a.txt"), QStringLiteral("hostdir"), QStringLiteral("src/")}));

    l = fs.list(QStringLiteral("."), 3);
    QVERIFY(l.ok());
    QCOMPARE(*l, (QStringList{QStringLiteral("a.txt"), QStringLiteral("hostdir"), QStringLiteral("src/"),
                              QStringLiteral("src/deep/"), QStringLiteral("src/deep/x.py"),
                              QStringLiteral("src/main.py")}));

    l = fs.list(QStringLiteral("src"), 1);
    QVERIFY(l.ok());
    QCOMPARE(*l, (QStringList{QStringLiteral("src/deep/"), QStringLiteral("src/main.py")}));

    const auto viaLink = fs.list(QStringLiteral("hostdir"), 1);
    QVERIFY(!viaLink.ok());
    QCOMPARE(viaLink.error().code, QStringLiteral("workspace_symlink"));
}

void TestWorkspaceFs::toRelative_mapsModelPaths_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: must be refused

    QTest::newRow("sandboxAbsolute") << QStringLiteral("/workspace/a/b.py") << QStringLiteral("a/b.py");
    QTest::newRow("relative") << QStringLiteral("a/b.py") << QStringLiteral("a/b.py");
    QTest::newRow("dotSlash") << QStringLiteral("./a/b.py") << QStringLiteral("a/b.py");
    QTest::newRow("doubleSlashes") << QStringLiteral("/workspace//a///b.py") << QStringLiteral("a/b.py");
    QTest::newRow("innerDotDotStaysInside") << QStringLiteral("a/../b.py") << QStringLiteral("b.py");
    QTest::newRow("workspaceItself") << QStringLiteral("/workspace") << QStringLiteral(".");
    QTest::newRow("workspaceTrailingSlash") << QStringLiteral("/workspace/") << QStringLiteral(".");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral(".");
    QTest::newRow("outsideAbsolute") << QStringLiteral("/etc/passwd") << QString();
    QTest::newRow("prefixLookalike") << QStringLiteral("/workspacefoo/x") << QString();
    QTest::newRow("dotDotLeaves") << QStringLiteral("../x") << QString();
    QTest::newRow("dotDotLeavesDeep") << QStringLiteral("a/../../x") << QString();
    QTest::newRow("absoluteDotDotLeaves") << QStringLiteral("/workspace/../etc/passwd") << QString();
    QTest::newRow("hostHome") << QStringLiteral("/root/.ssh/id_rsa") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("nul") << QStringLiteral("a\u0000b") << QString();
}

void TestWorkspaceFs::toRelative_mapsModelPaths()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = WorkspaceFs::toRelative(input, QStringLiteral("/workspace"));
    if (expected.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? *r : QString()));
        QVERIFY(!r.error().message.isEmpty());
    } else {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }
}

void TestWorkspaceFs::missingRoot_failsEveryCall()
{
    WorkspaceFs fs(m_ws->filePath(QStringLiteral("does-not-exist")));
    QVERIFY(!fs.status().ok());
    QVERIFY(!fs.readFile(QStringLiteral("x")).ok());
    QVERIFY(!fs.writeFile(QStringLiteral("x"), "x").ok());
    QVERIFY(!fs.list(QString(), 1).ok());
    QVERIFY(!fs.exists(QStringLiteral(".")));
}

void TestWorkspaceFs::setOwner_chownsCreatedFilesAndFolders()
{
    if (::geteuid() != 0)
        QSKIP("chown to another user needs root");
    WorkspaceFs fs(m_ws->path());
    fs.setOwner(65534, 65534);
    QVERIFY(fs.writeFile(QStringLiteral("new/dir/file.txt"), "x").ok());
    for (const char *p : {"new", "new/dir", "new/dir/file.txt"}) {
        struct stat st
        {};
        QCOMPARE(::lstat(QFile::encodeName(m_ws->filePath(QLatin1String(p))).constData(), &st), 0);
        QCOMPARE(st.st_uid, uid_t(65534));
        QCOMPARE(st.st_gid, gid_t(65534));
    }
}

QTEST_GUILESS_MAIN(TestWorkspaceFs)
#include "tst_workspacefs.moc"
