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

namespace {

// A window with a conversation-like list, an output-like text, another field and the bar below
// them, as a page lays them out; the bar searches the text.
struct Page
{
    explicit Page(const QString &plainText, const QStringList &rows = {})
        : model(rows)
    {
        list = new QListView(&host);
        list->setModel(&model);
        text = new QPlainTextEdit(&host);
        text->setPlainText(plainText);
        elsewhere = new QLineEdit(&host);
        bar = new FindBar(&host);
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(list);
        layout->addWidget(text);
        layout->addWidget(elsewhere);
        layout->addWidget(bar);
        bar->setTarget(text);
        host.show();
    }

    QStringListModel model;
    QWidget host;
    QListView *list;
    QPlainTextEdit *text;
    QLineEdit *elsewhere; ///< a field outside the panes
    FindBar *bar;
};

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_findsNextAndPrevious_wrapping()
    {
        Page page(u"alpha beta\ngamma beta\ndelta"_s);
        FindBar *bar = page.bar;
        QPlainTextEdit *text = page.text;
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
        Page page(u"one two one"_s);
        FindBar *bar = page.bar;
        QPlainTextEdit *text = page.text;
        QVERIFY(QTest::qWaitForWindowActive(&page.host));
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

    // Ctrl+F / F3 on a page: the bar takes the pane with the focus, else the first (default) pane;
    // from within the bar it keeps its pane; F3 opens the bar while it is hidden or empty.
    void open_takesTheFocusedPane_findNextOrOpen()
    {
        Page page(u"tool call in the output"_s, {u"user: hello"_s, u"tool call: ls"_s});
        FindBar *bar = page.bar;
        const QList<QWidget *> panes{page.list, page.text};
        QVERIFY(QTest::qWaitForWindowActive(&page.host));
        auto *edit = bar->findChild<QLineEdit *>(u"findEdit"_s);

        page.text->setFocus();
        QTRY_VERIFY(page.text->hasFocus());
        bar->open(panes);
        QCOMPARE(bar->target(), page.text);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(edit->hasFocus());
        bar->open(panes); // Ctrl+F again, in the bar
        QCOMPARE(bar->target(), page.text);

        bar->hide();
        page.list->setFocus();
        QTRY_VERIFY(page.list->hasFocus());
        bar->setText(u"tool call"_s);
        bar->findNextOrOpen(panes); // hidden: opens on the focused list, finds nothing yet
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->target(), page.list);
        QVERIFY(page.list->currentIndex().row() != 1);
        bar->findNextOrOpen(panes);
        QCOMPARE(page.list->currentIndex().row(), 1);
        bar->findPreviousOrOpen(panes); // wraps around to the only match
        QCOMPARE(page.list->currentIndex().row(), 1);

        bar->setText(QString());
        bar->hide();
        page.text->setFocus();
        QTRY_VERIFY(page.text->hasFocus());
        bar->setTarget(page.list);
        bar->findPreviousOrOpen(panes); // empty: opens, on the pane with the focus
        QCOMPARE(bar->target(), page.text);

        bar->hide();
        page.elsewhere->setFocus();
        QTRY_VERIFY(page.elsewhere->hasFocus());
        bar->open(panes); // no pane has the focus: the default one
        QCOMPARE(bar->target(), page.list);
        bar->hide();
        page.elsewhere->setFocus();
        QTRY_VERIFY(page.elsewhere->hasFocus());
        bar->setTarget(page.text);
        bar->open({nullptr, page.list}); // no default pane: the bar keeps its own
        QCOMPARE(bar->target(), page.text);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
