// SPDX-License-Identifier: MIT
// Settings → Sandbox: the Cloudflare bridge URL, key state and "Test connection" (fake bridge).
#include "agent/appsettings.h"
#include "agent/runsession.h"
#include "bridgesettings.h"
#include "fakebridgeserver.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"bridge-settings-key-51c0"_s;
}

class TestBridgeSettings : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *w, const QString &name)
    {
        auto *c = w->findChild<T *>(name);
        if (!c)
            qFatal("missing child %s", qPrintable(name));
        return c;
    }

    // With WB_SCREENSHOT_DIR set (scripts: run under Xvfb), the widget as the user sees it.
    static void saveShot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->window()->grab().save(dir + u'/' + name));
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("SANDBOX_BRIDGE_URL");
        qunsetenv("SANDBOX_API_KEY");
    }

    void testConnection_reportsTheBridgeVersion()
    {
        FakeBridgeServer fake;
        fake.setApiKey(kKey);
        QVERIFY(fake.listen());
        BridgeSettingsBox box;
        box.setUrl(fake.baseUrl().toString());
        box.setKey(kKey, false);
        box.show();
        auto *button = child<QPushButton>(&box, u"bridgeTest"_s);
        QVERIFY(button->isEnabled());
        QSignalSpy done(&box, &BridgeSettingsBox::testFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // one test at a time, and the GUI is not blocked meanwhile
        QVERIFY(done.wait(10000));
        QVERIFY2(box.testSucceeded(), qPrintable(box.testResult()));
        QVERIFY(box.testResult().contains(QString::fromLatin1(FakeBridgeServer::openApiVersion())));
        QVERIFY(box.testResult().contains(fake.baseUrl().toString()));
        QVERIFY(!box.testResult().contains(kKey));
        QCOMPARE(fake.requestsTo("/health").size(), 1);
        QCOMPARE(fake.requestsTo("/v1/openapi.json").size(), 1);
        QCOMPARE(fake.requestsTo("/v1/openapi.json").constFirst().headers.value("authorization"),
                 "Bearer " + kKey.toUtf8());
        QVERIFY(button->isEnabled());
    }

    void testConnection_wrongKey_saysSoInPlainWords()
    {
        FakeBridgeServer fake;
        fake.setApiKey(kKey);
        QVERIFY(fake.listen());
        BridgeSettingsBox box;
        box.setUrl(fake.baseUrl().toString());
        box.setKey(u"wrong"_s, false);
        QSignalSpy done(&box, &BridgeSettingsBox::testFinished);
        box.testConnection();
        QVERIFY(done.wait(10000));
        QVERIFY(!box.testSucceeded());
        QVERIFY(box.testResult().contains(u"401"_s));
        QVERIFY(box.testResult().contains(u"SANDBOX_API_KEY"_s));
    }

    void testConnection_nothingListening_isUnreachable()
    {
        FakeBridgeServer fake;
        QVERIFY(fake.listen());
        const QString url = fake.baseUrl().toString();
        fake.close(); // a port that was just ours, now closed
        BridgeSettingsBox box;
        box.setUrl(url);
        QSignalSpy done(&box, &BridgeSettingsBox::testFinished);
        box.testConnection();
        QVERIFY(done.wait(15000));
        QVERIFY(!box.testSucceeded());
        QVERIFY2(box.testResult().contains(url), qPrintable(box.testResult()));
    }

    void invalidUrl_blocksTestAndSave_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is fine") << QString() << true;
        QTest::newRow("https") << u"https://bridge.example.com"_s << true;
        QTest::newRow("no scheme") << u"bridge.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://bridge.example.com"_s << false;
        QTest::newRow("credentials") << u"https://me:secret@bridge.example.com"_s << false;
        QTest::newRow("token in query") << u"https://bridge.example.com/?token=abc"_s << false;
    }
    void invalidUrl_blocksTestAndSave()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        BridgeSettingsBox box;
        box.setUrl(url);
        QCOMPARE(box.isInputValid(), valid);
        QCOMPARE(child<QLabel>(&box, u"bridgeUrlError"_s)->text().isEmpty(), valid);
        QCOMPARE(child<QPushButton>(&box, u"bridgeTest"_s)->isEnabled(), valid && !url.isEmpty());
    }

    void environment_winsAndTheBoxSaysSo()
    {
        qputenv("SANDBOX_BRIDGE_URL", "https://env-bridge.example.com");
        BridgeSettingsBox box;
        box.setUrl(u"https://stored.example.com"_s);
        box.setKey(u"from-env"_s, true);
        QCOMPARE(box.effectiveUrl(), u"https://env-bridge.example.com"_s);
        QVERIFY(child<QLabel>(&box, u"bridgeUrlNote"_s)->text().contains(u"SANDBOX_BRIDGE_URL"_s));
        QVERIFY(child<QLabel>(&box, u"bridgeKeyStatus"_s)->text().contains(u"SANDBOX_API_KEY"_s));
        QVERIFY(!child<QLineEdit>(&box, u"bridgeKeyEdit"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&box, u"bridgeKeyClear"_s)->isEnabled());
        qunsetenv("SANDBOX_BRIDGE_URL");
    }

    void storeKey_asksTheOwnerAndClearsTheField()
    {
        BridgeSettingsBox box;
        QSignalSpy save(&box, &BridgeSettingsBox::keySaveRequested);
        auto *edit = child<QLineEdit>(&box, u"bridgeKeyEdit"_s);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        edit->setText(u"  new-key  "_s);
        QTest::mouseClick(child<QPushButton>(&box, u"bridgeKeySave"_s), Qt::LeftButton);
        QCOMPARE(save.count(), 1);
        QCOMPARE(save.first().first().toString(), u"new-key"_s);
        QVERIFY(edit->text().isEmpty());
    }

    void settingsDialog_testConnection_showsTheVersionOnTheSandboxPage()
    {
        FakeBridgeServer fake;
        fake.setApiKey(kKey);
        QVERIFY(fake.listen());
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_s));
        QVERIFY(settings.setBridgeUrl(fake.baseUrl().toString()));
        QVERIFY(settings.setSandbox(u"cloudflare"_s));
        SettingsDialog dialog(&settings);
        dialog.setRulesFile(dir.filePath(u"rules.json"_s));
        dialog.setBridgeKey(kKey, false);
        dialog.showPage(SettingsDialog::Page::Sandbox);
        dialog.resize(860, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        BridgeSettingsBox *box = dialog.bridgeSettings();
        QVERIFY(box->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, u"bridgeUrlEdit"_s)->text(), fake.baseUrl().toString());
        QSignalSpy done(box, &BridgeSettingsBox::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, u"bridgeTest"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(box->testSucceeded(), qPrintable(box->testResult()));
        QVERIFY(child<QLabel>(&dialog, u"bridgeTestResult"_s)->text().contains(u"1.0.0"_s));
        saveShot(&dialog, u"settings-sandbox-test-connection.png"_s);
    }

    void settingsDialog_savesSandboxDefaults()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_s));
        SettingsDialog dialog(&settings);
        dialog.setRulesFile(dir.filePath(u"rules.json"_s));
        auto *combo = child<QComboBox>(&dialog, u"sandboxCombo"_s);
        const int cloudflare = combo->findData(u"cloudflare"_s);
        QVERIFY(cloudflare >= 0);
        combo->setCurrentIndex(cloudflare);
        child<QCheckBox>(&dialog, u"offerNoSandboxCheck"_s)->setChecked(true);
        auto *url = child<QLineEdit>(&dialog, u"bridgeUrlEdit"_s);
        url->setText(u"ftp://nope"_s);
        QVERIFY(!dialog.isInputValid());
        url->setText(u"https://bridge.example.com"_s);
        QVERIFY(dialog.isInputValid());
        QSignalSpy applied(&dialog, &SettingsDialog::settingsApplied);
        dialog.accept();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(settings.sandbox(), u"cloudflare"_s);
        QCOMPARE(settings.bridgeUrl(), u"https://bridge.example.com"_s);
        QVERIFY(settings.offerNoSandbox());
        RunOptions o;
        settings.applyTo(o);
        QCOMPARE(o.sandbox, u"cloudflare"_s);
        QCOMPARE(o.bridgeUrl, u"https://bridge.example.com"_s);
        QVERIFY(!o.network); // the local proxy's switch never reaches a remote run
    }
};

QTEST_MAIN(TestBridgeSettings)
#include "tst_bridgesettings.moc"
