// SPDX-License-Identifier: MIT
// The escape battery once more, as an ordinary user, so one CI run (as root) covers both ways the
// product runs. As root: makes sure a dedicated system user exists (useradd, idempotent), copies
// the battery, the launcher and agent-workbench into a fresh folder that user can read (the build
// folder may be private, e.g. under /root), and runs the battery as that user with an environment
// built from nothing. Not root: runs the built battery as it is. Never skips: a user that cannot
// be created, a copy that fails or a battery that skips more than it should is a failure.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kUser = QStringLiteral("wb-battery");
constexpr int kBatteryMs = 330000;

// The battery's cases that may skip, and when: only what cannot apply to the uid it runs as.
bool skipIsExpected(const QString &testFunction, bool asRoot)
{
    if (testFunction == QLatin1String("ci_rootProductNeverRunsCommandsAsRoot"))
        return !asRoot;
    // An ordinary user gets a cgroup per run only where one is delegated to it (systemd); the
    // skip says what was missing, and limits_rlimitsAloneWhenCgroupsAreOff covers the fallback.
    if (testFunction.startsWith(QLatin1String("limits_cgroup")))
        return !asRoot;
    return false;
}

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};

std::optional<Account> lookUp(const QString &name)
{
    const passwd *pw = ::getpwnam(name.toLocal8Bit().constData());
    if (!pw)
        return std::nullopt;
    return Account{pw->pw_uid, pw->pw_gid};
}

} // namespace

class TestEscapeBatteryUnprivileged : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void battery_passesAsAnOrdinaryUser();

private:
    // Creates kUser when it is missing; QFAILs (through the message) when that is impossible.
    std::optional<Account> ensureUser(QString *why);
};

std::optional<Account> TestEscapeBatteryUnprivileged::ensureUser(QString *why)
{
    if (auto a = lookUp(kUser))
        return a;
    // ctest may run with a PATH that lacks the sbin folders.
    QString useradd = QStandardPaths::findExecutable(QStringLiteral("useradd"));
    if (useradd.isEmpty())
        useradd = QStandardPaths::findExecutable(QStringLiteral("useradd"),
                                                 {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    QProcess add;
    add.start(useradd.isEmpty() ? QStringLiteral("useradd") : useradd,
              {QStringLiteral("--system"), QStringLiteral("--user-group"), QStringLiteral("--no-create-home"),
               QStringLiteral("--home-dir"), QStringLiteral("/nonexistent"), QStringLiteral("--shell"),
               QStringLiteral("/usr/sbin/nologin"), QStringLiteral("--comment"),
               QStringLiteral("Agent Workbench escape battery"), kUser});
    QSignalSpy done(&add, &QProcess::finished);
    if (!add.waitForStarted(10000)) {
        *why = QStringLiteral("useradd could not be started (%1); install the passwd package")
                   .arg(add.errorString());
        return std::nullopt;
    }
    if (!done.wait(30000)) {
        add.kill();
        *why = QStringLiteral("useradd did not finish within 30 s");
        return std::nullopt;
    }
    // Another process may have created it meanwhile (exit 9): looking it up decides.
    if (auto a = lookUp(kUser))
        return a;
    *why = QStringLiteral("useradd %1 failed with status %2: %3")
               .arg(kUser)
               .arg(add.exitCode())
               .arg(QString::fromLocal8Bit(add.readAllStandardError()).trimmed());
    return std::nullopt;
}

void TestEscapeBatteryUnprivileged::battery_passesAsAnOrdinaryUser()
{
    const QString battery = QStringLiteral(WB_BATTERY_PATH);
    const QString launcher = QStringLiteral(WB_SANDBOX_LAUNCHER_PATH);
    const QString product = qEnvironmentVariable("WORKBENCH_BINARY");
    for (const QString &path : {battery, launcher, product})
        QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path + QStringLiteral(" is not built")));

    const bool asRoot = ::geteuid() == 0;
    uid_t expectedUid = ::geteuid();
    QTemporaryDir copy(QStringLiteral("/tmp/tst_escape-unprivileged-XXXXXX"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asRoot) {
        QString why;
        const auto account = ensureUser(&why);
        QVERIFY2(account, qPrintable(QStringLiteral("cannot run the battery as an ordinary user: ") + why));
        QVERIFY2(account->uid != 0 && account->gid != 0, "the battery user must not be root");
        expectedUid = account->uid;

        // Root-owned binaries the user can run but not change; a home the user owns.
        QVERIFY(copy.isValid());
        QVERIFY(::chmod(QFile::encodeName(copy.path()).constData(), 0755) == 0);
        const QString bin = copy.filePath(QStringLiteral("tst_escapebattery"));
        for (const QString &from : {battery, launcher, product}) {
            const QString to = copy.filePath(QFileInfo(from).fileName());
            QVERIFY2(QFile::copy(from, to), qPrintable(QStringLiteral("cannot copy ") + from));
            QVERIFY(::chmod(QFile::encodeName(to).constData(), 0755) == 0);
        }
        const QString home = copy.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkdir(home));
        QVERIFY(::chown(QFile::encodeName(home).constData(), account->uid, account->gid) == 0);

        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("USER"), kUser);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        env.insert(QStringLiteral("WORKBENCH_BINARY"), copy.filePath(QFileInfo(product).fileName()));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(home);
        p.start(QStringLiteral("setpriv"), {QStringLiteral("--reuid=%1").arg(account->uid),
                                            QStringLiteral("--regid=%1").arg(account->gid),
                                            QStringLiteral("--clear-groups"), QStringLiteral("--"), bin});
    } else {
        p.start(battery);
    }
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    if (!finished.wait(kBatteryMs)) {
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        qWarning().noquote() << QString::fromLocal8Bit(p.readAll());
        QFAIL("the battery did not finish in time");
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    const auto dump = qScopeGuard([&out] {
        if (QTest::currentTestFailed())
            qWarning().noquote() << out;
    });

    // It ran as the user we meant, and it ran the whole battery.
    QVERIFY2(out.contains(QStringLiteral("running as uid %1\n").arg(expectedUid)),
             "the battery did not run as the expected user");
    const QRegularExpressionMatch totals =
        QRegularExpression(QStringLiteral("Totals: (\\d+) passed, (\\d+) failed, (\\d+) skipped")).match(out);
    QVERIFY2(totals.hasMatch(), "the battery printed no totals (it crashed?)");
    qInfo("battery as uid %u: %s", unsigned(expectedUid), qPrintable(totals.captured(0)));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(totals.captured(2).toInt(), 0);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(totals.captured(1).toInt() >= 40, "the battery ran fewer cases than it has");

    // A skip is a case that did not run: only the ones that cannot apply to this uid may.
    const QRegularExpression skipLine(QStringLiteral("^SKIP   : TestEscapeBattery::(\\w+)\\("),
                                      QRegularExpression::MultilineOption);
    for (auto it = skipLine.globalMatch(out); it.hasNext();) {
        const QString fn = it.next().captured(1);
        QVERIFY2(skipIsExpected(fn, expectedUid == 0), qPrintable(fn + QStringLiteral(" was skipped")));
    }
}

QTEST_GUILESS_MAIN(TestEscapeBatteryUnprivileged)
#include "tst_escapebattery_unprivileged.moc"
