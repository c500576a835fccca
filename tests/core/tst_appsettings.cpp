// SPDX-License-Identifier: MIT
#include "agent/appsettings.h"
#include "agent/runconfig.h"
#include "agent/runsession.h"
#include "approval/permissionstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
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
