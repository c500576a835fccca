// SPDX-License-Identifier: MIT
// The main window on the bundled demo, offscreen: the recorded turns replay, the approval dialog
// appears for each script, approving runs it in the real sandbox, and the final answer quotes
// the list the sandboxed test computed. Two demo runs at once both wait in the approval inbox
// and are answered in any order.
#include "../core/recordedtranscript.h"
#include "actions.h"
#include "agent/agentrun.h"
#include "agent/appsettings.h"
#include "apikeystore.h"
#include "approval/approvalgate.h"
#include "approvaldialog.h"
#include "approvalinbox.h"
#include "desktopintegration.h"
#include "findbar.h"
#include "inspectorview.h"
#include "mainwindow.h"
#include "models/approvalinboxmodel.h"
#include "models/conversationmodel.h"
#include "notifier.h"
#include "runpage.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "transcriptopener.h"
#include "transcriptpage.h"
#include "welcomeview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Workbench;

namespace {
// Records what would have been shown, always available.
class RecordingSink final : public NotificationSink
{
public:
    explicit RecordingSink(QStringList *titles)
        : m_titles(titles)
    {}
    [[nodiscard]] bool isAvailable() const override { return true; }
    void show(const QString &title, const QString &) override { m_titles->append(title); }

private:
    QStringList *m_titles;
};
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static ApprovalDialog *visibleDialog(QWidget *window)
    {
        const auto dialogs = window->findChildren<ApprovalDialog *>();
        for (ApprovalDialog *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    static QString conversationText(QWidget *window)
    {
        auto *list = window->findChild<QListView *>(QStringLiteral("conversationList"));
        if (!list || !list->model())
            return {};
        QString all;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            all +=
                list->model()->index(r, 0).data(ConversationModel::TextRole).toString() + QLatin1Char('\n');
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Transcripts, checkpoints and settings go to the folders ctest made for this test
        // (cmake/run-isolated-test.sh); run by hand, to a temporary folder: never the user's.
        if (qEnvironmentVariableIsEmpty("XDG_DATA_HOME") || qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")) {
            QVERIFY(m_home.isValid());
            for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
                qputenv(name, QFile::encodeName(m_home.filePath(QString::fromLatin1(name))));
        }
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                 QDir::cleanPath(qEnvironmentVariable("XDG_DATA_HOME")));
        QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                 QDir::cleanPath(qEnvironmentVariable("XDG_CONFIG_HOME")));
    }
    void twoRuns_bothWaitInTheInbox_answeredInAnyOrder();
    void typingElsewhere_questionNeverTakesTheKeyboard_shortcutOpensIt();

    void demo_asksForEachScript_andEndsWithComputedList()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.show();
        // The window counts as inactive, so the run's approvals and its end are notified.
        QStringList notified;
        std::vector<std::unique_ptr<NotificationSink>> sinks;
        sinks.push_back(std::make_unique<RecordingSink>(&notified));
        window.integration()->notifier()->setSinks(std::move(sinks));
        window.integration()->notifier()->setWindowActiveCheck([] { return false; });
        window.startDemo();

        // Two scripts in the recording; the edits are accepted by the demo's acceptEdits mode.
        for (int i = 0; i < 2; ++i) {
            ApprovalDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(&window)) != nullptr, 30000);
            auto *approve = dialog->findChild<QAbstractButton *>(QStringLiteral("approveButton"));
            QVERIFY(approve);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonLabel")));
            QTRY_VERIFY(dialog->isArmed()); // it answers nothing before it has been seen
            approve->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible() || visibleDialog(&window) != dialog, 5000);
        }

        auto *status = window.findChild<QLabel *>(QStringLiteral("statusRun"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("end_turn")), 60000);
        const QString text = conversationText(&window);
        QVERIFY2(text.contains(QStringLiteral("[1, 1, 2, 3, 5, 8, 13, 21, 34, 55]")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("{{tool_result")));

        // The output pane shows the selected (last) call's real output.
        auto *output = window.findChild<QPlainTextEdit *>(QStringLiteral("outputText"));
        QVERIFY(output);
        QTRY_VERIFY(output->toPlainText().contains(QStringLiteral("[1, 1, 2, 3, 5, 8, 13, 21, 34, 55]")));

        // The output pane says what boundary the script ran in.
        auto *boundary = window.findChild<QLabel *>(QStringLiteral("boundaryLabel"));
        QVERIFY(boundary);
        QTRY_VERIFY2(boundary->isVisible(), qPrintable(boundary->text()));
        QVERIFY2(boundary->text().contains(QStringLiteral("Sandbox:")), qPrintable(boundary->text()));

        QVERIFY(notified.contains(Notifier::title(Notifier::Event::ApprovalNeeded)));
        QVERIFY(notified.contains(Notifier::title(Notifier::Event::RunFinished)));

        // Alt+Up / Alt+Down walk the tool calls in all panes.
        RunPage *page = window.currentPage();
        const QString last = page->selectedToolCall();
        window.integration()->actions()->action(ActionSet::Id::PreviousToolCall)->trigger();
        QVERIFY(page->selectedToolCall() != last);
        window.integration()->actions()->action(ActionSet::Id::NextToolCall)->trigger();
        QCOMPARE(page->selectedToolCall(), last);
    }

    void welcome_isTheStartPage_andComesBackWhenTheLastTabCloses()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.show();
        auto *central = window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
        QVERIFY(central);
        QCOMPARE(central->currentWidget(), window.welcome());
        QVERIFY(!window.welcome()->showsNewRunForm()); // no key: the demo and the settings

        window.welcome()->findChild<QPushButton *>(QStringLiteral("demoButton"))->click();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(central->currentWidget(), window.tabs());
        QVERIFY(window.integration()->actions()->action(ActionSet::Id::Stop)->isEnabled());

        window.closeTab(0);
        QCOMPARE(window.tabs()->count(), 0);
        QCOMPARE(central->currentWidget(), window.welcome());
        QVERIFY(!window.integration()->actions()->action(ActionSet::Id::Stop)->isEnabled());
    }

    void transcript_opensReadOnlyInATab_onceOnly_andClosesLikeARun()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            Recorded::Run run(path, false);
            run.start(QStringLiteral("list the files"));
            run.turn(QStringLiteral("Done."));
            run.finish();
        }
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.show();
        // As from the welcome view's recent runs.
        Q_EMIT window.welcome()->transcriptRequested(path);
        QCOMPARE(window.tabs()->count(), 1);
        auto *page = qobject_cast<TranscriptPage *>(window.tabs()->currentWidget());
        QVERIFY(page);
        QVERIFY(!window.currentPage()); // not a run: the run actions leave it alone
        QTRY_VERIFY(!page->isLoading());
        QVERIFY(page->bannerText().contains(QStringLiteral("Read-only transcript")));
        QTRY_VERIFY(window.tabs()->tabText(0).contains(QStringLiteral("list the files")));
        // The inspector is there too, and reads the file only once its tab is shown.
        auto *inspector = page->findChild<InspectorView *>(QStringLiteral("transcriptInspector"));
        QVERIFY(inspector);
        QVERIFY(inspector->transcriptFile().isEmpty());
        page->sideTabs()->setCurrentWidget(inspector);
        QCOMPARE(inspector->transcriptFile(), QFileInfo(path).absoluteFilePath());
        window.integration()->transcripts()->open(path); // already open: brought to the front
        QCOMPARE(window.tabs()->count(), 1);
        window.closeTab(0);
        QCOMPARE(window.tabs()->count(), 0);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentWidget(),
                 window.welcome());
    }

    void welcome_withAKey_isTheNewRunForm_andSettingsSetAndClearTheKey()
    {
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test");
        {
            ApiKeyStore keys;
            MainWindow window(&keys);
            QVERIFY(window.welcome()->showsNewRunForm());
        }
        qunsetenv("ANTHROPIC_API_KEY");

        ApiKeyStore keys;
        MainWindow window(&keys);
        window.show();
        QVERIFY(!window.welcome()->showsNewRunForm());
        window.integration()->actions()->action(ActionSet::Id::Settings)->trigger();
        SettingsDialog *dialog = window.integration()->settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        Q_EMIT dialog->apiKeySaveRequested(QStringLiteral("sk-ant-typed"));
        QCOMPARE(keys.key(), QStringLiteral("sk-ant-typed"));
        QVERIFY(window.welcome()->showsNewRunForm());
        Q_EMIT dialog->apiKeyClearRequested();
        QVERIFY(!keys.hasKey());
        QVERIFY(!window.welcome()->showsNewRunForm());

        // Settings again raises the one dialog instead of opening a second.
        window.integration()->actions()->action(ActionSet::Id::Settings)->trigger();
        QCOMPARE(window.findChildren<SettingsDialog *>().size(), 1);
        dialog->reject();
        QTRY_VERIFY(window.integration()->settingsDialog() == nullptr);
    }

    void shortcuts_oneActionPerKey_allListedInTheOverview()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.show();
        QMap<QString, QString> owner; // key → action
        const auto actions = window.findChildren<QAction *>();
        for (QAction *a : actions) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString(QKeySequence::PortableText);
                QVERIFY2(!owner.contains(key) || owner.value(key) == a->objectName(),
                         qPrintable(key + QStringLiteral(": ") + owner.value(key) + QStringLiteral(", ") +
                                    a->objectName()));
                owner.insert(key, a->objectName());
            }
        }
        for (auto *button : window.findChildren<QAbstractButton *>())
            QVERIFY2(button->shortcut().isEmpty() || button->shortcut()[0].key() != Qt::Key_Period,
                     qPrintable(button->objectName()));
        QCOMPARE(owner.value(QStringLiteral("Ctrl+.")), QStringLiteral("stopAction"));
        QCOMPARE(owner.value(QStringLiteral("Ctrl+W")), QStringLiteral("closeTabAction"));
        QCOMPARE(owner.value(QStringLiteral("Ctrl+Shift+I")), QStringLiteral("focusInboxAction"));

        window.integration()->actions()->action(ActionSet::Id::Shortcuts)->trigger();
        auto *overview = window.findChild<ShortcutsDialog *>();
        QVERIFY(overview);
        QTRY_VERIFY(overview->isVisible());
        qsizetype withKeys = 0;
        for (QAction *a : window.integration()->shortcutActions()) {
            if (!a->shortcuts().isEmpty())
                ++withKeys;
            else
                qWarning("no shortcut on this platform: %s", qPrintable(a->objectName()));
        }
        QCOMPARE(withKeys, window.integration()->shortcutActions().size());
        QCOMPARE(overview->visibleActionCount(), withKeys);
        overview->setFilter(QStringLiteral("Close Run Tab"));
        QCOMPARE(overview->visibleActionCount(), 1);
        overview->setFilter(QStringLiteral("Inbox"));
        QCOMPARE(overview->visibleActionCount(), 1);
    }

    void layout_isKeptInAppSettings()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        ApiKeyStore keys;
        {
            MainWindow window(&keys);
            window.show();
            window.resize(1000, 700);
            window.startDemo();
            window.currentPage()->splitter()->setSizes({100, 500, 400});
            const QByteArray panes = window.currentPage()->splitter()->saveState();
            window.closeTab(0);
            QCOMPARE(AppSettings().splitterState(QStringLiteral("panes")), panes);
            window.close();
        }
        QVERIFY(!AppSettings().windowGeometry().isEmpty());
        MainWindow again(&keys);
        QCOMPARE(again.size(), QSize(1000, 700));
        again.show();
        again.startDemo();
        QSplitter *splitter = again.currentPage()->splitter();
        QTRY_VERIFY2(
            splitter->sizes().value(0) * 3 < splitter->sizes().value(1),
            qPrintable(
                QStringLiteral("%1 %2").arg(splitter->sizes().value(0)).arg(splitter->sizes().value(1))));
    }
};

// Two runs waiting at once: both in the inbox (newest on top), both tabs badged; "Later" answers
// nothing; the older run is answered first from the inbox although the newer tab is current; everything
// else is answered from the dialog or the inbox keyboard until both runs end.
void tst_MainWindow::twoRuns_bothWaitInTheInbox_answeredInAnyOrder()
{
    qunsetenv("ANTHROPIC_API_KEY");
    ApiKeyStore keys;
    MainWindow window(&keys);
    window.show();
    window.startDemo();
    window.startDemo();
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 2);
    auto *first = qobject_cast<RunPage *>(tabs->widget(0));
    auto *second = qobject_cast<RunPage *>(tabs->widget(1));
    QVERIFY(first && second && first->runId() != second->runId());
    QCOMPARE(tabs->currentWidget(), second);

    ApprovalInboxModel *inbox = window.inboxModel();
    QTRY_COMPARE_WITH_TIMEOUT(inbox->rowCount(), 2, 60000);
    QVERIFY(inbox->hasPendingForRun(first->runId()));
    QVERIFY(inbox->hasPendingForRun(second->runId()));
    QCOMPARE(tabs->tabBar()->tabData(0).toBool(), true);
    QCOMPARE(tabs->tabBar()->tabData(1).toBool(), true);
    QVERIFY(inbox->index(0, 0).data(ApprovalInboxModel::RequestedAtRole).toDateTime() >=
            inbox->index(1, 0).data(ApprovalInboxModel::RequestedAtRole).toDateTime());
    if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(1400, 860);
        QTRY_VERIFY(visibleDialog(&window) != nullptr);
        window.grab().save(dir + QStringLiteral("/inbox-two-runs.png"));
    }
    QVERIFY(!tabs->tabIcon(0).isNull());

    // The current tab's question opened by itself; "Later" leaves it waiting.
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog(&window)) != nullptr);
    QCOMPARE(dialog->request().runId, second->runId());
    const QString secondId = dialog->request().id;
    QTRY_VERIFY(dialog->isArmed());
    dialog->findChild<QAbstractButton *>(QStringLiteral("laterButton"))->click();
    QTRY_VERIFY(visibleDialog(&window) == nullptr);
    QCOMPARE(inbox->rowCount(), 2);
    QVERIFY(second->run()->state() == AgentRun::State::AwaitingApproval);

    // The older run's call, opened from the inbox with the keyboard: its tab comes forward.
    QTreeView *view = window.inbox()->view();
    window.inbox()->setCurrentRow(inbox->firstRowForRun(first->runId()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY((dialog = visibleDialog(&window)) != nullptr);
    QCOMPARE(dialog->request().runId, first->runId());
    QCOMPARE(tabs->currentWidget(), first);
    const QString firstId = dialog->request().id;
    QTRY_VERIFY(dialog->isArmed());
    dialog->findChild<QAbstractButton *>(QStringLiteral("approveButton"))->click();
    QTRY_VERIFY(!inbox->hasPendingForRun(first->runId()) ||
                inbox->request(inbox->firstRowForRun(first->runId())).id != firstId);
    QVERIFY(inbox->hasPendingForRun(second->runId())); // still waiting, never auto-answered
    QCOMPARE(inbox->request(inbox->firstRowForRun(second->runId())).id, secondId);

    // The rest in whatever order they come: the dialog when one is up, else the inbox's Ctrl+Return.
    auto bothDone = [&] {
        return first->run()->state() == AgentRun::State::Finished &&
               second->run()->state() == AgentRun::State::Finished;
    };
    for (int step = 0; step < 12 && !bothDone(); ++step) {
        QTRY_VERIFY_WITH_TIMEOUT(bothDone() || visibleDialog(&window) || inbox->rowCount() > 0, 60000);
        if (ApprovalDialog *d = visibleDialog(&window)) {
            QTRY_VERIFY(d->isArmed());
            d->findChild<QAbstractButton *>(QStringLiteral("approveButton"))->click();
            QTRY_VERIFY(visibleDialog(&window) != d);
        } else if (inbox->rowCount() > 0) {
            const int before = inbox->rowCount();
            window.inbox()->setCurrentRow(0);
            view->setFocus();
            QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(inbox->rowCount() < before || visibleDialog(&window));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(bothDone(), 60000);
    for (RunPage *page : {first, second}) {
        QCOMPARE(page->run()->stopReason(), QStringLiteral("end_turn"));
        QVERIFY(!inbox->hasPendingForRun(page->runId()));
        QCOMPARE(tabs->tabBar()->tabData(tabs->indexOf(page)).toBool(), false);
        QString text;
        for (int r = 0; r < page->run()->conversation()->rowCount(); ++r)
            text += page->run()->conversation()->index(r).data(ConversationModel::TextRole).toString();
        QVERIFY2(text.contains(QStringLiteral("[1, 1, 2, 3, 5, 8, 13, 21, 34, 55]")), qPrintable(text));
    }
}

// A question arrives while the user types in a text field: every key, before and after it
// (letters, Space, Enter), lands in the field; no dialog takes the keyboard and nothing is
// answered; the status bar names the shortcut, and Ctrl+Shift+A opens the question on purpose.
void tst_MainWindow::typingElsewhere_questionNeverTakesTheKeyboard_shortcutOpensIt()
{
    qunsetenv("ANTHROPIC_API_KEY");
    ApiKeyStore keys;
    MainWindow window(&keys);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *gate = window.findChild<ApprovalGate *>();
    QVERIFY(gate);
    QSignalSpy answered(gate, &ApprovalGate::answered);
    window.startDemo();
    RunPage *page = window.currentPage();
    QVERIFY(page);
    page->find(); // the find bar's field, as a user searching the conversation
    auto *field = page->findBar()->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(field);
    QTRY_COMPARE(QApplication::focusWidget(), field);
    field->clear();

    // Keys go wherever the keyboard focus is, as a real keyboard's do (through the focus window).
    QString typed;
    auto type = [&typed](char c) {
        QWindow *focus = QGuiApplication::focusWindow();
        QVERIFY(focus);
        QTest::keyClick(focus, c);
        typed += QLatin1Char(c);
    };
    int typedBeforeQuestion = -1;
    connect(window.inboxModel(), &QAbstractItemModel::rowsInserted, this,
            [&] { typedBeforeQuestion = int(typed.size()); });
    QTimer typist; // the user keeps typing until the question has come
    typist.setInterval(150);
    connect(&typist, &QTimer::timeout, this, [&] { type(char('a' + typed.size() % 26)); });
    type('f');
    typist.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.inboxModel()->rowCount() > 0, 60000);
    typist.stop();
    QVERIFY(typedBeforeQuestion > 0);
    for (char c : {'x', ' ', 'y'})
        type(c);
    QTest::keyClick(QGuiApplication::focusWindow(), Qt::Key_Return); // find next; must not answer
    QTest::keyClick(QGuiApplication::focusWindow(), Qt::Key_Space);
    typed += QLatin1Char(' ');

    QCOMPARE(field->text(), typed);
    QCOMPARE(QApplication::focusWidget(), field);
    QVERIFY(visibleDialog(&window) == nullptr);
    QCOMPARE(answered.count(), 0);
    QCOMPARE(page->run()->state(), AgentRun::State::AwaitingApproval);
    QVERIFY(window.tabs()->tabBar()->tabData(0).toBool());
    const QString shortcut =
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText);
    QVERIFY2(window.statusBar()->currentMessage().contains(shortcut),
             qPrintable(window.statusBar()->currentMessage()));

    // The documented shortcut moves to the question; it is answered only once seen.
    QTest::keyClick(QGuiApplication::focusWindow(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog(&window)) != nullptr);
    QCOMPARE(dialog->request().runId, page->runId());
    QTRY_VERIFY(dialog->isArmed());
    QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(answered.count(), 1);
    QVERIFY(answered.at(0).at(1).value<ApprovalAnswer>().approved);
    QCOMPARE(field->text(), typed); // still all there
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
