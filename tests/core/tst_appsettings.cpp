// SPDX-License-Identifier: MIT
#include "agent/agentrun.h"
#include "agent/appsettings.h"
#include "agent/runconfig.h"
#include "agent/runsession.h"
#include "approval/approvalgate.h"
#include "approval/permissionstore.h"
#include "llm/modeljob.h"
#include "models/toolcallmodel.h"
#include "sandbox/bwrapsandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(u"settings.ini"_s); }
    void writeRaw(const QString &key, const QVariant &value)
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(key, value);
    }

    // One recorded model turn for the replay provider: optional tool calls, then stop.
    static QJsonObject turn(const QJsonArray &content, const QString &stopReason, qint64 inputTokens = 0)
    {
        return QJsonObject{
            {"type"_L1, u"message"_s},
            {"role"_L1, u"assistant"_s},
            {"model"_L1, u"test-model"_s},
            {"content"_L1, content},
            {"stop_reason"_L1, stopReason},
            {"usage"_L1, QJsonObject{{"input_tokens"_L1, inputTokens}, {"output_tokens"_L1, 0}}}};
    }
    static QJsonObject pythonCall(const QString &id, const QString &code)
    {
        return QJsonObject{{"type"_L1, u"tool_use"_s},
                           {"id"_L1, id},
                           {"name"_L1, u"run_script"_s},
                           {"input"_L1, QJsonObject{{"language"_L1, u"python"_s}, {"code"_L1, code}}}};
    }
    QString writeRecording(const QList<QJsonObject> &turns) const
    {
        const QString path = m_dir.filePath(u"recording.jsonl"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        for (const QJsonObject &t : turns)
            f.write(QJsonDocument(t).toJson(QJsonDocument::Compact) + '\n');
        return path;
    }
    // Options as the GUI makes them from these settings, for a replayed run in `workspace`.
    RunOptions replayOptions(const AppSettings &s, const QString &recording, const QString &workspace) const
    {
        RunOptions o;
        s.applyTo(o);
        o.provider = u"replay"_s;
        o.replayFile = recording;
        o.workspace = workspace;
        o.permissionMode = u"bypassPermissions"_s;
        o.loadStoredRules = false;
        o.checkpoints = false;
        o.transcriptPath = m_dir.filePath(u"run.jsonl"_s);
        return o;
    }

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void defaults_matchTheDocumentedOnes()
    {
        AppSettings s(iniPath());
        QCOMPARE(s.provider(), u"anthropic"_s);
        QCOMPARE(s.model(), RunConfig::defaultModel());
        QCOMPARE(s.sandbox(), u"local"_s);
        QCOMPARE(s.wallTimeSeconds(), 120);
        QCOMPARE(s.cpuSeconds(), 60);
        QCOMPARE(s.memoryMiB(), 2048);
        QCOMPARE(s.maxProcesses(), 256);
        QCOMPARE(s.outputCapMiB(), 16);
        QCOMPARE(s.permissionMode(), PermissionMode::Default);
        QVERIFY(!s.networkEnabled());
        QVERIFY(s.allowedDomains().isEmpty());
        QCOMPARE(s.transcriptRetentionDays(), 0); // keep until I delete them
        QCOMPARE(s.theme(), AppSettings::Theme::System);
        QCOMPARE(s.fontPointSize(), 0);
        QVERIFY(s.language().isEmpty());
        QVERIFY(s.problems().isEmpty());
    }

    void roundTrip_survivesANewInstance()
    {
        const QString prices = QFINDTESTDATA("../../resources/pricing.json");
        QVERIFY(!prices.isEmpty());
        {
            AppSettings s(iniPath());
            QVERIFY(s.setModel(u"claude-opus-4-6"_s));
            QVERIFY(s.setSandbox(u"none"_s));
            QVERIFY(s.setWallTimeSeconds(300));
            QVERIFY(s.setCpuSeconds(30));
            QVERIFY(s.setMemoryMiB(4096));
            QVERIFY(s.setMaxProcesses(64));
            QVERIFY(s.setOutputCapMiB(32));
            s.setPermissionMode(PermissionMode::AcceptEdits);
            s.setNetworkEnabled(true);
            QVERIFY(s.setAllowedDomains({u"pypi.org"_s, u" *.github.com "_s, u""_s, u"PyPI.org"_s}));
            QVERIFY(s.setPriceTablePath(prices));
            QVERIFY(s.setTranscriptDirectory(m_dir.filePath(u"runs"_s)));
            QVERIFY(s.setTranscriptRetentionDays(30));
            s.setTheme(AppSettings::Theme::Dark);
            s.setFontFamily(u"DejaVu Sans"_s);
            QVERIFY(s.setFontPointSize(13));
            QVERIFY(s.setLanguage(u"ko"_s));
            s.setWindowGeometry("geo");
            s.setSplitterState(u"panes"_s, "split");
        }
        AppSettings s(iniPath());
        QCOMPARE(s.model(), u"claude-opus-4-6"_s);
        QCOMPARE(s.sandbox(), u"none"_s);
        QCOMPARE(s.wallTimeSeconds(), 300);
        QCOMPARE(s.cpuSeconds(), 30);
        QCOMPARE(s.memoryMiB(), 4096);
        QCOMPARE(s.maxProcesses(), 64);
        QCOMPARE(s.outputCapMiB(), 32);
        QCOMPARE(s.permissionMode(), PermissionMode::AcceptEdits);
        QVERIFY(s.networkEnabled());
        QCOMPARE(s.allowedDomains(), (QStringList{u"pypi.org"_s, u"*.github.com"_s}));
        QCOMPARE(s.priceTablePath(), prices);
        QCOMPARE(s.transcriptDirectory(), m_dir.filePath(u"runs"_s));
        QCOMPARE(s.effectiveTranscriptDirectory(), m_dir.filePath(u"runs"_s));
        QCOMPARE(s.transcriptRetentionDays(), 30);
        QCOMPARE(s.theme(), AppSettings::Theme::Dark);
        QCOMPARE(s.fontFamily(), u"DejaVu Sans"_s);
        QCOMPARE(s.fontPointSize(), 13);
        QCOMPARE(s.language(), u"ko"_s);
        QCOMPARE(s.windowGeometry(), QByteArray("geo"));
        QCOMPARE(s.splitterState(u"panes"_s), QByteArray("split"));
        QVERIFY(s.splitterState(u"other"_s).isEmpty());
        QVERIFY(s.problems().isEmpty());
    }

    void invalidSetter_isRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty model") << "model"
                                     << "";
        QTest::newRow("model with space") << "model"
                                          << "claude sonnet";
        QTest::newRow("unknown provider") << "provider"
                                          << "acme";
        QTest::newRow("unknown sandbox") << "sandbox"
                                         << "docker";
        QTest::newRow("zero wall time") << "wallTime"
                                        << "0";
        QTest::newRow("huge memory") << "memory"
                                     << "999999999";
        QTest::newRow("tiny font") << "fontSize"
                                   << "3";
        QTest::newRow("bad domain") << "domains"
                                    << "exa mple.com";
        QTest::newRow("url not domain") << "domains"
                                        << "https://example.com";
        QTest::newRow("missing price table") << "prices"
                                             << "/nonexistent/pricing.json";
        QTest::newRow("relative transcript dir") << "transcripts"
                                                 << "runs/here";
        QTest::newRow("unknown language") << "language"
                                          << "fr";
        QTest::newRow("negative retention") << "retention"
                                            << "-1";
    }

    void invalidSetter_isRefusedWithAReason()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        AppSettings s(iniPath());
        const QString modelBefore = s.model();
        Status st;
        if (field == "model"_L1)
            st = s.setModel(value);
        else if (field == "provider"_L1)
            st = s.setProvider(value);
        else if (field == "sandbox"_L1)
            st = s.setSandbox(value);
        else if (field == "wallTime"_L1)
            st = s.setWallTimeSeconds(value.toInt());
        else if (field == "memory"_L1)
            st = s.setMemoryMiB(value.toInt());
        else if (field == "fontSize"_L1)
            st = s.setFontPointSize(value.toInt());
        else if (field == "domains"_L1)
            st = s.setAllowedDomains({u"ok.example.org"_s, value});
        else if (field == "prices"_L1)
            st = s.setPriceTablePath(value);
        else if (field == "transcripts"_L1)
            st = s.setTranscriptDirectory(value);
        else if (field == "language"_L1)
            st = s.setLanguage(value);
        else if (field == "retention"_L1)
            st = s.setTranscriptRetentionDays(value.toInt());
        QVERIFY(!st);
        QVERIFY(!st.error().message.isEmpty());
        // Nothing was written: the file has no keys at all.
        QVERIFY(QSettings(iniPath(), QSettings::IniFormat).allKeys().isEmpty());
        QCOMPARE(s.model(), modelBefore);
    }

    void invalidStoredValue_isReportedAndKept_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("memory not a number") << "sandbox/memoryMiB"
                                             << "lots";
        QTest::newRow("cpu out of range") << "sandbox/cpuSeconds"
                                          << "0";
        QTest::newRow("mode") << "run/permissionMode"
                              << "yolo";
        QTest::newRow("model") << "run/model"
                               << "two words";
        QTest::newRow("theme") << "appearance/theme"
                               << "purple";
        QTest::newRow("language") << "appearance/language"
                                  << "xx";
        QTest::newRow("prices") << "prices/path"
                                << "/nonexistent/p.json";
        QTest::newRow("font size") << "appearance/fontPointSize"
                                   << "2";
    }

    void invalidStoredValue_isReportedAndKept()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        writeRaw(key, value);
        AppSettings s(iniPath());
        const QList<Error> problems = s.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().detail, key);
        QVERIFY(problems.first().message.contains(value));
        // The getters fall back to the defaults …
        QCOMPARE(s.memoryMiB(), 2048);
        QCOMPARE(s.cpuSeconds(), 60);
        QCOMPARE(s.permissionMode(), PermissionMode::Default);
        QCOMPARE(s.model(), RunConfig::defaultModel());
        QCOMPARE(s.theme(), AppSettings::Theme::System);
        QVERIFY(s.language().isEmpty());
        QVERIFY(s.priceTablePath().isEmpty());
        QCOMPARE(s.fontPointSize(), 0);
        // … while the stored value stays for the user to see and fix.
        QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).value(key).toString(), value);
    }

    void invalidStoredDomain_isSkippedAndReported()
    {
        writeRaw(u"network/allowedDomains"_s, QStringList{u"good.org"_s, u"bad domain"_s});
        AppSettings s(iniPath());
        QCOMPARE(s.allowedDomains(), QStringList{u"good.org"_s});
        QCOMPARE(s.problems().size(), 1);
    }

    void extraReadOnly_isCheckedStoredAndCarriedToTheRun()
    {
        AppSettings s(iniPath());
        QCOMPARE(s.extraReadOnly(), QStringList());
        const Status refused = s.setExtraReadOnly({u"/var/lib"_s, u"/proc"_s});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"/proc"_s));
        QCOMPARE(s.extraReadOnly(), QStringList());
        QVERIFY(s.setExtraReadOnly({u"/var/lib"_s, u" "_s}));
        QCOMPARE(s.extraReadOnly(), QStringList{u"/var/lib"_s});
        RunOptions o;
        s.applyTo(o);
        QCOMPARE(o.extraReadOnly, QStringList{u"/var/lib"_s});
        writeRaw(u"sandbox/extraReadOnly"_s, QStringList{u"/var/lib"_s, u"relative/dir"_s});
        QCOMPARE(AppSettings(iniPath()).problems().size(), 1);
    }

    void priceTable_mustParse()
    {
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.close();
        AppSettings s(iniPath());
        const Status st = s.setPriceTablePath(broken);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(broken));
        QVERIFY(s.setPriceTablePath(QString())); // back to the default is always fine
    }

    void applyTo_copiesRunDefaults()
    {
        AppSettings s(iniPath());
        QVERIFY(s.setModel(u"claude-haiku-4-5"_s));
        QVERIFY(s.setWallTimeSeconds(45));
        s.setPermissionMode(PermissionMode::Plan);
        QVERIFY(s.setTranscriptDirectory(m_dir.path()));
        RunOptions o;
        s.applyTo(o);
        QCOMPARE(o.model, u"claude-haiku-4-5"_s);
        QCOMPARE(o.toolTimeoutMs, 45000);
        QCOMPARE(o.permissionMode, u"plan"_s);
        QCOMPARE(o.sandbox, u"local"_s);
        QVERIFY(o.transcriptPath.startsWith(m_dir.path() + u'/'));
        QVERIFY(o.transcriptPath.endsWith(u".jsonl"_s));
    }

    void applyTo_carriesLimitsPricesProviderAndNetwork()
    {
        const QString prices = QFINDTESTDATA("../../resources/pricing.json");
        AppSettings s(iniPath());
        QVERIFY(s.setCpuSeconds(17));
        QVERIFY(s.setMemoryMiB(768));
        QVERIFY(s.setMaxProcesses(99));
        QVERIFY(s.setOutputCapMiB(3));
        QVERIFY(s.setPriceTablePath(prices));
        s.setNetworkEnabled(true);
        QVERIFY(s.setAllowedDomains({u"pypi.org"_s}));
        RunOptions o;
        s.applyTo(o);
        QCOMPARE(o.provider, u"anthropic"_s);
        QCOMPARE(o.limits.cpuSeconds, 17);
        QCOMPARE(o.limits.addressSpaceBytes, qint64(768) << 20);
        QCOMPARE(o.limits.processes, 99);
        QCOMPARE(o.outputKillBytes, qint64(3) << 20);
        QCOMPARE(o.priceTablePath, prices);
        QVERIFY(o.network);
        QCOMPARE(o.allowDomains, QStringList{u"pypi.org"_s});

        // An OpenAI-compatible provider goes to its server; without a server it cannot be used,
        // which problems() says instead of silently running elsewhere.
        QVERIFY(s.setProvider(u"openai"_s));
        QVERIFY(!s.problems().isEmpty());
        RunOptions withoutServer;
        s.applyTo(withoutServer);
        QCOMPARE(withoutServer.provider, u"anthropic"_s);
        QVERIFY(s.setBaseUrl(u"http://127.0.0.1:11434/v1"_s));
        QVERIFY(s.problems().isEmpty());
        RunOptions openai;
        s.applyTo(openai);
        QCOMPARE(openai.provider, u"openai"_s);
        QCOMPARE(openai.baseUrl, u"http://127.0.0.1:11434/v1"_s);
        QVERIFY(!s.setBaseUrl(u"file:///etc/passwd"_s));
        QVERIFY(!s.setBaseUrl(u"http://user:secret@localhost/v1"_s));
    }

    void provider_fromSettingsIsTheRunsProvider()
    {
        AppSettings s(iniPath());
        QVERIFY(s.setProvider(u"openai"_s));
        QVERIFY(s.setBaseUrl(u"http://127.0.0.1:9/v1"_s));
        QVERIFY(s.setModel(u"qwen3:8b"_s));
        QVERIFY(s.setSandbox(u"none"_s));
        QTemporaryDir workspace;
        RunOptions o;
        s.applyTo(o);
        o.workspace = workspace.path();
        o.loadStoredRules = false;
        o.checkpoints = false;
        o.transcriptPath = m_dir.filePath(u"provider.jsonl"_s);
        QNetworkAccessManager nam;
        ApprovalGate gate;
        auto session = RunSession::create(o, &nam, &gate);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        std::unique_ptr<RunSession> owned(*session);
        QCOMPARE(QLatin1String(owned->provider()->metaObject()->className()),
                 QLatin1String("Workbench::OpenAiProvider"));
    }

    void cgroupsOff_fromSettingsKeepsTheLocalSandboxToRlimits()
    {
        AppSettings s(iniPath());
        QVERIFY(s.cgroupsEnabled()); // on unless the user turns it off
        RunOptions defaults;
        s.applyTo(defaults);
        QVERIFY(defaults.cgroups);
        s.setCgroupsEnabled(false);
        QVERIFY(!AppSettings(iniPath()).cgroupsEnabled()); // stored, not only remembered
        QTemporaryDir workspace;
        const QString recording = writeRecording({turn({}, u"end_turn"_s)});
        QNetworkAccessManager nam;
        ApprovalGate gate;
        RunOptions o = replayOptions(s, recording, workspace.path());
        QVERIFY(!o.cgroups);
        auto session = RunSession::create(o, &nam, &gate);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        std::unique_ptr<RunSession> owned(*session);
        auto *bwrap = dynamic_cast<BwrapSandbox *>(owned->sandbox());
        QVERIFY(bwrap);
        QCOMPARE(bwrap->limitMechanism(), u"rlimits"_s);
        QVERIFY2(bwrap->limitMechanismReason().contains(u"off"_s, Qt::CaseInsensitive),
                 qPrintable(bwrap->limitMechanismReason()));
    }

    void network_fromSettingsGivesTheRunTheProxy()
    {
        AppSettings s(iniPath());
        s.setNetworkEnabled(true);
        QVERIFY(s.setAllowedDomains({u"pypi.org"_s}));
        QTemporaryDir workspace;
        const QString recording = writeRecording({turn({}, u"end_turn"_s)});
        QNetworkAccessManager nam;
        ApprovalGate gate;
        auto session = RunSession::create(replayOptions(s, recording, workspace.path()), &nam, &gate);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        std::unique_ptr<RunSession> owned(*session);
        QVERIFY(owned->network());
        s.setNetworkEnabled(false);
        auto offline = RunSession::create(replayOptions(s, recording, workspace.path()), &nam, &gate);
        QVERIFY(offline);
        std::unique_ptr<RunSession> ownedOffline(*offline);
        QVERIFY(!ownedOffline->network());
    }

    // The limits set in Settings bind the sandboxed call: the script reads its own rlimits, and
    // a call printing past the output cap is stopped there.
    void limits_bindTheSandboxedCalls()
    {
        AppSettings s(iniPath());
        QVERIFY(s.setCpuSeconds(17));
        QVERIFY(s.setMemoryMiB(768));
        QVERIFY(s.setMaxProcesses(99));
        QVERIFY(s.setOutputCapMiB(1));
        QTemporaryDir workspace;
        const QString recording = writeRecording(
            {turn({pythonCall(u"toolu_limits"_s,
                              u"import resource as r\n"
                              "print(r.getrlimit(r.RLIMIT_CPU)[0], r.getrlimit(r.RLIMIT_AS)[0], "
                              "r.getrlimit(r.RLIMIT_NPROC)[0])\n"_s)},
                  u"tool_use"_s),
             turn({pythonCall(u"toolu_flood"_s,
                              u"import sys\nfor _ in range(64):\n    sys.stdout.write('x' * 65536)\n"_s)},
                  u"tool_use"_s),
             turn({QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, u"done"_s}}}, u"end_turn"_s)});
        QNetworkAccessManager nam;
        ApprovalGate gate;
        auto session = RunSession::create(replayOptions(s, recording, workspace.path()), &nam, &gate);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        std::unique_ptr<RunSession> owned(*session);
        AgentRun *run = owned->run();
        QSignalSpy finished(run, &AgentRun::finished);
        run->start(u"limits"_s);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        ToolCallModel *calls = run->toolCalls();
        QCOMPARE(calls->rowCount(), 2);
        const QString limits = calls->index(0).data(ToolCallModel::OutputRole).toString().trimmed();
        QCOMPARE(limits, u"17 %1 99"_s.arg(qint64(768) << 20));
        const QString flood = calls->index(1).data(ToolCallModel::ExitTextRole).toString();
        QVERIFY2(flood.contains(u"output limit of 1"_s), qPrintable(flood));
    }

    void priceTable_fromSettingsPricesTheRun()
    {
        const QString prices = m_dir.filePath(u"prices.json"_s);
        {
            QFile f(prices);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QJsonDocument(QJsonObject{{"models"_L1, QJsonArray{QJsonObject{{"prefix"_L1, u"test-model"_s},
                                                                               {"input"_L1, 7},
                                                                               {"cache_write_5m"_L1, 0},
                                                                               {"cache_write_1h"_L1, 0},
                                                                               {"cache_read"_L1, 0},
                                                                               {"output"_L1, 0}}}}})
                    .toJson());
        }
        AppSettings s(iniPath());
        QVERIFY(s.setPriceTablePath(prices));
        QVERIFY(s.setModel(u"test-model"_s));
        QTemporaryDir workspace;
        const QString recording = writeRecording(
            {turn({QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, u"done"_s}}}, u"end_turn"_s, 1000000)});
        QNetworkAccessManager nam;
        ApprovalGate gate;
        auto session = RunSession::create(replayOptions(s, recording, workspace.path()), &nam, &gate);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        std::unique_ptr<RunSession> owned(*session);
        QSignalSpy finished(owned->run(), &AgentRun::finished);
        owned->run()->start(u"price"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); // a whole run: slow on a loaded machine
        QVERIFY(owned->run()->costUsd().has_value());
        QCOMPARE(*owned->run()->costUsd(), 7.0); // a million input tokens at the table's 7 USD

        // A chosen table that stopped parsing fails the run with a reason, never the bundled prices.
        QFile broken(prices);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{");
        broken.close();
        RunOptions o = replayOptions(s, recording, workspace.path());
        o.priceTablePath = prices;
        auto refused = RunSession::create(o, &nam, &gate);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(prices), qPrintable(refused.error().message));
    }

    void retention_deletesOnlyOldRunTranscripts()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto make = [&](const QString &name, int daysOld) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("{}\n");
            f.flush(); // a write at close would touch the time again
            return f.setFileTime(now.addDays(-daysOld), QFileDevice::FileModificationTime);
        };
        QVERIFY(make(u"20260101-101010-0123abcd.jsonl"_s, 40));               // old run: goes
        QVERIFY(make(u"20260301-101010-89abcdef.jsonl"_s, 5));                // recent run: stays
        QVERIFY(make(u"notes.jsonl"_s, 400));                                 // not a run transcript: stays
        QVERIFY(make(u"20260101-101010-0123abcd.txt"_s, 400));                // not a transcript: stays
        QVERIFY(QDir(dir.path()).mkdir(u"20260101-101010-00000000.jsonl"_s)); // a folder: stays

        const auto kept = pruneTranscripts(dir.path(), 0, now);
        QVERIFY(kept);
        QCOMPARE(*kept, 0); // 0 days: keep everything
        const auto pruned = pruneTranscripts(dir.path(), 30, now);
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
        QCOMPARE(*pruned, 1);
        QVERIFY(!QFile::exists(dir.filePath(u"20260101-101010-0123abcd.jsonl"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"20260301-101010-89abcdef.jsonl"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"notes.jsonl"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"20260101-101010-0123abcd.txt"_s)));
        QVERIFY(QFileInfo(dir.filePath(u"20260101-101010-00000000.jsonl"_s)).isDir());
    }

    void saveRulesFile_writesAllKindsAndKeepsOtherKeys()
    {
        const QString file = m_dir.filePath(u"sub/permissions.json"_s);
        QVERIFY(saveRulesFile(file, {}));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            root.insert(u"other"_s, 7);
            f.resize(0);
            f.write(QJsonDocument(root).toJson());
        }
        QList<PermissionRule> rules;
        for (const auto &[text, kind] : {std::pair{u"Bash(npm test:*)"_s, PermissionRule::Kind::Allow},
                                         std::pair{u"Bash(git push:*)"_s, PermissionRule::Kind::Ask},
                                         std::pair{u"Bash(rm:*)"_s, PermissionRule::Kind::Deny}}) {
            auto r = PermissionRule::parse(text, kind, u"test"_s);
            QVERIFY(r);
            rules.append(*r);
        }
        QVERIFY(saveRulesFile(file, rules));
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions{});
        const auto loaded = PermissionStore::load(file);
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 3);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"other"_s).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
