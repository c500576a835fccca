// SPDX-License-Identifier: MIT
#include "findbar.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTest>
#include <QVBoxLayout>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_findsNextAndPrevious_wrapping()
    {
        QWidget host;
        auto *text = new QPlainTextEdit(&host);
        text->setPlainText(u"alpha beta\ngamma beta\ndelta"_s);
        auto *bar = new FindBar(&host);
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(text);
        layout->addWidget(bar);
        bar->setTarget(text);
        host.show();
        bar->activate();
        QVERIFY(bar->isVisible());
        bar->setText(u"beta"_s);
        QVERIFY(bar->findNext());
        QCOMPARE(text->textCursor().selectionStart(), 6);
        QVERIFY(bar->findNext());
        QCOMPARE(text->textCursor().selectionStart(), 17);
        QVERIFY(bar->findNext()); // wraps to the first
        QCOMPARE(text->textCursor().selectionStart(), 6);
        QVERIFY(bar->findPrevious()); // wraps back to the last
        QCOMPARE(text->textCursor().selectionStart(), 17);
        bar->setText(u"BETA"_s);
        bar->setCaseSensitive(true);
        QVERIFY(!bar->findNext());
        QCOMPARE(bar->findChild<QLabel *>(u"findStatus"_s)->text().isEmpty(), false);
        QCOMPARE(text->textCursor().selectionStart(), 17); // a miss leaves the selection alone
    }

    void enterAndEscape_inTheField()
    {
        QWidget host;
        auto *text = new QPlainTextEdit(&host);
        text->setPlainText(u"one two one"_s);
        auto *bar = new FindBar(&host);
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(text);
        layout->addWidget(bar);
        bar->setTarget(text);
        host.show();
        QVERIFY(QTest::qWaitForWindowActive(&host));
        bar->activate();
        auto *edit = bar->findChild<QLineEdit *>(u"findEdit"_s);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, u"one"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectionStart(), 0);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(text->textCursor().selectionStart(), 8);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(text->textCursor().selectionStart(), 0);
        QSignalSpy closed(bar, &FindBar::closed);
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!bar->isVisible());
    }

    void itemView_selectsMatchingRows()
    {
        QStringListModel model({u"user: hello"_s, u"tool call: ls"_s, u"answer"_s, u"tool call: cat"_s});
        QListView view;
        view.setModel(&model);
        FindBar bar;
        bar.setTarget(&view);
        bar.setText(u"tool call"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(view.currentIndex().row(), 1);
        QVERIFY(bar.findNext());
        QCOMPARE(view.currentIndex().row(), 3);
        QVERIFY(bar.findNext());
        QCOMPARE(view.currentIndex().row(), 1);
        QVERIFY(bar.findPrevious());
        QCOMPARE(view.currentIndex().row(), 3);
        bar.setText(u"missing"_s);
        QVERIFY(!bar.findNext());
        QCOMPARE(view.currentIndex().row(), 3);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
