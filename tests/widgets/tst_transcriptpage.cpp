// SPDX-License-Identifier: MIT
#include "../core/recordedtranscript.h"
#include "findbar.h"
#include "models/claudecodemessagemodel.h"
#include "models/claudecodesessionmodel.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "scriptview.h"
#include "sessionbrowser.h"
#include "transcriptpage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Workbench;
using namespace Qt::StringLiterals;
using Kind = ConversationModel::Kind;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(WB_TEST_DATA_DIR "/claude-code/projects/") + QLatin1String(name);
}

void writeRun(const QString &path, bool finish = true)
{
    Recorded::Run run(path);
    QVERIFY(run.ok());
    run.start(u"Write fib.py and test it"_s);
    run.turn(u"Writing the test."_s, {Recorded::Call{u"toolu_a"_s, u"python3 -c 'print(sum(range(10)))'"_s,
                                                     u"45\n"_s, u"DeprecationWarning: old\n"_s, 0, false}});
    run.turn(u"Running it again."_s, {Recorded::Call{u"toolu_b"_s, u"false"_s, {}, u"boom\n"_s, 1, false}});
    run.turn(u"Done: the sum is 45."_s);
    if (finish)
        run.finish();
    else
        run.close();
}

QString scriptText(TranscriptPage *page)
{
    auto *editor = page->findChild<QsciScintilla *>(u"scriptEditor"_s);
    return editor ? editor->text() : QString();
}

QString outputText(TranscriptPage *page)
{
    auto *output = page->findChild<QPlainTextEdit *>(u"outputText"_s);
    return output ? output->toPlainText() : QString();
}

int findRow(const ConversationModel *m, Kind kind, const QString &contains)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r);
        if (Kind(i.data(ConversationModel::KindRole).toInt()) == kind &&
            i.data(ConversationModel::TextRole).toString().contains(contains))
            return r;
    }
    return -1;
}

// Shows `page` at a usable size on the recorded run, written into `dir`; false if it never loaded.
bool openRecordedRun(TranscriptPage &page, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"run.jsonl"_s);
    writeRun(path);
    QSignalSpy loaded(&page, &TranscriptPage::loaded);
    page.resize(1300, 800);
    page.show();
    page.open(path);
    return loaded.wait(20000);
}

} // namespace

class tst_TranscriptPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedTranscript_opensReadOnly_withBannerAndSummary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.jsonl"_s);
        writeRun(path);
        TranscriptPage page;
        QAbstractItemModelTester tester(page.conversation(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &TranscriptPage::loaded);
        QSignalSpy first(&page, &TranscriptPage::firstScreenReady);
        page.resize(1300, 800);
        page.show();
        page.open(path);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(first.size(), 1);
        QCOMPARE(page.source(), TranscriptPage::Source::Workbench);
        QCOMPARE(page.title(), u"Write fib.py and test it"_s);

        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(u"Read-only transcript"_s), qPrintable(banner));
        QVERIFY(banner.contains(path));
        QVERIFY2(banner.contains(u"Finished: Claude ended its turn (end_turn)"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"3 turn"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"2 tool calls (0 denied)"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"$0.0375"_s), qPrintable(banner));
        QVERIFY(!page.findChild<QLabel *>(u"skippedLinesLabel"_s)->isVisible());

        // Same models as a live run: the task, the answers and one card per call.
        QCOMPARE(page.toolCalls()->rowCount(), 2);
        QVERIFY(findRow(page.conversation(), Kind::User, u"Write fib.py"_s) == 0);
        QVERIFY(findRow(page.conversation(), Kind::AssistantText, u"Done: the sum is 45."_s) > 0);
        // The first call is shown at once: its script and its recorded output.
        QCOMPARE(page.selectedToolCall(), u"toolu_a"_s);
        QCOMPARE(scriptText(&page), u"python3 -c 'print(sum(range(10)))'"_s);
        QVERIFY(outputText(&page).contains(u"45"_s));
    }

    void selectingAToolCall_showsItsScriptAndRecordedOutput()
    {
        QTemporaryDir dir;
        TranscriptPage page;
        QVERIFY(openRecordedRun(page, dir));
        auto *list = page.findChild<QListView *>(u"conversationList"_s);
        QVERIFY(list);
        const int row = page.conversation()->rowForToolCall(u"toolu_b"_s);
        QVERIFY(row > 0);
        // As the user does it: click the card.
        const QModelIndex index = page.conversation()->index(row);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QCOMPARE(page.selectedToolCall(), u"toolu_b"_s);
        QCOMPARE(scriptText(&page), u"false"_s);
        QTRY_VERIFY(outputText(&page).contains(u"boom"_s));
        auto *exit = page.findChild<QLabel *>(u"exitLabel"_s);
        if (exit)
            QVERIFY(exit->text().contains(u"1"_s));
        // Keyboard navigation steps back to the first call.
        page.selectAdjacentToolCall(-1);
        QCOMPARE(page.selectedToolCall(), u"toolu_a"_s);
        QTRY_VERIFY(outputText(&page).contains(u"45"_s));
    }

    // Ctrl+F searches the pane with the focus (the output here), else the conversation; F3 on a
    // closed bar opens it first.
    void find_searchesTheFocusedPane_elseTheConversation()
    {
        QTemporaryDir dir;
        TranscriptPage page;
        QVERIFY(openRecordedRun(page, dir));
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.showToolCall(u"toolu_b"_s);
        QTRY_VERIFY(outputText(&page).contains(u"boom"_s));
        auto *bar = page.findChild<FindBar *>(u"findBar"_s);
        QVERIFY(bar);
        auto *output = page.findChild<QPlainTextEdit *>(u"outputText"_s);
        output->setFocus();
        QTRY_VERIFY(output->hasFocus());
        page.find();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->target(), output);
        bar->setText(u"boom"_s);
        page.findNext();
        QCOMPARE(output->textCursor().selectedText(), u"boom"_s);

        bar->hide();
        auto *list = page.findChild<QListView *>(u"conversationList"_s);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        page.findPrevious(); // the bar is closed: it opens, on the conversation
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->target(), list);
    }

    void interruptedRun_withTornLine_saysSoAndNamesTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.jsonl"_s);
        writeRun(path, false);
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"type\":\"sse\",\"da");
        f.close();
        TranscriptPage page;
        QSignalSpy loaded(&page, &TranscriptPage::loaded);
        page.open(path);
        QVERIFY(loaded.wait(20000));
        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(u"Interrupted"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"1 line"_s), qPrintable(banner));
        const int torn = page.loadJob()->warnings().first().line;
        QVERIFY(torn > 10);
        QVERIFY2(banner.contains(u"line %1: cut off"_s.arg(torn)), qPrintable(banner));
    }

    void hooks_bannerActionsAndSideTabs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.jsonl"_s);
        writeRun(path);
        TranscriptPage page;
        QAction resume(u"Resume"_s);
        QSignalSpy triggered(&resume, &QAction::triggered);
        page.addBannerAction(&resume);
        auto *button = page.findChild<QToolButton *>();
        QVERIFY(button);
        button->click();
        QCOMPARE(triggered.size(), 1);
        QVERIFY(page.sideTabs()->tabBar()->isHidden() || page.sideTabs()->count() == 1);
        const int index = page.addSideTab(new QLabel(u"inspector"_s), u"Inspector"_s);
        QCOMPARE(index, 1);
        QCOMPARE(page.sideTabs()->tabText(1), u"Inspector"_s);
    }

    void claudeCodeSession_showsTreeSidechainCompactionAndUnknownLines()
    {
        TranscriptPage page;
        QSignalSpy loaded(&page, &TranscriptPage::loaded);
        page.resize(1400, 800);
        page.show();
        page.open(fixture("-home-dev-src-calc/5b0c2f1e-0000-4000-8000-000000000001.jsonl"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page.source(), TranscriptPage::Source::ClaudeCode);
        QCOMPARE(page.title(), u"Add divide() to calc"_s);
        const QString banner = page.bannerText();
        QVERIFY2(banner.contains(u"Read-only Claude Code session"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"line 7: not valid JSON"_s), qPrintable(banner));
        QVERIFY2(banner.contains(u"1 compactions"_s) || banner.contains(u"1 compaction"_s),
                 qPrintable(banner));

        const ConversationModel *c = page.conversation();
        QVERIFY(findRow(c, Kind::Notice, u"Sub-agent agent-7"_s) > 0);
        QVERIFY(findRow(c, Kind::Notice, u"Conversation compacted"_s) > 0);
        const int unknown = findRow(c, Kind::Notice, u"telemetry-marker"_s);
        QVERIFY(unknown > 0);

        // The tree lists the unknown line too; selecting it shows the line as written.
        auto *tree = page.findChild<QTreeView *>(u"messageTree"_s);
        QVERIFY(tree);
        ClaudeCodeMessageModel *model = page.messageTree();
        QModelIndex unknownNode;
        for (int r = 0; r < model->rowCount() && !unknownNode.isValid(); ++r) {
            const QModelIndex i = model->index(r, 0);
            if (i.data(ClaudeCodeMessageModel::TypeRole).toString() == u"telemetry-marker"_s)
                unknownNode = i;
        }
        QVERIFY(unknownNode.isValid());
        tree->setCurrentIndex(unknownNode);
        auto *raw = page.findChild<QPlainTextEdit *>(u"rawJsonView"_s);
        QVERIFY(raw->toPlainText().contains(u"\"phase\""_s));
        // …and the conversation follows to the same line.
        QCOMPARE(page.findChild<QListView *>(u"conversationList"_s)->currentIndex().row(), unknown);

        // A Bash call shows its command and output like a live one.
        const int bash = page.toolCalls()->rowCount() - 1;
        page.showToolCall(page.toolCalls()->index(bash).data(ToolCallModel::IdRole).toString());
        QVERIFY(outputText(&page).contains(u"3 passed"_s));
    }

    void claudeCodeFork_otherBranchIsReachableFromTheTree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fork.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        auto line = [](const char *uuid, const char *parent, const char *type,
                       const char *text) -> QByteArray {
            const QByteArray content =
                qstrcmp(type, "user") == 0
                    ? QByteArray(QByteArray("\"") + text + "\"")
                    : QByteArray(QByteArray("[{\"type\":\"text\",\"text\":\"") + text + "\"}]");
            return QByteArray("{\"type\":\"") + type + "\",\"uuid\":\"" + uuid +
                   "\",\"parentUuid\":" + (parent ? QByteArray("\"") + parent + "\"" : QByteArray("null")) +
                   ",\"sessionId\":\"s\",\"message\":{\"role\":\"" + type + "\",\"id\":\"m" + uuid +
                   "\",\"content\":" + content + "}}\n";
        };
        f.write(line("u1", nullptr, "user", "hello") + line("a1", "u1", "assistant", "hi") +
                line("u2", "a1", "user", "first question") + line("a2", "u2", "assistant", "first answer") +
                line("u3", "a1", "user", "second question") + line("a3", "u3", "assistant", "second answer"));
        f.close();
        TranscriptPage page;
        QSignalSpy loaded(&page, &TranscriptPage::loaded);
        page.open(path);
        QVERIFY(loaded.wait(20000));
        QVERIFY(findRow(page.conversation(), Kind::AssistantText, u"second answer"_s) >= 0);
        QCOMPARE(findRow(page.conversation(), Kind::AssistantText, u"first answer"_s), -1);
        int other = -1;
        const ClaudeCodeSession *s = page.claudeCodeSession();
        for (int i = 0; i < s->entries.size(); ++i)
            if (s->entries.at(i).uuid == u"a2"_s)
                other = i;
        QVERIFY(other >= 0);
        // Selecting the other branch's node offers to show it; the button switches.
        auto *tree = page.findChild<QTreeView *>(u"messageTree"_s);
        tree->setCurrentIndex(page.messageTree()->indexForEntry(other));
        auto *show = page.findChild<QPushButton *>(u"showBranchButton"_s);
        QVERIFY(show->isEnabled());
        show->click();
        QVERIFY(findRow(page.conversation(), Kind::AssistantText, u"first answer"_s) >= 0);
        QCOMPARE(findRow(page.conversation(), Kind::AssistantText, u"second answer"_s), -1);
        QVERIFY(page.bannerText().contains(u"another branch"_s));
        page.findChild<QPushButton *>(u"activeBranchButton"_s)->click();
        QVERIFY(findRow(page.conversation(), Kind::AssistantText, u"second answer"_s) >= 0);
    }

    void sessionBrowser_listsProjectsAndOpensASession()
    {
        SessionBrowser browser;
        QSignalSpy chosen(&browser, &SessionBrowser::sessionChosen);
        QSignalSpy loaded(browser.model(), &ClaudeCodeSessionModel::loaded);
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setRoot(QStringLiteral(WB_TEST_DATA_DIR "/claude-code/projects"));
        QVERIFY(loaded.wait(20000) || !browser.model()->isLoading());
        QTRY_COMPARE(browser.model()->rowCount(), 2);
        QVERIFY2(browser.statusText().contains(u"3 session"_s), qPrintable(browser.statusText()));
        const QModelIndex session = browser.view()->currentIndex();
        QVERIFY(session.isValid());
        QVERIFY(!session.data(ClaudeCodeSessionModel::IsProjectRole).toBool());
        browser.findChild<QPushButton *>(u"openSessionButton"_s)->click();
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.first().first().toString().endsWith(u".jsonl"_s));
    }
};

QTEST_MAIN(tst_TranscriptPage)
#include "tst_transcriptpage.moc"
