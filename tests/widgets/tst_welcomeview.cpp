// SPDX-License-Identifier: MIT
#include "agent/runsession.h"
#include "approval/approvalgate.h"
#include "sandbox/sandbox.h"
#include "transcript/recentrunsmodel.h"
#include "welcomeview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestWelcomeView : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget *w, const QString &name)
    {
        auto *c = w->findChild<T *>(name);
        if (!c)
            qFatal("missing child %s", qPrintable(name));
        return c;
    }

private Q_SLOTS:
    void noKey_offersDemoAndSettings()
    {
        WelcomeView view;
        view.setKeyState(false, false);
        view.show();
        QVERIFY(!view.showsNewRunForm());
        QVERIFY(child<QWidget>(&view, u"noKeyPage"_s)->isVisible());
        QSignalSpy demo(&view, &WelcomeView::demoRequested);
        QSignalSpy settings(&view, &WelcomeView::settingsRequested);
        QTest::mouseClick(child<QPushButton>(&view, u"demoButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&view, u"welcomeSettingsButton"_s), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QCOMPARE(settings.count(), 1);
        // It says where a key is kept and that the environment wins.
        bool explains = false;
        for (QLabel *label : child<QWidget>(&view, u"noKeyPage"_s)->findChildren<QLabel *>())
            explains = explains || (label->text().contains(u"keychain"_s) &&
                                    label->text().contains(u"ANTHROPIC_API_KEY"_s));
        QVERIFY(explains);
    }

    void withKey_formEmitsTheRunOptions()
    {
        QTemporaryDir workspace;
        WelcomeView view;
        view.setKeyState(true, true);
        view.setPermissionMode(u"acceptEdits"_s);
        view.show();
        QVERIFY(view.showsNewRunForm());
        QVERIFY(child<QLabel>(&view, u"welcomeKeySource"_s)->text().contains(u"ANTHROPIC_API_KEY"_s));
        auto *start = child<QPushButton>(&view, u"welcomeStart"_s);
        QVERIFY(!start->isEnabled()); // no task yet
        QSignalSpy run(&view, &WelcomeView::runRequested);
        child<QPlainTextEdit>(&view, u"welcomeTask"_s)->setPlainText(u"  count the lines  "_s);
        child<QLineEdit>(&view, u"welcomeWorkspace"_s)->setText(workspace.path());
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.first().at(0).toString(), u"count the lines"_s);
        const auto choices = run.first().at(1).value<NewRunChoices>();
        QCOMPARE(choices.workspace, workspace.path());
        QCOMPARE(choices.permissionMode, u"acceptEdits"_s);
        QCOMPARE(choices.sandbox, u"local"_s); // the default
        QVERIFY(!choices.network);             // off by default
    }

    void whereToRun_noSandboxOfferedOnlyWhenEnabled_data()
    {
        QTest::addColumn<bool>("offer");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("not enabled") << false << QStringList{u"local"_s, u"cloudflare"_s};
        QTest::newRow("enabled in settings") << true << QStringList{u"local"_s, u"cloudflare"_s, u"none"_s};
    }
    void whereToRun_noSandboxOfferedOnlyWhenEnabled()
    {
        QFETCH(bool, offer);
        QFETCH(QStringList, kinds);
        WelcomeView view;
        view.setKeyState(true, false);
        view.setRunDefaults(u"local"_s, offer, false, {}, {});
        auto *combo = child<QComboBox>(&view, u"welcomeSandbox"_s);
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered.append(combo->itemData(i).toString());
        QCOMPARE(offered, kinds);
    }

    void defaults_comeFromSettings_andNetworkFlowsLikeTheCliFlags()
    {
        WelcomeView view;
        view.setKeyState(true, false);
        view.setRunDefaults(u"local"_s, false, true, {u"pypi.org"_s, u"*.github.com"_s}, {});
        view.show();
        QVERIFY(child<QCheckBox>(&view, u"welcomeNetwork"_s)->isChecked());
        auto *domains = child<QLineEdit>(&view, u"welcomeDomains"_s);
        QCOMPARE(domains->text(), u"pypi.org, *.github.com"_s);
        domains->setText(u"pypi.org  files.pythonhosted.org,*.github.com"_s);
        const NewRunChoices c = view.choices();
        QVERIFY(c.network);
        QCOMPARE(c.allowedDomains,
                 (QStringList{u"pypi.org"_s, u"files.pythonhosted.org"_s, u"*.github.com"_s}));
        // Into RunOptions exactly as --network --allow-domain … would put them.
        RunOptions o;
        c.applyTo(o);
        QCOMPARE(o.sandbox, u"local"_s);
        QVERIFY(o.network);
        QCOMPARE(o.allowDomains, c.allowedDomains);

        domains->setText(u"not a domain!"_s);
        child<QPlainTextEdit>(&view, u"welcomeTask"_s)->setPlainText(u"t"_s);
        QVERIFY(!child<QPushButton>(&view, u"welcomeStart"_s)->isEnabled());
        QVERIFY(!child<QLabel>(&view, u"welcomeWhereNote"_s)->text().isEmpty());
    }

    void cloudflare_networkIsTheRemoteSidesAndNeedsABridge()
    {
        WelcomeView view;
        view.setKeyState(true, false);
        view.setRunDefaults(u"local"_s, false, true, {u"pypi.org"_s}, {});
        view.show();
        child<QPlainTextEdit>(&view, u"welcomeTask"_s)->setPlainText(u"t"_s);
        auto *combo = child<QComboBox>(&view, u"welcomeSandbox"_s);
        auto *start = child<QPushButton>(&view, u"welcomeStart"_s);
        auto *note = child<QLabel>(&view, u"welcomeWhereNote"_s);
        combo->setCurrentIndex(combo->findData(u"cloudflare"_s));
        // No bridge configured: said so, and the run cannot start.
        QVERIFY(!start->isEnabled());
        QVERIFY(note->text().contains(u"SANDBOX_BRIDGE_URL"_s));
        // The network switch is the local proxy's; for a remote sandbox it is off and explained.
        QVERIFY(!child<QCheckBox>(&view, u"welcomeNetwork"_s)->isEnabled());

        view.setRunDefaults(u"cloudflare"_s, false, true, {u"pypi.org"_s}, u"https://bridge.example.com"_s);
        QCOMPARE(combo->currentData().toString(), u"cloudflare"_s);
        QVERIFY(start->isEnabled());
        QVERIFY(note->text().contains(u"https://bridge.example.com"_s));
        QVERIFY(note->text().contains(u"cannot verify"_s));
        const NewRunChoices c = view.choices();
        QCOMPARE(c.sandbox, u"cloudflare"_s);
        QVERIFY(!c.network); // never sent where RunSession would refuse it
        if (const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !shots.isEmpty()) {
            view.resize(1000, 640);
            QVERIFY(view.grab().save(shots + u"/new-run-form-cloudflare.png"_s));
            combo->setCurrentIndex(combo->findData(u"local"_s));
            QVERIFY(view.grab().save(shots + u"/new-run-form-network.png"_s));
            combo->setCurrentIndex(combo->findData(u"cloudflare"_s));
        }

        // The choice reaches the run: a session built from it executes on the bridge.
        QTemporaryDir dir;
        RunOptions o;
        o.apiKey = u"not-used"_s;
        o.bridgeUrl = u"https://bridge.example.com"_s;
        o.transcriptPath = dir.filePath(u"t.jsonl"_s);
        o.loadStoredRules = false;
        NewRunChoices withWorkspace = c;
        withWorkspace.workspace = dir.filePath(u"ws"_s);
        withWorkspace.applyTo(o);
        QNetworkAccessManager nam;
        ApprovalGate gate;
        auto session = RunSession::create(o, &nam, &gate);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().toString()));
        QCOMPARE((*session)->sandbox()->kind(), u"cloudflare"_s);
        QVERIFY(!(*session)->sandbox()->isLocal());
        delete *session;
    }

    void ctrlEnterInTask_starts()
    {
        WelcomeView view;
        view.setKeyState(true, false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy run(&view, &WelcomeView::runRequested);
        auto *task = child<QPlainTextEdit>(&view, u"welcomeTask"_s);
        view.activateWindow();
        view.focusStart();
        QTRY_VERIFY(task->hasFocus());
        QTest::keyClicks(task, u"hello"_s);
        QTest::keyClick(task, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(run.count(), 1);
        QCOMPARE(run.first().at(1).value<NewRunChoices>().workspace, QString()); // a fresh workspace
    }

    void missingWorkspace_isExplained_andBlocksStart()
    {
        WelcomeView view;
        view.setKeyState(true, false);
        view.show();
        child<QPlainTextEdit>(&view, u"welcomeTask"_s)->setPlainText(u"t"_s);
        child<QLineEdit>(&view, u"welcomeWorkspace"_s)->setText(u"/nonexistent/folder"_s);
        QVERIFY(child<QLabel>(&view, u"welcomeWorkspaceError"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&view, u"welcomeStart"_s)->isEnabled());
    }

    void recentRuns_listedNewestFirst_andOpenable()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &ts, const QByteArray &task) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"type\":\"run_started\",\"ts\":\"" + ts + "\",\"task\":\"" + task + "\"}\n");
        };
        write(u"one.jsonl"_s, "2026-01-01T00:00:00.000Z", "first task");
        write(u"two.jsonl"_s, "2026-02-01T00:00:00.000Z", "second task");
        WelcomeView view;
        view.show();
        auto *empty = child<QLabel>(&view, u"recentEmpty"_s);
        view.setTranscriptDirectory(dir.filePath(u"none"_s));
        QVERIFY(empty->isVisible());
        view.setTranscriptDirectory(dir.path());
        QVERIFY(!empty->isVisible());
        auto *list = child<QListView>(&view, u"recentRuns"_s);
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"second task"_s);
        QSignalSpy open(&view, &WelcomeView::transcriptRequested);
        auto *openButton = child<QPushButton>(&view, u"openTranscript"_s);
        QVERIFY(!openButton->isEnabled());
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(openButton->isEnabled());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), dir.filePath(u"one.jsonl"_s));
    }
};

QTEST_MAIN(TestWelcomeView)
#include "tst_welcomeview.moc"
