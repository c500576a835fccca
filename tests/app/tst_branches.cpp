// SPDX-License-Identifier: MIT
// The acceptance of issue 6 in the window, offscreen: a recorded run (replayed answers, real
// sandbox, real checkpoints) is forked from step 2 with an edited tool result through the fork
// dialog, the branch goes on in its own tab (its answer quotes the edited result, its files are
// those of the checkpoint before step 2), the branches are compared side by side, and rewinding
// the parent to before step 2 restores the files of that step in its own workspace. Everything
// is written under a temporary folder. With WB_SCREENSHOT_DIR set, the dialog, the branch tab
// and the compare view are saved there as PNG files.
#include "agent/agentrun.h"
#include "agent/runsession.h"
#include "apikeystore.h"
#include "approvaldialog.h"
#include "branchcompareview.h"
#include "branchcontroller.h"
#include "conversationview.h"
#include "desktopintegration.h"
#include "forkdialog.h"
#include "mainwindow.h"
#include "models/conversationmodel.h"
#include "runpage.h"
#include "transcriptopener.h"
#include "transcriptpage.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

namespace {

QByteArray line(const QJsonArray &content, const QString &stop)
{
    const QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")},
                        {QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("model"), QStringLiteral("claude-sonnet-4-6")},
                        {QStringLiteral("content"), content},
                        {QStringLiteral("stop_reason"), stop},
                        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 40},
                                                              {QStringLiteral("output_tokens"), 8}}}};
    return QJsonDocument(m).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject text(const QString &t)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), t}};
}

QJsonObject bash(const QString &id, const QString &command)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("bash")},
                       {QStringLiteral("input"), QJsonObject{{QStringLiteral("command"), command}}}};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QString conversationText(ConversationModel *model)
{
    QString all;
    for (int r = 0; r < model->rowCount(); ++r)
        all += model->index(r).data(ConversationModel::TextRole).toString() + QLatin1Char('\n');
    return all;
}

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let the window system paint before grabbing (screenshots only)
    widget->grab().save(dir + QLatin1Char('/') + name);
}

// Picks a tool call's card and triggers one of its context actions, as a right click would.
bool triggerOnCall(RunPage *page, const QString &id, const char *action)
{
    page->conversationView()->selectToolCall(id);
    auto *list = page->conversationView()->findChild<QListView *>(QStringLiteral("conversationList"));
    auto *a = list ? list->findChild<QAction *>(QLatin1String(action)) : nullptr;
    if (!a || !a->isEnabled())
        return false;
    a->trigger();
    return true;
}

} // namespace

class tst_Branches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QFile::setPermissions(m_home.path(), QFile::permissions(m_home.path()) | QFileDevice::ExeOther |
                                                 QFileDevice::ExeGroup);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qunsetenv("ANTHROPIC_API_KEY");
    }

    void forkFromStep2WithEditedResult_continuesAsBranch_andRewindRestoresTheFiles()
    {
        const QString recording = m_home.filePath(QStringLiteral("recording.jsonl"));
        {
            QFile f(recording);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(line({text(QStringLiteral("Writing a.txt.")),
                          bash(QStringLiteral("toolu_1"), QStringLiteral("echo one > a.txt"))},
                         QStringLiteral("tool_use")));
            f.write(line({text(QStringLiteral("Changing it.")),
                          bash(QStringLiteral("toolu_2"),
                               QStringLiteral("echo two > a.txt && echo made > b.txt && cat a.txt"))},
                         QStringLiteral("tool_use")));
            f.write(line({text(QStringLiteral("The file now says: {{tool_result:toolu_2}}"))},
                         QStringLiteral("end_turn")));
        }
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.resize(1400, 860);
        window.show();

        RunOptions o;
        o.provider = QStringLiteral("replay");
        o.replayFile = recording;
        o.permissionMode = QStringLiteral("bypassPermissions");
        o.loadStoredRules = false;
        o.workspace = m_home.filePath(QStringLiteral("parent-ws"));
        auto created = RunSession::create(o, window.network(), window.gate());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        const QString task = QStringLiteral("Write a.txt, then change it");
        RunPage *parent = window.addRunPage(*created, window.nextRunName(task), task);
        parent->start(task);
        QTRY_VERIFY_WITH_TIMEOUT(parent->run()->state() == AgentRun::State::Finished, 60000);
        QCOMPARE(parent->run()->stopReason(), QStringLiteral("end_turn"));
        const QString parentWs = parent->session()->workspace();
        const QString parentTitle = parent->title();
        QCOMPARE(readFile(parentWs + QStringLiteral("/a.txt")), QByteArray("two\n"));

        // Fork from step 2 through the dialog, with an edited result.
        QVERIFY(triggerOnCall(parent, QStringLiteral("toolu_2"), "forkFromHereAction"));
        // The transcript is read on a worker: nothing is asked before the event loop turns.
        QVERIFY(window.branches()->pendingLoad() != nullptr);
        QVERIFY(window.branches()->pendingQuestion() == nullptr);
        ForkDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<ForkDialog *>(window.branches()->pendingQuestion())) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        auto *result = dialog->findChild<QPlainTextEdit *>(QStringLiteral("forkResultEdit"));
        QVERIFY(result);
        QCOMPARE(result->toPlainText(), QStringLiteral("two\n")); // the recorded result, to edit
        result->setPlainText(QStringLiteral("EDITED IN THE GUI"));
        shoot(dialog, QStringLiteral("fork-dialog.png"));
        dialog->findChild<QPushButton *>(QStringLiteral("forkButton"))->click();

        // The branch opens as its own tab, titled as a branch of the parent, and goes on.
        QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 2, 60000);
        auto *branch = qobject_cast<RunPage *>(window.tabs()->widget(1));
        QVERIFY(branch);
        QVERIFY2(window.tabs()->tabText(1).contains(
                     QStringLiteral("branch at step 2 of %1").arg(parentTitle.left(8))),
                 qPrintable(window.tabs()->tabText(1)));
        QCOMPARE(window.branches()->parentOf(branch), parent);
        QTRY_VERIFY_WITH_TIMEOUT(branch->run()->state() == AgentRun::State::Finished, 60000);
        QCOMPARE(branch->run()->stopReason(), QStringLiteral("end_turn"));
        const QString branchText = conversationText(branch->run()->conversation());
        QVERIFY2(branchText.contains(QStringLiteral("The file now says: EDITED IN THE GUI")),
                 qPrintable(branchText));
        // Its workspace: a copy restored from the checkpoint before step 2; the parent's is as it was.
        const QString branchWs = branch->session()->workspace();
        QVERIFY(branchWs != parentWs);
        QCOMPARE(readFile(branchWs + QStringLiteral("/a.txt")), QByteArray("one\n"));
        QVERIFY(!QFileInfo::exists(branchWs + QStringLiteral("/b.txt")));
        QCOMPARE(readFile(parentWs + QStringLiteral("/b.txt")), QByteArray("made\n"));
        branch->showToolCall(QStringLiteral("toolu_2"));
        shoot(&window, QStringLiteral("branch-tab.png"));

        // Compare the branches side by side; the view names the step where they part.
        window.tabs()->setCurrentWidget(branch);
        auto *compare = window.findChild<QAction *>(QStringLiteral("compareBranchesAction"));
        QVERIFY(compare);
        compare->trigger();
        BranchCompareView *view = nullptr;
        QTRY_VERIFY((view = window.findChild<BranchCompareView *>()) != nullptr);
        QVERIFY2(view->headerText().contains(QStringLiteral("step 2")), qPrintable(view->headerText()));
        QVERIFY(view->headerText().contains(QStringLiteral("EDITED IN THE GUI")));
        shoot(view, QStringLiteral("compare-branches.png"));
        view->close();

        // Rewind the parent to before step 2: the confirmation names the files, then they come back.
        window.tabs()->setCurrentWidget(parent);
        QVERIFY(triggerOnCall(parent, QStringLiteral("toolu_2"), "rewindToHereAction"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = qobject_cast<QMessageBox *>(window.branches()->pendingQuestion())) != nullptr, 30000);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("a.txt")) &&
                     box->text().contains(QStringLiteral("b.txt")),
                 qPrintable(box->text()));
        const QPointer<RunPage> parentGuard = parent;
        box->findChild<QPushButton *>(QStringLiteral("rewindButton"))->click();
        // The rewound run replaces the parent's page once the files are restored: wait for that,
        // not for one file, since the restore writes files before it removes the extra ones.
        QTRY_VERIFY_WITH_TIMEOUT(parentGuard.isNull() && window.tabs()->count() == 2 &&
                                     qobject_cast<RunPage *>(window.tabs()->widget(0)) != nullptr,
                                 30000);
        QCOMPARE(readFile(parentWs + QStringLiteral("/a.txt")), QByteArray("one\n"));
        QVERIFY(!QFileInfo::exists(parentWs + QStringLiteral("/b.txt")));
        // Same tab place and name; the conversation is cut back to the call, which is asked again.
        QCOMPARE(window.tabs()->count(), 2);
        auto *rewound = qobject_cast<RunPage *>(window.tabs()->widget(0));
        QVERIFY(rewound);
        QCOMPARE(rewound->title(), parentTitle);
        QTRY_VERIFY_WITH_TIMEOUT(rewound->run()->state() == AgentRun::State::AwaitingApproval, 30000);
        QVERIFY(
            !conversationText(rewound->run()->conversation()).contains(QStringLiteral("The file now says")));
        // The branch was not touched by the parent's rewind.
        QCOMPARE(readFile(branchWs + QStringLiteral("/a.txt")), QByteArray("one\n"));
    }

    void rewindWhileACallRuns_offersStopAndRewind_andRestoresOnceStopped()
    {
        const QString recording = m_home.filePath(QStringLiteral("running.jsonl"));
        {
            QFile f(recording);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(line({bash(QStringLiteral("toolu_1"), QStringLiteral("echo one > a.txt"))},
                         QStringLiteral("tool_use")));
            f.write(line({bash(QStringLiteral("toolu_2"), QStringLiteral("echo two > a.txt && sleep 300"))},
                         QStringLiteral("tool_use")));
            f.write(line({text(QStringLiteral("Never reached."))}, QStringLiteral("end_turn")));
        }
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.resize(1200, 800);
        window.show();
        RunOptions o;
        o.provider = QStringLiteral("replay");
        o.replayFile = recording;
        o.permissionMode = QStringLiteral("bypassPermissions");
        o.loadStoredRules = false;
        o.workspace = m_home.filePath(QStringLiteral("running-ws"));
        auto created = RunSession::create(o, window.network(), window.gate());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        RunPage *page = window.addRunPage(*created, window.nextRunName(QStringLiteral("busy")), {});
        page->start(QStringLiteral("Write a.txt, then keep busy"));
        const QString ws = page->session()->workspace();
        // Step 2 has written its file and is still running.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(ws + QStringLiteral("/a.txt")) == "two\n" &&
                                     page->run()->state() == AgentRun::State::RunningTools,
                                 60000);

        QVERIFY(triggerOnCall(page, QStringLiteral("toolu_2"), "rewindToHereAction"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = qobject_cast<QMessageBox *>(window.branches()->pendingQuestion())) != nullptr, 30000);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->findChild<QPushButton *>(QStringLiteral("rewindButton")) == nullptr);
        auto *stopAndRewind = box->findChild<QPushButton *>(QStringLiteral("stopAndRewindButton"));
        QVERIFY(stopAndRewind);
        QVERIFY2(box->text().contains(QStringLiteral("a.txt")), qPrintable(box->text()));
        QVERIFY(page->isRunning()); // asking stopped nothing
        shoot(box, QStringLiteral("stop-and-rewind.png"));
        const QPointer<RunPage> guard = page;
        stopAndRewind->click();
        // The page is replaced by the rewound run once the stop completed and the files came back.
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() && window.tabs()->count() == 1 &&
                                     qobject_cast<RunPage *>(window.tabs()->widget(0)) != nullptr,
                                 60000);
        QCOMPARE(readFile(ws + QStringLiteral("/a.txt")), QByteArray("one\n"));
        auto *rewound = qobject_cast<RunPage *>(window.tabs()->widget(0));
        QTRY_VERIFY_WITH_TIMEOUT(rewound->run()->state() == AgentRun::State::AwaitingApproval, 30000);
        // The transcript holds the stop before the rewind.
        QFile transcript(rewound->session()->transcriptPath());
        QVERIFY(transcript.open(QIODevice::ReadOnly));
        const QByteArray log = transcript.readAll();
        const qsizetype stopped = log.indexOf("\"stop_reason\":\"cancelled\"");
        QVERIFY2(stopped > 0, "no cancelled run_finished before the rewind");
        QVERIFY(log.indexOf("\"type\":\"rewound\"") > stopped);
    }

    void followUp_onAFinishedRun_goesOnInTheSameTab()
    {
        const QString recording = m_home.filePath(QStringLiteral("followup.jsonl"));
        {
            QFile f(recording);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(line({text(QStringLiteral("First answer."))}, QStringLiteral("end_turn")));
            f.write(line({text(QStringLiteral("Second answer, after the follow-up."))},
                         QStringLiteral("end_turn")));
            f.write(line({text(QStringLiteral("Third answer, from the transcript tab."))},
                         QStringLiteral("end_turn")));
        }
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.resize(1200, 800);
        window.show();
        RunOptions o;
        o.provider = QStringLiteral("replay");
        o.replayFile = recording;
        o.permissionMode = QStringLiteral("bypassPermissions");
        o.loadStoredRules = false;
        o.workspace = m_home.filePath(QStringLiteral("followup-ws"));
        auto created = RunSession::create(o, window.network(), window.gate());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));
        const QString title = window.nextRunName(QStringLiteral("chat"));
        RunPage *page = window.addRunPage(*created, title, {});
        auto *action = window.findChild<QAction *>(QStringLiteral("followUpAction"));
        QVERIFY(action);
        page->start(QStringLiteral("Say something"));
        QTRY_VERIFY_WITH_TIMEOUT(page->run()->state() == AgentRun::State::Finished, 60000);
        QCOMPARE(page->run()->stopReason(), QStringLiteral("end_turn"));
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = qobject_cast<QInputDialog *>(window.branches()->pendingQuestion())) != nullptr);
        QTRY_VERIFY(ask->isVisible());
        ask->setTextValue(QStringLiteral("Please say it again."));
        shoot(ask, QStringLiteral("follow-up-dialog.png"));
        const QPointer<RunPage> guard = page;
        ask->accept();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() && window.tabs()->count() == 1 &&
                                     qobject_cast<RunPage *>(window.tabs()->widget(0)) != nullptr,
                                 60000);
        auto *resumed = qobject_cast<RunPage *>(window.tabs()->widget(0));
        QCOMPARE(resumed->title(), title);
        QTRY_VERIFY_WITH_TIMEOUT(resumed->run()->state() == AgentRun::State::Finished, 60000);
        QCOMPARE(resumed->run()->stopReason(), QStringLiteral("end_turn"));
        const QString all = conversationText(resumed->run()->conversation());
        QVERIFY2(all.contains(QStringLiteral("First answer.")) &&
                     all.contains(QStringLiteral("Please say it again.")) &&
                     all.contains(QStringLiteral("Second answer, after the follow-up.")),
                 qPrintable(all));
        QVERIFY(all.indexOf(QStringLiteral("Please say it again.")) <
                all.indexOf(QStringLiteral("Second answer, after the follow-up.")));

        // The same from a transcript opened read-only: its banner's follow-up opens a new run tab.
        const QString path = resumed->session()->transcriptPath();
        TranscriptPage *opened = window.integration()->transcripts()->open(path);
        QVERIFY(opened);
        QCOMPARE(window.tabs()->count(), 2);
        auto *banner = opened->findChild<QAction *>(QStringLiteral("followUpTranscriptAction"));
        QVERIFY(banner);
        banner->trigger();
        QTRY_VERIFY((ask = qobject_cast<QInputDialog *>(window.branches()->pendingQuestion())) != nullptr);
        QTRY_VERIFY(ask->isVisible());
        ask->setTextValue(QStringLiteral("Once more, please."));
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 3, 60000);
        auto *third = qobject_cast<RunPage *>(window.tabs()->widget(2));
        QVERIFY(third);
        QTRY_VERIFY_WITH_TIMEOUT(third->run()->state() == AgentRun::State::Finished, 60000);
        QCOMPARE(third->run()->stopReason(), QStringLiteral("end_turn"));
        const QString more = conversationText(third->run()->conversation());
        QVERIFY2(more.contains(QStringLiteral("Once more, please.")) &&
                     more.contains(QStringLiteral("Third answer, from the transcript tab.")),
                 qPrintable(more));
    }
};

QTEST_MAIN(tst_Branches)
#include "tst_branches.moc"
