// SPDX-License-Identifier: MIT
#include "conversationview.h"
#include "models/conversationmodel.h"

#include <QApplication>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Workbench;
using Kind = ConversationModel::Kind;

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

QTEST_MAIN(tst_ConversationView)

#include "tst_conversationview.moc"
