// SPDX-License-Identifier: MIT
#include "actions.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortcut_triggersItsAction_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QKeySequence>("keys");
        using Id = ActionSet::Id;
        QTest::newRow("new run") << int(Id::NewRun) << QKeySequence(Qt::CTRL | Qt::Key_N);
        QTest::newRow("demo") << int(Id::RunDemo) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
        QTest::newRow("open transcript") << int(Id::OpenTranscript) << QKeySequence(Qt::CTRL | Qt::Key_O);
        QTest::newRow("claude code sessions")
            << int(Id::ClaudeCodeSessions) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
        QTest::newRow("stop") << int(Id::Stop) << QKeySequence(Qt::CTRL | Qt::Key_Period);
        QTest::newRow("stop with esc") << int(Id::Stop) << QKeySequence(Qt::Key_Escape);
        QTest::newRow("settings") << int(Id::Settings) << QKeySequence(Qt::CTRL | Qt::Key_Comma);
        QTest::newRow("find") << int(Id::Find) << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("find next") << int(Id::FindNext) << QKeySequence(Qt::Key_F3);
        QTest::newRow("find previous") << int(Id::FindPrevious) << QKeySequence(Qt::SHIFT | Qt::Key_F3);
        QTest::newRow("next call") << int(Id::NextToolCall) << QKeySequence(Qt::ALT | Qt::Key_Down);
        QTest::newRow("previous call") << int(Id::PreviousToolCall) << QKeySequence(Qt::ALT | Qt::Key_Up);
        QTest::newRow("conversation") << int(Id::FocusConversation) << QKeySequence(Qt::CTRL | Qt::Key_1);
        QTest::newRow("script") << int(Id::FocusScript) << QKeySequence(Qt::CTRL | Qt::Key_2);
        QTest::newRow("output") << int(Id::FocusOutput) << QKeySequence(Qt::CTRL | Qt::Key_3);
        QTest::newRow("shortcuts") << int(Id::Shortcuts) << QKeySequence(Qt::CTRL | Qt::Key_Slash);
        QTest::newRow("shortcuts f1") << int(Id::Shortcuts) << QKeySequence(Qt::Key_F1);
        QTest::newRow("quit") << int(Id::Quit) << QKeySequence(Qt::CTRL | Qt::Key_Q);
    }

    void shortcut_triggersItsAction()
    {
        QFETCH(int, id);
        QFETCH(QKeySequence, keys);
        QMainWindow window;
        auto *edit = new QLineEdit(&window); // focus inside the window, as in the app
        window.setCentralWidget(edit);
        ActionSet set(&window);
        QAction *action = set.action(ActionSet::Id(id));
        action->setEnabled(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QSignalSpy triggered(action, &QAction::triggered);
        QList<QSignalSpy *> others;
        for (QAction *a : set.actions()) {
            if (a != action)
                others.append(new QSignalSpy(a, &QAction::triggered));
        }
        QTest::keySequence(&window, keys);
        QCOMPARE(triggered.count(), 1);
        for (QSignalSpy *spy : others) {
            QCOMPARE(spy->count(), 0); // no shortcut is shared between two actions
            delete spy;
        }
    }

    void everyAction_hasANameAShortcutAndAGroup()
    {
        QMainWindow window;
        ActionSet set(&window);
        QCOMPARE(set.actions().size(), int(ActionSet::Id::Quit) + 1);
        for (QAction *a : set.actions()) {
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->shortcuts().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->property("group").toString().isEmpty(), qPrintable(a->objectName()));
            QVERIFY(window.actions().contains(a));
        }
        QVERIFY(!set.action(ActionSet::Id::Stop)->isEnabled()); // nothing runs yet
    }

    void shortcutsOverview_listsEveryAction_andFilters()
    {
        QMainWindow window;
        ActionSet set(&window);
        ShortcutsDialog dialog(set.actions(), &window);
        dialog.show();
        QCOMPARE(dialog.visibleActionCount(), set.actions().size());
        dialog.setFilter(u"tool call"_s);
        QCOMPARE(dialog.visibleActionCount(), 2);
        dialog.setFilter(u"ctrl+,"_s); // by key
        QCOMPARE(dialog.visibleActionCount(), 1);
        dialog.setFilter(u"navigate"_s); // by group
        QCOMPARE(dialog.visibleActionCount(), 5);
        dialog.setFilter(u"no such action"_s);
        QCOMPARE(dialog.visibleActionCount(), 0);
        // It lists the shortcuts in force when it is opened.
        dialog.setFilter(QString());
        dialog.hide();
        set.action(ActionSet::Id::Quit)->setShortcuts({});
        dialog.show();
        QCOMPARE(dialog.visibleActionCount(), set.actions().size() - 1);
    }
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
