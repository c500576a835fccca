// SPDX-License-Identifier: MIT
// CgroupSupport::detect() on cgroup trees laid out in a temporary folder (the shapes of a unified
// v2 host, a hybrid host like the CI containers, and hosts offering nothing), and RunCgroup's
// promise to leave nothing behind when it cannot finish. The kernel side (a real cgroup per run,
// its OOM kill, its removal) is in the escape battery (limits_cgroup*), which runs on the real tree.
#include "sandbox/cgrouplimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Workbench;
using Version = CgroupSupport::Version;

namespace {

// Lays out "path=content" entries under root (folders made as needed).
bool layOut(const QString &root, const QStringList &entries)
{
    for (const QString &e : entries) {
        const QString rel = e.section(QLatin1Char('='), 0, 0);
        const QString path = root + QLatin1Char('/') + rel;
        if (!QDir().mkpath(QFileInfo(path).path()))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(e.section(QLatin1Char('='), 1).toUtf8());
    }
    return true;
}

} // namespace

class TestCgroupLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_usesWhatTheTreeOffers_data();
    void detect_usesWhatTheTreeOffers();
    void detect_notDelegatedFallsBackWithTheReason();
    void disabled_saysWhyAndUsesRlimits();
    void create_failureLeavesNoCgroupBehind();
};

void TestCgroupLimits::detect_usesWhatTheTreeOffers_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QByteArray>("self"); // /proc/self/cgroup
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("memoryParent"); // relative to the tree; empty: none
    QTest::addColumn<QString>("pidsParent");
    QTest::addColumn<QStringList>("reasonSays");

    QTest::newRow("unified v2, delegated subtree")
        << QStringList{QStringLiteral("cgroup.controllers=cpu memory pids"),
                       QStringLiteral("user/app/cgroup.controllers=cpu memory pids"),
                       QStringLiteral("user/app/cgroup.subtree_control=cpu memory pids"),
                       QStringLiteral("user/app/cgroup.procs=")}
        << QByteArray("0::/user/app\n") << int(Version::V2) << QStringLiteral("user/app")
        << QStringLiteral("user/app")
        << QStringList{QStringLiteral("own cgroup under %ROOT%/user/app"), QStringLiteral("cpu.max")};
    QTest::newRow("unified v2 without the memory controller, no v1")
        << QStringList{QStringLiteral("cgroup.controllers=cpu pids"),
                       QStringLiteral("app/cgroup.controllers=cpu pids"),
                       QStringLiteral("app/cgroup.subtree_control=")}
        << QByteArray("0::/app\n") << int(Version::None) << QString() << QString()
        << QStringList{QStringLiteral("no memory and pids controllers (only: cpu pids)"),
                       QStringLiteral("no cgroup v1 memory and pids hierarchies")};
    QTest::newRow("hybrid: v2 offers hugetlb only, v1 memory and pids are ours")
        << QStringList{QStringLiteral("unified/cgroup.controllers=hugetlb"),
                       QStringLiteral("memory/cgroup.procs="),
                       QStringLiteral("memory/memory.limit_in_bytes=9223372036854771712"),
                       QStringLiteral("memory/ctr/cgroup.procs="),
                       QStringLiteral("memory/ctr/memory.limit_in_bytes=9223372036854771712"),
                       QStringLiteral("pids/cgroup.procs=")}
        << QByteArray("9:name=systemd:/\n8:pids:/\n4:memory:/ctr\n1:cpu,cpuacct:/\n0::/\n")
        << int(Version::V1) << QStringLiteral("memory/ctr") << QStringLiteral("pids")
        << QStringList{QStringLiteral("memory and pids cgroups under %ROOT%/memory/ctr and %ROOT%/pids"),
                       QStringLiteral("not cgroup v2"), QStringLiteral("(only: hugetlb)")};
    QTest::newRow("nothing mounted") << QStringList{} << QByteArray("0::/\n") << int(Version::None)
                                     << QString() << QString()
                                     << QStringList{
                                            QStringLiteral("no cgroup v2 hierarchy is mounted"),
                                            QStringLiteral("no cgroup v1 memory and pids hierarchies")};
    QTest::newRow("v1 hierarchies named but not visible")
        << QStringList{QStringLiteral("memory/cgroup.procs="), QStringLiteral("pids/cgroup.procs=")}
        << QByteArray("8:pids:/gone\n4:memory:/gone\n") << int(Version::None) << QString() << QString()
        << QStringList{QStringLiteral("are not visible here")};
}

void TestCgroupLimits::detect_usesWhatTheTreeOffers()
{
    QFETCH(QStringList, tree);
    QFETCH(QByteArray, self);
    QFETCH(int, version);
    QFETCH(QString, memoryParent);
    QFETCH(QString, pidsParent);
    QFETCH(QStringList, reasonSays);
    QTemporaryDir root;
    QVERIFY(root.isValid() && layOut(root.path(), tree));

    const CgroupSupport s = CgroupSupport::detect(root.path(), self);
    QCOMPARE(int(s.version), version);
    QCOMPARE(s.usable(), version != int(Version::None));
    const auto abs = [&root](const QString &rel) { return rel.isEmpty() ? QString() : root.filePath(rel); };
    QCOMPARE(s.memoryParent, abs(memoryParent));
    QCOMPARE(s.pidsParent, abs(pidsParent));
    for (QString part : std::as_const(reasonSays)) {
        part.replace(QLatin1String("%ROOT%"), root.path());
        QVERIFY2(s.reason.contains(part), qPrintable(s.reason));
    }
    QCOMPARE(s.mechanism(), version == int(Version::V2)   ? QStringLiteral("cgroup v2")
                            : version == int(Version::V1) ? QStringLiteral("cgroup v1")
                                                          : QStringLiteral("rlimits"));
}

void TestCgroupLimits::detect_notDelegatedFallsBackWithTheReason()
{
    if (::geteuid() == 0)
        QSKIP("root may write any cgroup folder; the case needs an ordinary user");
    QTemporaryDir root;
    QVERIFY(layOut(root.path(), {QStringLiteral("cgroup.controllers=memory pids"),
                                 QStringLiteral("app/cgroup.controllers=memory pids"),
                                 QStringLiteral("app/cgroup.subtree_control=memory pids")}));
    QVERIFY(::chmod(QFile::encodeName(root.filePath(QStringLiteral("app"))).constData(), 0555) == 0);
    const CgroupSupport s = CgroupSupport::detect(root.path(), "0::/app\n");
    ::chmod(QFile::encodeName(root.filePath(QStringLiteral("app"))).constData(), 0755);
    QVERIFY(!s.usable());
    QVERIFY2(s.reason.contains(QLatin1String("not writable by this user (not delegated to it)")),
             qPrintable(s.reason));
}

void TestCgroupLimits::disabled_saysWhyAndUsesRlimits()
{
    const CgroupSupport s = CgroupSupport::disabled(QStringLiteral("turned off for this test"));
    QVERIFY(!s.usable());
    QCOMPARE(s.mechanism(), QStringLiteral("rlimits"));
    QCOMPARE(s.reason, QStringLiteral("turned off for this test"));
    const auto created = RunCgroup::create(s, Limits());
    QVERIFY(!created.ok());
    QVERIFY(created.error().message.contains(QLatin1String("turned off for this test")));
}

void TestCgroupLimits::create_failureLeavesNoCgroupBehind()
{
    // A folder that takes the mkdir but has none of the kernel's control files: writing
    // memory.max fails, and the half-made cgroup must be gone again.
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    CgroupSupport s;
    s.version = Version::V2;
    s.memoryParent = s.pidsParent = parent.path();
    const auto created = RunCgroup::create(s, Limits());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("cgroup_failed"));
    QVERIFY2(created.error().message.contains(QLatin1String("memory.max")),
             qPrintable(created.error().message));
    QVERIFY(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestCgroupLimits)
#include "tst_cgrouplimits.moc"
