// SPDX-License-Identifier: MIT
// The approval inbox widget, offscreen: keyboard-driven, answers go to the asking gate, and
// nothing is answered unless the user acts.
#include "approval/approvalgate.h"
#include "approvaldialog.h"
#include "approvalinbox.h"
#include "models/approvalinboxmodel.h"

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Workbench;

class tst_ApprovalInbox : public QObject
{
    Q_OBJECT

    static ApprovalRequest req(const QString &runId, const QString &id, const QString &summary)
    {
        ApprovalRequest r;
        r.id = id;
        r.runId = runId;
        r.action.toolUseId = id;
        r.action.toolName = QStringLiteral("run_script");
        r.action.ruleTool = QStringLiteral("RunScript");
        r.action.summary = summary;
        r.reason = QStringLiteral("no rule allows this call");
        return r;
    }

private Q_SLOTS:
    void keyboard_enterOpens_ctrlEnterApproves_deleteDenies()
    {
        ApprovalGate gate;
        ApprovalInboxModel model;
        model.watch(&gate);
        ApprovalInbox inbox(&model);
        inbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inbox));
        QSignalSpy open(&inbox, &ApprovalInbox::openRequested);
        QSignalSpy answered(&gate, &ApprovalGate::answered);

        gate.request(req(QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("first")));
        gate.request(req(QStringLiteral("r2"), QStringLiteral("b"), QStringLiteral("second")));
        gate.request(req(QStringLiteral("r3"), QStringLiteral("c"), QStringLiteral("third")));
        QTreeView *view = inbox.view();
        QCOMPARE(view->model()->rowCount(), 3);
        // Newest on top and selected while the user is elsewhere.
        QCOMPARE(view->model()->index(0, 0).data(ApprovalInboxModel::IdRole).toString(), QStringLiteral("c"));
        QCOMPARE(inbox.currentRow(), 0);
        view->setFocus();

        QTest::keyClick(view, Qt::Key_Down); // the next older
        QCOMPARE(inbox.currentRow(), 1);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.takeFirst().at(0).toInt(), 1);
        QCOMPARE(answered.count(), 0); // opening answers nothing

        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toString(), QStringLiteral("b"));
        QVERIFY(answered.at(0).at(1).value<ApprovalAnswer>().approved);
        QCOMPARE(model.rowCount(), 2);

        inbox.setCurrentRow(1);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(answered.count(), 2);
        QCOMPARE(answered.at(1).at(0).toString(), QStringLiteral("a"));
        QVERIFY(!answered.at(1).at(1).value<ApprovalAnswer>().approved);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(gate.isPending(QStringLiteral("c")));
    }

    // While the user works in the inbox, a newer question goes on top without moving their
    // selection: the key they press answers the call they were looking at.
    void newerQuestion_whileInTheInbox_keepsTheSelectionOnTheChosenCall()
    {
        ApprovalGate gate;
        ApprovalInboxModel model;
        model.watch(&gate);
        ApprovalInbox inbox(&model);
        inbox.show();
        QApplication::setActiveWindow(&inbox);
        QVERIFY(QTest::qWaitForWindowActive(&inbox));
        QSignalSpy answered(&gate, &ApprovalGate::answered);
        gate.request(req(QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("older")));
        gate.request(req(QStringLiteral("r2"), QStringLiteral("b"), QStringLiteral("newer")));
        QTreeView *view = inbox.view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        inbox.setCurrentRow(1); // "a"
        gate.request(req(QStringLiteral("r3"), QStringLiteral("c"), QStringLiteral("newest")));
        QCOMPARE(model.index(0, 0).data(ApprovalInboxModel::IdRole).toString(), QStringLiteral("c"));
        QCOMPARE(inbox.currentRow(), 2);
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.at(0).at(0).toString(), QStringLiteral("a"));
        QVERIFY(gate.isPending(QStringLiteral("b")) && gate.isPending(QStringLiteral("c")));
    }

    void buttons_followTheSelection_andDisableWhenEmpty()
    {
        ApprovalGate gate;
        ApprovalInboxModel model;
        model.watch(&gate);
        ApprovalInbox inbox(&model);
        auto *approve = inbox.findChild<QPushButton *>(QStringLiteral("inboxApproveButton"));
        auto *deny = inbox.findChild<QPushButton *>(QStringLiteral("inboxDenyButton"));
        auto *openButton = inbox.findChild<QPushButton *>(QStringLiteral("inboxOpenButton"));
        QVERIFY(approve && deny && openButton);
        QVERIFY(!approve->isEnabled());

        gate.request(req(QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("first")));
        QVERIFY(approve->isEnabled());
        QSignalSpy open(&inbox, &ApprovalInbox::openRequested);
        openButton->click();
        QCOMPARE(open.count(), 1);
        QVERIFY(gate.isPending(QStringLiteral("a")));
        approve->click();
        QVERIFY(!gate.isPending(QStringLiteral("a")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!approve->isEnabled());
        QVERIFY(!deny->isEnabled());
    }

    void withdrawnRequest_leavesTheInbox_withoutAnAnswer()
    {
        ApprovalGate gate;
        ApprovalInboxModel model;
        model.watch(&gate);
        ApprovalInbox inbox(&model);
        QSignalSpy answered(&gate, &ApprovalGate::answered);
        gate.request(req(QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("first")));
        gate.withdraw(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inbox.currentRow(), -1);
        inbox.approveCurrent(); // nothing selected: nothing happens
        QCOMPARE(answered.count(), 0);
    }

    // The dialog next to the inbox: "Later" answers nothing, an answer given in the inbox closes
    // a shown dialog without a second answer, and dismissing a dialog denies — never approves.
    void dialog_laterLeavesItWaiting_inboxAnswerClosesIt_dismissDenies()
    {
        ApprovalGate gate;
        ApprovalInboxModel model;
        model.watch(&gate);
        QWidget parent;
        parent.show();
        QSignalSpy answered(&gate, &ApprovalGate::answered);
        gate.request(req(QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("first")));

        QPointer<ApprovalDialog> later = ApprovalDialog::openFor(model.request(0), &gate, nullptr, &parent);
        auto *laterButton = later->findChild<QPushButton *>(QStringLiteral("laterButton"));
        QVERIFY(laterButton);
        QTRY_VERIFY(later->isArmed());
        laterButton->click();
        QTRY_VERIFY(later.isNull() || !later->isVisible());
        QCOMPARE(answered.count(), 0);
        QCOMPARE(model.rowCount(), 1);

        QPointer<ApprovalDialog> shown = ApprovalDialog::openFor(model.request(0), &gate, nullptr, &parent);
        QVERIFY(model.approve(0));
        QTRY_VERIFY(shown.isNull() || !shown->isVisible());
        QCOMPARE(answered.count(), 1);
        QVERIFY(answered.at(0).at(1).value<ApprovalAnswer>().approved);

        gate.request(req(QStringLiteral("r1"), QStringLiteral("b"), QStringLiteral("second")));
        QPointer<ApprovalDialog> dismissed =
            ApprovalDialog::openFor(model.request(0), &gate, nullptr, &parent);
        dismissed->reject(); // Escape or the window's close button
        QCOMPARE(answered.count(), 2);
        QCOMPARE(answered.at(1).at(0).toString(), QStringLiteral("b"));
        QVERIFY(!answered.at(1).at(1).value<ApprovalAnswer>().approved);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_ApprovalInbox)
#include "tst_approvalinbox.moc"
