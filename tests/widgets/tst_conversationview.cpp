// SPDX-License-Identifier: MIT
#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "conversationview.h"
#include "fakemessagesserver.h"
#include "llm/anthropicprovider.h"
#include "llm/ssewriter.h"
#include "models/conversationmodel.h"
#include "sandbox/unsandboxedrunner.h"
#include "testmessages.h"
#include "transcript/transcriptwriter.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Workbench;
using Kind = ConversationModel::Kind;

namespace {

QJsonObject textMessage(const QString &text, const QString &stopReason)
{
    return TestSupport::assistantMessage(
        {TestSupport::textBlock(text)}, stopReason,
        {.id = QStringLiteral("msg_view"), .inputTokens = 100, .outputTokens = 20});
}

// A 200 stream that breaks off with an overloaded_error after some text.
FakeMessagesServer::Response brokenStream(const QString &partialText)
{
    QJsonObject start = textMessage({}, {});
    start.insert(QStringLiteral("content"), QJsonArray{});
    start.insert(QStringLiteral("stop_reason"), QJsonValue::Null);
    const auto ev = [](const QString &name, const QJsonObject &data) { return SseWriter::event(name, data); };
    FakeMessagesServer::Response r;
    r.headers = {{"content-type", "text/event-stream"}};
    r.body =
        ev(QStringLiteral("message_start"),
           {{QStringLiteral("type"), QStringLiteral("message_start")}, {QStringLiteral("message"), start}}) +
        ev(QStringLiteral("content_block_start"),
           {{QStringLiteral("type"), QStringLiteral("content_block_start")},
            {QStringLiteral("index"), 0},
            {QStringLiteral("content_block"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                          {QStringLiteral("text"), QString()}}}}) +
        ev(QStringLiteral("content_block_delta"),
           {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
            {QStringLiteral("index"), 0},
            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                  {QStringLiteral("text"), partialText}}}}) +
        ev(QStringLiteral("error"),
           {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("overloaded_error")},
                         {QStringLiteral("message"), QStringLiteral("Overloaded")}}}});
    return r;
}

// A real AgentRun against the fake Messages server, in plan mode so nothing runs on the host.
struct LiveRun
{
    FakeMessagesServer server;
    QNetworkAccessManager nam;
    QTemporaryDir dir;
    std::unique_ptr<UnsandboxedRunner> sandbox;
    ApprovalGate gate;
    TranscriptWriter transcript;
    std::unique_ptr<AnthropicProvider> provider;
    std::unique_ptr<AgentRun> run;

    bool prepare()
    {
        nam.setProxy(QNetworkProxy::NoProxy);
        const QString ws = dir.filePath(QStringLiteral("ws"));
        if (!dir.isValid() || !server.listen() || !QDir().mkpath(ws))
            return false;
        auto runner = UnsandboxedRunner::create(ws);
        if (!runner || !transcript.open(dir.filePath(QStringLiteral("t.jsonl"))).ok())
            return false;
        sandbox = std::move(*runner);
        AnthropicConfig config;
        config.baseUrl = server.baseUrl();
        config.apiKey = QStringLiteral("sk-ant-view");
        config.actualDelay = [](int) { return 0; };
        provider = std::make_unique<AnthropicProvider>(config, &nam);
        RunConfig rc;
        rc.model = QStringLiteral("claude-sonnet-4-6");
        rc.maxTurns = 5;
        rc.policy.setMode(PermissionMode::Plan);
        run = std::make_unique<AgentRun>(rc, provider.get(), sandbox.get(), &gate, &transcript);
        return true;
    }

    QStringList rows(Kind kind) const
    {
        QStringList out;
        ConversationModel *c = run->conversation();
        for (int r = 0; r < c->rowCount(); ++r) {
            const QModelIndex i = c->index(r);
            if (Kind(i.data(ConversationModel::KindRole).toInt()) == kind)
                out.append(i.data(ConversationModel::TextRole).toString());
        }
        return out;
    }
};

} // namespace

class tst_ConversationView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rowsFromModel_appearInTheList();
    void streamingText_growsTheRowHeight();
    void narrowerView_makesWrappedRowsTaller();
    void clickingToolCall_emitsToolCallSelectedWithItsId();
    void keyboardSelection_emitsToolCallSelected();
    void clickingNonToolItem_emitsNothing();
    void clickingCurrentToolCallAgain_emitsAgain();
    void selectToolCall_selectsItWithoutEmitting();
    void newItems_scrollToBottom_unlessUserScrolledUp();
    void thinking_isFoldedByDefault_andAClickUnfoldsIt();
    void turnUsage_addsAFooterLine();
    void maxTokens_offersContinue_andClickingItContinuesTheRun();
    void midStreamError_offersRetry_andClickingItRetriesTheTurn();

private:
    ConversationModel *m_model = nullptr;
    ConversationView *m_view = nullptr;
    QListView *m_list = nullptr;
};

void tst_ConversationView::init()
{
    m_model = new ConversationModel;
    m_model->append(Kind::User, QStringLiteral("Compute the first 20 Fibonacci numbers"), 0);
    m_model->append(Kind::Thinking, QStringLiteral("A short script will do."), 1);
    m_model->append(Kind::AssistantText, QStringLiteral("I'll write a Python script."), 1);
    const int tool = m_model->append(Kind::ToolCall, QStringLiteral("Run python script (6 lines)"), 1,
                                     QStringLiteral("toolu_A"));
    m_model->setStatus(tool, QStringLiteral("running"));
    m_model->append(Kind::Notice, QStringLiteral("Turn 1 finished"), 1);
    m_model->append(Kind::ToolCall, QStringLiteral("Run bash command"), 2, QStringLiteral("toolu_B"));
    m_model->append(Kind::Error, QStringLiteral("The API returned 529 overloaded"), 2);

    m_view = new ConversationView;
    m_view->setModel(m_model);
    m_view->resize(420, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_list = m_view->findChild<QListView *>(QStringLiteral("conversationList"));
    QVERIFY(m_list);
}

void tst_ConversationView::cleanup()
{
    delete m_view;
    delete m_model;
}

void tst_ConversationView::rowsFromModel_appearInTheList()
{
    QCOMPARE(m_list->model(), m_model);
    QCOMPARE(m_list->model()->rowCount(), 7);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QRect rect = m_list->visualRect(m_model->index(row));
        QVERIFY2(rect.height() > 10, qPrintable(QString::number(row)));
        if (row > 0)
            QVERIFY(rect.top() >= m_list->visualRect(m_model->index(row - 1)).bottom());
    }
    const int appended = m_model->append(Kind::AssistantText, QStringLiteral("Done."), 2);
    QCOMPARE(m_list->model()->rowCount(), 8);
    QTRY_VERIFY(m_list->visualRect(m_model->index(appended)).height() > 10);
}

void tst_ConversationView::streamingText_growsTheRowHeight()
{
    const int row = m_model->append(Kind::AssistantText, QStringLiteral("Here"), 2);
    const QModelIndex index = m_model->index(row);
    QTRY_VERIFY(m_list->visualRect(index).height() > 0);
    const int before = m_list->visualRect(index).height();
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    const int hintBefore = m_list->itemDelegate()->sizeHint(option, index).height();

    for (int i = 0; i < 40; ++i)
        m_model->appendText(row, QStringLiteral(" is some more streamed text"));
    QTRY_VERIFY(m_list->visualRect(index).height() > before + 40);
    QVERIFY(m_list->itemDelegate()->sizeHint(option, index).height() > hintBefore + 40);

    // Lines the model sends as separate paragraphs count as well.
    const int grown = m_list->visualRect(index).height();
    m_model->appendText(row, QStringLiteral("\n\n\nend"));
    QTRY_VERIFY(m_list->visualRect(index).height() > grown);
}

void tst_ConversationView::narrowerView_makesWrappedRowsTaller()
{
    const int row =
        m_model->append(Kind::AssistantText, QStringLiteral("word ").repeated(60) + QStringLiteral("end"), 2);
    const QModelIndex index = m_model->index(row);
    QTRY_VERIFY(m_list->visualRect(index).height() > 0);
    const int wide = m_list->visualRect(index).height();
    m_view->resize(220, 600);
    QTRY_VERIFY(m_list->visualRect(index).height() > wide);
    QVERIFY(m_list->visualRect(index).width() <= m_list->viewport()->width());
}

void tst_ConversationView::clickingToolCall_emitsToolCallSelectedWithItsId()
{
    QSignalSpy spy(m_view, &ConversationView::toolCallSelected);
    const QModelIndex tool = m_model->index(m_model->rowForToolCall(QStringLiteral("toolu_A")));
    m_list->scrollTo(tool);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(tool).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("toolu_A"));
    QCOMPARE(m_list->currentIndex(), tool);
}

void tst_ConversationView::keyboardSelection_emitsToolCallSelected()
{
    QSignalSpy spy(m_view, &ConversationView::toolCallSelected);
    m_list->setFocus();
    m_list->setCurrentIndex(m_model->index(4)); // the notice after the first tool call
    spy.clear();
    QTest::keyClick(m_list, Qt::Key_Down);
    QCOMPARE(m_list->currentIndex().row(), 5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("toolu_B"));
    QTest::keyClick(m_list, Qt::Key_Up);
    QTest::keyClick(m_list, Qt::Key_Up);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("toolu_A"));
}

void tst_ConversationView::clickingNonToolItem_emitsNothing()
{
    QSignalSpy spy(m_view, &ConversationView::toolCallSelected);
    const QModelIndex user = m_model->index(0);
    m_list->scrollTo(user);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(user).center());
    QCOMPARE(m_list->currentIndex(), user);
    QCOMPARE(spy.count(), 0);
}

void tst_ConversationView::clickingCurrentToolCallAgain_emitsAgain()
{
    QSignalSpy spy(m_view, &ConversationView::toolCallSelected);
    const QModelIndex tool = m_model->index(m_model->rowForToolCall(QStringLiteral("toolu_B")));
    m_list->scrollTo(tool);
    const QPoint at = m_list->visualRect(tool).center();
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("toolu_B"));
}

void tst_ConversationView::selectToolCall_selectsItWithoutEmitting()
{
    QSignalSpy spy(m_view, &ConversationView::toolCallSelected);
    m_view->selectToolCall(QStringLiteral("toolu_B"));
    const QModelIndex tool = m_model->index(m_model->rowForToolCall(QStringLiteral("toolu_B")));
    QCOMPARE(m_list->currentIndex(), tool);
    QVERIFY(m_list->selectionModel()->isSelected(tool));
    QCOMPARE(spy.count(), 0);

    m_view->selectToolCall(QStringLiteral("no-such-id"));
    QCOMPARE(m_list->currentIndex(), tool);
}

void tst_ConversationView::newItems_scrollToBottom_unlessUserScrolledUp()
{
    QScrollBar *bar = m_list->verticalScrollBar();
    for (int i = 0; i < 30; ++i)
        m_model->append(Kind::AssistantText, QStringLiteral("Paragraph %1 of a long answer.").arg(i), 3);
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // Streaming into the last row keeps the bottom in view.
    const int last = m_model->rowCount() - 1;
    const int maxBefore = bar->maximum();
    m_model->appendText(last, QStringLiteral(" More words.").repeated(30));
    QTRY_VERIFY(bar->maximum() > maxBefore);
    QTRY_COMPARE(bar->value(), bar->maximum());

    // The user scrolls up: new content must not yank the view.
    bar->setValue(0);
    const QModelIndex lastIndex = m_model->index(last);
    const int lastHeight = m_list->visualRect(lastIndex).height();
    const int maxWhileReading = bar->maximum();
    m_model->append(Kind::AssistantText, QStringLiteral("Another paragraph."), 3);
    m_model->appendText(last, QStringLiteral(" Even more.").repeated(20));
    QTRY_VERIFY(m_list->visualRect(lastIndex).height() > lastHeight);
    QTRY_VERIFY(bar->maximum() > maxWhileReading);
    QCOMPARE(bar->value(), 0);

    // Back at the bottom, following resumes.
    bar->setValue(bar->maximum());
    m_model->append(Kind::AssistantText, QStringLiteral("Final words."), 3);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QTRY_VERIFY(m_list->visualRect(m_model->index(m_model->rowCount() - 1)).bottom() <=
                m_list->viewport()->height());
}

void tst_ConversationView::thinking_isFoldedByDefault_andAClickUnfoldsIt()
{
    const int row = m_model->append(
        Kind::Thinking, QStringLiteral("first thought\n") + QStringLiteral("more reasoning ").repeated(80),
        2);
    const QModelIndex index = m_model->index(row);
    QVERIFY(index.data(ConversationModel::CollapsedRole).toBool());
    m_list->scrollTo(index);
    QTRY_VERIFY(m_list->visualRect(index).height() > 0);
    const int folded = m_list->visualRect(index).height();
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualRect(index).center());
    QVERIFY(!index.data(ConversationModel::CollapsedRole).toBool());
    QTRY_VERIFY(m_list->visualRect(index).height() > folded + 40);
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {},
                      m_list->visualRect(index).topLeft() + QPoint(20, 12));
    QVERIFY(index.data(ConversationModel::CollapsedRole).toBool());
    QTRY_COMPARE(m_list->visualRect(index).height(), folded);
}

void tst_ConversationView::turnUsage_addsAFooterLine()
{
    const int row = m_model->append(Kind::AssistantText, QStringLiteral("Answer"), 3);
    const QModelIndex index = m_model->index(row);
    QTRY_VERIFY(m_list->visualRect(index).height() > 0);
    const int before = m_list->visualRect(index).height();
    m_model->setTurnUsage(3, QJsonObject{{QStringLiteral("input_tokens"), 10},
                                         {QStringLiteral("cache_read_input_tokens"), 9000}});
    QCOMPARE(index.data(ConversationModel::TurnUsageRole)
                 .toJsonObject()
                 .value(QStringLiteral("cache_read_input_tokens"))
                 .toInt(),
             9000);
    QTRY_VERIFY(m_list->visualRect(index).height() > before);
}

void tst_ConversationView::maxTokens_offersContinue_andClickingItContinuesTheRun()
{
    LiveRun live;
    QVERIFY(live.prepare());
    live.server.enqueueMessage(
        textMessage(QStringLiteral("The first half of the answer"), QStringLiteral("max_tokens")));
    live.server.enqueueMessage(
        textMessage(QStringLiteral(" and the second half."), QStringLiteral("end_turn")));
    m_view->attachRun(live.run.get());
    QCOMPARE(m_list->model(), live.run->conversation());
    auto *bar = m_view->findChild<QWidget *>(QStringLiteral("conversationActions"));
    auto *continueButton = m_view->findChild<QPushButton *>(QStringLiteral("continueRunButton"));
    auto *retryButton = m_view->findChild<QPushButton *>(QStringLiteral("retryTurnButton"));
    QVERIFY(bar && continueButton && retryButton);
    QVERIFY(!bar->isVisible());

    QSignalSpy finished(live.run.get(), &AgentRun::finished);
    live.run->start(QStringLiteral("Explain it at length"));
    QVERIFY(!bar->isVisible()); // nothing to offer while the run is busy
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(live.run->stopReason(), QStringLiteral("max_tokens"));
    QTRY_VERIFY(continueButton->isVisible());
    QVERIFY(!retryButton->isVisible());
    QCOMPARE(live.server.requests().size(), 1);

    QTest::mouseClick(continueButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(live.run->stopReason(), QStringLiteral("end_turn"));
    QCOMPARE(live.server.requests().size(), 2);
    // The second request carries the cut-off answer, so Claude goes on from there.
    const QJsonArray sent = live.server.requests().at(1).json().value(QStringLiteral("messages")).toArray();
    QCOMPARE(sent.at(1)
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("The first half of the answer"));
    QCOMPARE(live.rows(Kind::AssistantText), (QStringList{QStringLiteral("The first half of the answer"),
                                                          QStringLiteral(" and the second half.")}));
    QTRY_VERIFY(!bar->isVisible());
    m_view->attachRun(nullptr);
}

void tst_ConversationView::midStreamError_offersRetry_andClickingItRetriesTheTurn()
{
    LiveRun live;
    QVERIFY(live.prepare());
    live.server.enqueue(brokenStream(QStringLiteral("Let me start by reading the")));
    live.server.enqueueMessage(textMessage(QStringLiteral("The whole answer."), QStringLiteral("end_turn")));
    m_view->attachRun(live.run.get());
    auto *bar = m_view->findChild<QWidget *>(QStringLiteral("conversationActions"));
    auto *continueButton = m_view->findChild<QPushButton *>(QStringLiteral("continueRunButton"));
    auto *retryButton = m_view->findChild<QPushButton *>(QStringLiteral("retryTurnButton"));
    QVERIFY(bar && continueButton && retryButton);

    QSignalSpy finished(live.run.get(), &AgentRun::finished);
    live.run->start(QStringLiteral("Read the project"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(live.run->stopReason(), QStringLiteral("error"));
    QTRY_VERIFY(retryButton->isVisible());
    QVERIFY(!continueButton->isVisible());
    // Never a silent retry: one request until the user asks; what arrived stays shown.
    QCOMPARE(live.server.requests().size(), 1);
    QCOMPARE(live.rows(Kind::AssistantText), QStringList{QStringLiteral("Let me start by reading the")});
    QCOMPARE(live.rows(Kind::Error).size(), 1);

    QTest::mouseClick(retryButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QCOMPARE(live.run->stopReason(), QStringLiteral("end_turn"));
    QCOMPARE(live.server.requests().size(), 2);
    QCOMPARE(live.server.requests().at(1).json(), live.server.requests().at(0).json());
    QCOMPARE(live.rows(Kind::AssistantText), (QStringList{QStringLiteral("Let me start by reading the"),
                                                          QStringLiteral("The whole answer.")}));
    QTRY_VERIFY(!bar->isVisible());
    m_view->attachRun(nullptr);
}

QTEST_MAIN(tst_ConversationView)

#include "tst_conversationview.moc"
