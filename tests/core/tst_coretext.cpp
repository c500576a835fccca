// SPDX-License-Identifier: MIT
// CoreText shows core's English phrases in the UI language. The phrases here are made by the real
// code that makes them (the sandbox's checks and limits, how a command ended, the API's retries),
// so a core message reworded without its template fails; the numbers in them come out with the
// UI locale's digits, while numbers that identify something keep theirs.
#include "llm/apierrors.h"
#include "models/coretext.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/sandbox.h"
#include "sandbox/unsandboxedrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Workbench;
using End = ExecResult::End;

namespace {

constexpr int kJobMs = 30000;

// English words core's phrases are made of and no German or Korean translation keeps. Case
// matters: German nouns are capitalised ("Limit"), core's English is not.
const QRegularExpression &englishWords()
{
    static const QRegularExpression re(
        u"\\b(the|and|not|is|are|be|it|to|of|by|at|for|cannot|could|which|because|with|from|instead|"
        u"must|would|choose|folder|exist|exists|reached|exceeded|stopped|limit|nothing|given|run|"
        u"exited|killed|start|user)\\b"_s);
    return re;
}

struct Phrase
{
    QString name;
    QString english;
    QStringList kept; ///< pieces the run supplied (paths, ids), shown unchanged
};

// The UI language and locale of one test, undone when it ends.
class UiLanguage
{
public:
    explicit UiLanguage(const QString &language)
    {
        m_ok = m_translator.load(QStringLiteral(WB_QM_DIR "/agent-workbench_") + language) &&
               QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_saved);
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
    [[nodiscard]] bool isLoaded() const { return m_ok; }

private:
    QLocale m_saved;
    QTranslator m_translator;
    bool m_ok = false;
};

// Runs one command to its end.
ExecResult run(Sandbox &sandbox, const ExecSpec &spec, Error *error = nullptr)
{
    QObject owner;
    ExecJob *job = sandbox.createJob(spec, &owner);
    QSignalSpy finished(job, &ExecJob::finished);
    job->start();
    if (finished.isEmpty() && !finished.wait(kJobMs))
        qWarning("the command did not finish in time");
    if (error)
        *error = job->error();
    return job->result();
}

ExecSpec bash(const QString &script)
{
    ExecSpec spec;
    spec.argv = {u"bash"_s, u"-c"_s, script};
    spec.timeoutMs = kJobMs;
    return spec;
}

} // namespace

class TestCoreText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{u"/tmp/tst_coretext-XXXXXX"_s}; // under /tmp: reachable by the sandbox uid
    QList<Phrase> m_sandbox;

    void addSandboxPhrases();
    void addLimitPhrases();

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("ko") << u"ko"_s;
    }

private Q_SLOTS:
    void initTestCase();

    void sandboxPhrase_isShownInTheUiLanguage_data();
    void sandboxPhrase_isShownInTheUiLanguage();

    void numbers_areWrittenWithTheUiLocalesDigits_data();
    void numbers_areWrittenWithTheUiLocalesDigits();

    void identifyingNumbers_keepTheirDigits_data() { languages(); }
    void identifyingNumbers_keepTheirDigits();

    void englishUi_leavesEverythingAsItIs();
};

void TestCoreText::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    QVERIFY(QFile::exists(QStringLiteral(WB_QM_DIR "/agent-workbench_de.qm")));
    addSandboxPhrases();
    addLimitPhrases();
    for (const Phrase &p : std::as_const(m_sandbox))
        QVERIFY2(!p.english.isEmpty(), qPrintable(p.name));
}

// Why the local sandbox refuses a workspace, a bubblewrap path or an extra read-only path: each
// made by BwrapSandbox::create(), preflight() or checkExtraReadOnly().
void TestCoreText::addSandboxPhrases()
{
    const auto refused = [](const SandboxConfig &config) {
        auto created = BwrapSandbox::create(config);
        return created.ok() ? QString() : created.error().message;
    };
    const QString ws = m_dir.filePath(u"ws"_s);
    QVERIFY(QDir().mkpath(ws));

    m_sandbox << Phrase{u"no workspace"_s, refused(SandboxConfig{}), {}};
    const QString missing = m_dir.filePath(u"missing"_s);
    m_sandbox << Phrase{u"missing workspace"_s, refused(SandboxConfig{missing}), {missing}};
    m_sandbox << Phrase{u"system folder"_s, refused(SandboxConfig{u"/usr"_s}), {u"/usr"_s}};
    SandboxConfig relative{ws};
    relative.bwrapPath = u"bwrap"_s;
    m_sandbox << Phrase{u"relative bwrap"_s, refused(relative), {}};
    SandboxConfig noLauncher{ws};
    noLauncher.launcherPath = m_dir.filePath(u"no-launcher"_s);
    m_sandbox << Phrase{u"missing launcher"_s, refused(noLauncher), {noLauncher.launcherPath}};

    if (::geteuid() == 0) {
        SandboxConfig rootUser{ws};
        rootUser.sandboxUid = 0;
        m_sandbox << Phrase{u"sandbox user is root"_s, refused(rootUser), {}};
        // A root-owned folder of mode 0700 on the way: the sandbox uid cannot pass it.
        QTemporaryDir privateDir(m_dir.filePath(u"private-XXXXXX"_s));
        QVERIFY(::chmod(QFile::encodeName(privateDir.path()).constData(), 0700) == 0);
        const QString inside = privateDir.filePath(u"ws"_s);
        QVERIFY(QDir().mkpath(inside));
        m_sandbox << Phrase{
            u"unreachable workspace"_s, refused(SandboxConfig{inside}), {u"65534"_s, u"0700"_s}};
        // The hand-over to the sandbox uid stops at 256 folders.
        QString deep = m_dir.filePath(u"deep"_s);
        const QString deepRoot = deep;
        for (int i = 0; i < 258; ++i)
            deep += u"/d"_s;
        QVERIFY(QDir().mkpath(deep));
        // Refused by create(), or by the first command when the hand-over runs in the background.
        auto deepSandbox = BwrapSandbox::create(SandboxConfig{deepRoot});
        QString tooDeep = deepSandbox.ok() ? QString() : deepSandbox.error().message;
        if (deepSandbox.ok()) {
            Error handOver;
            run(**deepSandbox, bash(u"true"_s), &handOver);
            tooDeep = handOver.message;
        }
        m_sandbox << Phrase{u"workspace nested too deeply"_s, tooDeep, {}};
    }

    // preflight(): the checks made again before every command.
    const QString notBwrap = m_dir.filePath(u"plain-file"_s);
    {
        QFile f(notBwrap);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    const auto preflight = [&](const QString &bwrap, const QString &workspace) {
        SandboxConfig config{workspace};
        config.bwrapPath = bwrap;
        auto created = BwrapSandbox::create(config);
        if (!created.ok())
            return created.error().message;
        if (workspace != ws)
            QDir(workspace).removeRecursively();
        const Status ready = (*created)->preflight();
        return ready.ok() ? QString() : ready.error().message;
    };
    const QString bwrapGone = m_dir.filePath(u"no-such-bwrap"_s);
    m_sandbox << Phrase{u"bwrap missing"_s, preflight(bwrapGone, ws), {bwrapGone}};
    m_sandbox << Phrase{u"bwrap not executable"_s, preflight(notBwrap, ws), {notBwrap}};
    const QString vanishing = m_dir.filePath(u"vanishing"_s);
    QVERIFY(QDir().mkpath(vanishing));
    m_sandbox << Phrase{u"workspace removed"_s, preflight(u"/usr/bin/bwrap"_s, vanishing), {}};

    // Extra read-only paths the sandbox refuses, each with its reason.
    const QString fifo = m_dir.filePath(u"fifo"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString appConfig =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/agent-workbench"_s;
    QVERIFY(QDir().mkpath(appConfig));
    const struct
    {
        const char *name;
        QString path;
    } extras[] = {
        {"extra: relative", u"opt/rust"_s},
        {"extra: missing", m_dir.filePath(u"no-toolchain"_s)},
        {"extra: whole file system", u"/"_s},
        {"extra: kernel", u"/proc/self"_s},
        {"extra: not a file", fifo},
        {"extra: home", QDir::homePath()},
        {"extra: the app's own", appConfig},
        {"extra: sandbox's own", u"/usr/lib"_s},
        {"extra: workspace", ws},
    };
    for (const auto &extra : extras) {
        const auto checked = BwrapSandbox::checkExtraReadOnly(extra.path, QFileInfo(ws).canonicalFilePath());
        m_sandbox << Phrase{
            QString::fromLatin1(extra.name), checked ? QString() : checked.error().message, {}};
    }
}

// How commands end: limits hit for real in the sandbox, and each way ExecResult::describe() words.
void TestCoreText::addLimitPhrases()
{
    const QString ws = m_dir.filePath(u"limits"_s);
    QVERIFY(QDir().mkpath(ws));
    auto created = BwrapSandbox::create(SandboxConfig{ws});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    BwrapSandbox &sandbox = **created;

    ExecSpec cpu = bash(u"while :; do :; done"_s);
    cpu.limits.cpuSeconds = 1;
    const ExecResult cpuHit = run(sandbox, cpu);
    m_sandbox << Phrase{u"CPU limit (detail)"_s, cpuHit.limitDetail, {}};
    m_sandbox << Phrase{u"CPU limit"_s, cpuHit.describe(), {}};

    ExecSpec fileSize = bash(u"head -c 2097152 /dev/zero > big"_s);
    fileSize.limits.fileSizeBytes = qint64(1) << 20;
    const ExecResult fileSizeHit = run(sandbox, fileSize);
    m_sandbox << Phrase{u"file size limit (detail)"_s, fileSizeHit.limitDetail, {}};
    m_sandbox << Phrase{u"file size limit"_s, fileSizeHit.describe(), {}};

    ExecSpec flood = bash(u"yes"_s);
    flood.outputKillBytes = 1536 * 1024;
    const ExecResult floodHit = run(sandbox, flood);
    m_sandbox << Phrase{u"output limit (detail)"_s, floodHit.limitDetail, {}};
    m_sandbox << Phrase{u"output limit"_s, floodHit.describe(), {}};

    ExecSpec slow = bash(u"sleep 30"_s);
    slow.timeoutMs = 1500;
    const ExecResult slowHit = run(sandbox, slow);
    m_sandbox << Phrase{u"wall-clock limit (detail)"_s, slowHit.limitDetail, {}};
    m_sandbox << Phrase{u"wall-clock limit"_s, slowHit.describe(), {}};

    ExecSpec growth = bash(u"head -c 3145728 /dev/zero > grown; sleep 30"_s);
    growth.limits.workspaceGrowthBytes = qint64(1) << 20;
    const ExecResult growthHit = run(sandbox, growth);
    m_sandbox << Phrase{u"workspace growth limit (detail)"_s, growthHit.limitDetail, {}};
    m_sandbox << Phrase{u"workspace growth limit"_s, growthHit.describe(), {}};

    Error notFound;
    ExecSpec unknown;
    unknown.argv = {u"no-such-command-here"_s};
    run(sandbox, unknown, &notFound);
    m_sandbox << Phrase{u"command not found"_s, notFound.message, {u"no-such-command-here"_s}};

    Error noCommand;
    run(sandbox, ExecSpec{}, &noCommand);
    m_sandbox << Phrase{u"no command"_s, noCommand.message, {}};

    const ExecResult exited = run(sandbox, bash(u"exit 3"_s));
    m_sandbox << Phrase{u"exit status"_s, exited.describe(), {}};
    const ExecResult killedStatus = run(sandbox, bash(u"exit 137"_s));
    m_sandbox << Phrase{u"status of a killed command"_s, killedStatus.describe(), {u"SIGKILL"_s}};

    ExecResult signaled;
    signaled.end = End::Signaled;
    signaled.signal = 15;
    m_sandbox << Phrase{u"signal"_s, signaled.describe(), {u"SIGTERM"_s}};
    for (const End end :
         {End::TimedOut, End::OutputLimit, End::WorkspaceGrowth, End::Cancelled, End::FailedToStart}) {
        ExecResult r;
        r.end = end;
        m_sandbox << Phrase{u"end %1 without a limit"_s.arg(int(end)), r.describe(), {}};
    }
}

void TestCoreText::sandboxPhrase_isShownInTheUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QStringList>("kept");
    for (const QString &language : {u"de"_s, u"ko"_s}) {
        for (const Phrase &p : std::as_const(m_sandbox)) {
            QTest::addRow("%s: %s", qPrintable(language), qPrintable(p.name))
                << language << p.english << p.kept;
        }
    }
}

void TestCoreText::sandboxPhrase_isShownInTheUiLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, english);
    QFETCH(QStringList, kept);
    QVERIFY(!english.isEmpty());
    QVERIFY2(englishWords().match(english).hasMatch(), qPrintable(english)); // the check can fail

    const UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    const QString shown = CoreText::display(english);
    QVERIFY2(shown != english, qPrintable(english));
    const auto leftover = englishWords().match(shown);
    QVERIFY2(!leftover.hasMatch(), qPrintable(u"\"%1\" left in: %2"_s.arg(leftover.captured(), shown)));
    for (const QString &piece : kept)
        QVERIFY2(shown.contains(piece), qPrintable(piece + u" missing from: "_s + shown));
}

void TestCoreText::numbers_areWrittenWithTheUiLocalesDigits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("number");  // as the UI locale writes it
    QTest::addColumn<QString>("written"); // as core wrote it, gone once localised

    const Error overloaded = ApiErrors::fromHttpResponse(
        529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", u"req_1"_s);
    const QString retry = ApiErrors::retryNotice(2, 4, 4500, overloaded);
    QVERIFY2(retry.contains(u"4.5"_s), qPrintable(retry));
    QTest::newRow("de: retry delay") << u"de"_s << retry << u"4,5"_s << u"4.5"_s;
    QTest::newRow("ko: retry delay") << u"ko"_s << retry << u"4.5"_s << QString();

    ExecResult timedOut;
    timedOut.end = End::TimedOut;
    timedOut.timeoutMs = 2500;
    QTest::newRow("de: wall-clock limit") << u"de"_s << timedOut.describe() << u"2,5"_s << u"2.5"_s;
    QTest::newRow("ko: wall-clock limit") << u"ko"_s << timedOut.describe() << u"2.5"_s << QString();

    const QString big = ApiErrors::idleTimeout(1234567, {}).toString();
    QTest::newRow("de: idle timeout") << u"de"_s << big << u"1.234.567"_s << u"1234567"_s;
    QTest::newRow("ko: idle timeout") << u"ko"_s << big << u"1,234,567"_s << u"1234567"_s;

    ExecResult growth;
    growth.end = End::WorkspaceGrowth;
    growth.workspaceGrowthBytes = qint64(3) << 19; // 1.5 MiB
    QTest::newRow("de: workspace growth") << u"de"_s << growth.describe() << u"1,5"_s << u"1.5"_s;
}

void TestCoreText::numbers_areWrittenWithTheUiLocalesDigits()
{
    QFETCH(QString, language);
    QFETCH(QString, english);
    QFETCH(QString, number);
    QFETCH(QString, written);
    if (!written.isEmpty())
        QVERIFY2(english.contains(written), qPrintable(english));

    const UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    const QString shown = CoreText::display(english);
    QVERIFY2(shown != english, qPrintable(shown));
    QVERIFY2(shown.contains(number), qPrintable(number + u" missing from: "_s + shown));
    if (!written.isEmpty())
        QVERIFY2(!shown.contains(written), qPrintable(written + u" still in: "_s + shown));
}

void TestCoreText::identifyingNumbers_keepTheirDigits()
{
    QFETCH(QString, language);
    const Error server = ApiErrors::fromHttpResponse(502, "<html>bad gateway</html>", {});
    const QString retry = ApiErrors::retryNotice(1, 3, 1000, server);
    ExecResult status;
    status.end = End::Exited;
    status.exitCode = 1234;

    const UiLanguage ui(language);
    QVERIFY(ui.isLoaded());
    const QString shownRetry = CoreText::display(retry);
    QVERIFY2(shownRetry != retry && shownRetry.contains(u"502"_s), qPrintable(shownRetry));
    const QString shownStatus = CoreText::display(status.describe());
    QVERIFY2(shownStatus != status.describe() && shownStatus.contains(u"1234"_s), qPrintable(shownStatus));
}

void TestCoreText::englishUi_leavesEverythingAsItIs()
{
    // No catalogue installed: the English phrases are shown as core wrote them, digits included,
    // whatever the locale.
    const QLocale saved;
    QLocale::setDefault(QLocale(u"de"_s));
    QStringList changed;
    for (const Phrase &p : std::as_const(m_sandbox)) {
        if (CoreText::display(p.english) != p.english)
            changed << p.english;
    }
    const QString retry = ApiErrors::retryNotice(2, 4, 4500, ApiErrors::idleTimeout(90000, {}));
    const QString shownRetry = CoreText::display(retry);
    QLocale::setDefault(saved);
    QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));
    QCOMPARE(shownRetry, retry);
}

QTEST_GUILESS_MAIN(TestCoreText)
#include "tst_coretext.moc"
