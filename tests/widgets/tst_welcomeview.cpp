// SPDX-License-Identifier: MIT
#include "transcript/recentrunsmodel.h"
#include "welcomeview.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
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
        QCOMPARE(run.first().at(1).toString(), workspace.path());
        QCOMPARE(run.first().at(2).toString(), u"acceptEdits"_s);
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
        QCOMPARE(run.first().at(1).toString(), QString()); // a fresh workspace
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
