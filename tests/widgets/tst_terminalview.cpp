// SPDX-License-Identifier: MIT
// The sandbox terminal: its VT screen, and the view against the fake bridge's echo PTY.
#include "agent/runsession.h"
#include "approval/approvalgate.h"
#include "fakebridgeserver.h"
#include "runpage.h"
#include "terminalpane.h"
#include "terminalview.h"

#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Workbench;

class TestTerminalView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The escape sequences themselves are tested on the core model (tst_terminalscreen); the
    // view maps its symbolic colours onto the theme.
    void view_mapsScreenColoursOntoTheTheme()
    {
        TerminalView view;
        using Color = TerminalScreen::Color;
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        view.setPalette(light);
        QCOMPARE(view.colorFor(Color{}, true), QColor(Qt::black));
        QCOMPARE(view.colorFor(Color{}, false), QColor(Qt::white));
        const QColor redOnLight = view.colorFor(Color::palette(1), true);
        QCOMPARE(view.colorFor(Color::palette(196), true), QColor(255, 0, 0)); // xterm's cube
        QCOMPARE(view.colorFor(Color::palette(232), true), QColor(8, 8, 8));   // and grey ramp
        QCOMPARE(view.colorFor(Color::fromRgb(1, 2, 3), false), QColor(1, 2, 3));

        QPalette dark;
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view.setPalette(dark);
        const QColor redOnDark = view.colorFor(Color::palette(1), true);
        QVERIFY(redOnDark != redOnLight);
        QVERIFY(redOnDark.lightness() > redOnLight.lightness()); // readable on each background
        QVERIFY(redOnDark.red() > redOnDark.green());
        QCOMPARE(view.colorFor(Color{}, true), QColor(230, 230, 230));
    }

    void view_answersCursorQueriesAsInput()
    {
        FakeBridgeServer fake;
        QVERIFY(fake.listen());
        TerminalView view;
        view.resize(400, 200);
        QSignalSpy ready(&view, &TerminalView::ready);
        view.open(BridgeEndpoint{fake.baseUrl(), {}}, QStringLiteral("abcdef234567"));
        QVERIFY(ready.wait(10000));
        QTest::keyClicks(&view, QStringLiteral("ab")); // echoed: the cursor moves to column 3
        QTRY_COMPARE(view.screen().cursorColumn(), 2);
        fake.sendToPtys("\x1b[6n"); // a program asks where the cursor is
        QTRY_VERIFY(fake.ptyInput().contains("\x1b[1;3R"));
        QCOMPARE(view.screen().rowText(0), QStringLiteral("ab")); // neither shows as text
    }

    void view_echoesInputResizesAndTearsDown()
    {
        FakeBridgeServer fake;
        fake.setApiKey(QStringLiteral("pty-key"));
        QVERIFY(fake.listen());
        auto view = std::make_unique<TerminalView>();
        view->resize(400, 200);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QSignalSpy ready(view.get(), &TerminalView::ready);
        view->open(BridgeEndpoint{fake.baseUrl(), QStringLiteral("pty-key")}, QStringLiteral("abcdef234567"));
        QVERIFY(ready.wait(10000));
        const auto upgrade = fake.requestsTo("/v1/sandbox/abcdef234567/pty", "GET");
        QCOMPARE(upgrade.size(), 1);
        QVERIFY(
            upgrade.constFirst().query.contains(QByteArray("cols=" + QByteArray::number(view->columns()))));
        QCOMPARE(upgrade.constFirst().headers.value("authorization"), QByteArray("Bearer pty-key"));

        view->setFocus();
        QTest::keyClicks(view.get(), QStringLiteral("ls"));
        QTest::keyClick(view.get(), Qt::Key_Return);
        QTRY_COMPARE(fake.ptyInput(), QByteArray("ls\r"));
        QTRY_VERIFY(view->screen().text().startsWith(QLatin1String("ls")));
        // Each key is echoed in a message of its own: the CR LF may arrive after the letters.
        QTRY_COMPARE(view->screen().cursorRow(), 1); // the echoed CR LF moved to the next line

        const int before = view->columns();
        view->resize(800, 400);
        QTRY_VERIFY(!fake.ptyControlMessages().isEmpty());
        QVERIFY(view->columns() > before);
        // The last message the fake has seen is the widget's size (another may be on its way).
        QTRY_COMPARE(fake.ptyControlMessages().constLast().value(QLatin1String("cols")).toInt(),
                     view->columns());
        const QJsonObject resize = fake.ptyControlMessages().constLast();
        QCOMPARE(resize.value(QLatin1String("type")).toString(), QStringLiteral("resize"));

        QSignalSpy ended(view.get(), &TerminalView::ended);
        fake.exitPtys(0);
        QVERIFY(ended.wait(10000));
        QVERIFY(ended.constFirst().constFirst().toString().contains(QLatin1String("0")));
        QTRY_COMPARE(fake.openPtys(), 0);
    }

    void runPage_terminalTab_opensPtyOnTheFakeBridgeAndEchoesInput()
    {
        // Acceptance (issue 7): the terminal tab opens a PTY on the fake bridge and echoes input.
        FakeBridgeServer fake;
        fake.setApiKey(QStringLiteral("tab-key"));
        QTemporaryDir dir;
        fake.setWorkspaceDir(dir.filePath(QStringLiteral("remote")));
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        ApprovalGate gate;
        RunOptions o;
        o.provider = QStringLiteral("anthropic");
        o.apiKey = QStringLiteral("not-used"); // the run is never started
        o.sandbox = QStringLiteral("cloudflare");
        o.bridgeUrl = fake.baseUrl().toString();
        o.bridgeApiKey = QStringLiteral("tab-key");
        o.workspace = dir.filePath(QStringLiteral("ws"));
        o.transcriptPath = dir.filePath(QStringLiteral("t.jsonl"));
        o.loadStoredRules = false;
        auto session = RunSession::create(o, &nam, &gate);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().toString()));
        auto page = std::make_unique<RunPage>(*session, QStringLiteral("remote run"));
        page->resize(1200, 600);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));

        // The header says where the run executes, without claiming what it cannot verify.
        auto *where = page->findChild<QLabel *>(QStringLiteral("runWhere"));
        QVERIFY(where);
        QVERIFY(where->text().contains(fake.baseUrl().toString()));
        QVERIFY(where->text().contains(QLatin1String("cannot verify")));
        QVERIFY(!where->text().contains(QLatin1String("tab-key")));

        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("outputTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Terminal"));
        TerminalPane *pane = page->terminalPane();
        QVERIFY(pane);
        QCOMPARE(fake.ptyConnections(), 0); // nothing is opened before the user asks
        QSignalSpy ready(pane->terminal(), &TerminalView::ready);
        tabs->setCurrentIndex(1);
        QVERIFY(ready.wait(10000));
        QCOMPARE(fake.createdIds().size(), 1); // the run had made no call yet: the tab created it
        const QString id = fake.createdIds().constFirst();
        const auto upgrade = fake.requestsTo("/v1/sandbox/" + id.toUtf8() + "/pty", "GET");
        QCOMPARE(upgrade.size(), 1);
        QCOMPARE(upgrade.constFirst().headers.value("authorization"), QByteArray("Bearer tab-key"));
        QTRY_VERIFY(where->text().contains(id));
        QVERIFY(pane->statusText().contains(id));

        TerminalView *term = pane->terminal();
        QTest::keyClicks(term, QStringLiteral("echo hi"));
        QTest::keyClick(term, Qt::Key_Return);
        QTRY_COMPARE(fake.ptyInput(), QByteArray("echo hi\r"));
        QTRY_VERIFY(term->screen().text().startsWith(QLatin1String("echo hi")));
        if (const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(page->grab().save(shots + QStringLiteral("/run-page-terminal.png")));

        // Resize follows the widget.
        const int cols = term->columns();
        page->resize(1800, 700);
        QTRY_VERIFY(!fake.ptyControlMessages().isEmpty());
        QVERIFY(term->columns() > cols);
        // Several resizes may be on their way; the last one the fake sees is the widget's size.
        QTRY_COMPARE(fake.ptyControlMessages().constLast().value(QLatin1String("cols")).toInt(),
                     term->columns());

        // Closing the run closes the socket and deletes the remote sandbox.
        page.reset();
        QTRY_COMPARE(fake.openPtys(), 0);
        QTRY_COMPARE(fake.deletedIds(), QStringList{id});
    }

    void runPage_unsandboxedRun_hasNoTerminalAndSaysSo()
    {
        QTemporaryDir dir;
        QNetworkAccessManager nam;
        ApprovalGate gate;
        RunOptions o;
        o.apiKey = QStringLiteral("not-used");
        o.sandbox = QStringLiteral("none"); // no bubblewrap needed to build the page
        o.workspace = dir.filePath(QStringLiteral("ws"));
        o.transcriptPath = dir.filePath(QStringLiteral("t.jsonl"));
        o.loadStoredRules = false;
        o.checkpoints = false;
        auto session = RunSession::create(o, &nam, &gate);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().toString()));
        RunPage page(*session, QStringLiteral("local"));
        QVERIFY(!page.terminalPane());
        QVERIFY(!page.findChild<QTabWidget *>(QStringLiteral("outputTabs")));
        QVERIFY(page.whereText().contains(QLatin1String("WITHOUT a sandbox")));
    }

    void view_closeDisconnects()
    {
        FakeBridgeServer fake;
        QVERIFY(fake.listen());
        auto view = std::make_unique<TerminalView>();
        QSignalSpy ready(view.get(), &TerminalView::ready);
        view->open(BridgeEndpoint{fake.baseUrl(), {}}, QStringLiteral("abc"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(fake.openPtys(), 1);
        view.reset(); // destroying the view closes the socket
        QTRY_COMPARE(fake.openPtys(), 0);
    }
};

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
