// SPDX-License-Identifier: MIT
// The approval inbox lists every waiting request across runs and gates, newest first, and loses
// a row however its request is answered.
#include "approval/approvalgate.h"
#include "models/approvalinboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Workbench;

class tst_ApprovalInboxModel : public QObject
{
    Q_OBJECT

    static ApprovalRequest req(const QString &runId, const QString &id, const QString &summary,
                               const QStringList &risks = {})
    {
        ApprovalRequest r;
        r.id = id;
        r.runId = runId;
        r.action.toolUseId = id;
        r.action.toolName = QStringLiteral("bash");
        r.action.ruleTool = QStringLiteral("Bash");
        r.action.summary = summary;
        r.reason = QStringLiteral("no rule allows this call");
        r.risks = risks;
        return r;
    }

    QDateTime m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

private Q_SLOTS:
    void requestsFromManyRuns_listedNewestFirst()
    {
        ApprovalGate gateA, gateB;
        ApprovalInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([this] { return m_now; });
        model.watch(&gateA);
        model.watch(&gateB);
        model.setRunName(QStringLiteral("r1"), QStringLiteral("Fibonacci"));

        gateA.request(req(QStringLiteral("r1"), QStringLiteral("t1"), QStringLiteral("make")));
        m_now = m_now.addSecs(5);
        gateB.request(req(QStringLiteral("r2"), QStringLiteral("t1"), QStringLiteral("rm -rf build"),
                          {QStringLiteral("deletes whole directory trees")}));
        m_now = m_now.addSecs(70);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ApprovalInboxModel::ColumnCount));
        // Row 0 is the newest question (r2's), row 1 the older one (r1's).
        QCOMPARE(model.index(0, ApprovalInboxModel::RunColumn).data().toString(), QStringLiteral("r2"));
        QCOMPARE(model.index(1, ApprovalInboxModel::RunColumn).data().toString(),
                 QStringLiteral("Fibonacci"));
        QCOMPARE(model.index(1, ApprovalInboxModel::ToolColumn).data().toString(), QStringLiteral("Bash"));
        QCOMPARE(model.index(0, ApprovalInboxModel::SummaryColumn).data().toString(),
                 QStringLiteral("rm -rf build"));
        QCOMPARE(model.index(0, ApprovalInboxModel::RiskColumn).data().toString(),
                 QStringLiteral("deletes whole directory trees"));
        QVERIFY(model.index(1, ApprovalInboxModel::RiskColumn).data().toString().isEmpty());
        QCOMPARE(model.index(1, 0).data(ApprovalInboxModel::WaitingSecondsRole).toLongLong(), 75);
        QCOMPARE(model.index(0, ApprovalInboxModel::WaitingColumn).data().toString(),
                 ApprovalInboxModel::waitingText(70));
        QVERIFY(model.index(0, 0).data(ApprovalInboxModel::RequestedAtRole).toDateTime() >
                model.index(1, 0).data(ApprovalInboxModel::RequestedAtRole).toDateTime());
        // The same tool_use id in two runs is two rows, each answered by its own gate.
        QCOMPARE(model.rowFor(QStringLiteral("r2"), QStringLiteral("t1")), 0);
        QCOMPARE(model.rowFor(QStringLiteral("r1"), QStringLiteral("t1")), 1);

        // A third question goes on top; the others move down in order.
        gateA.request(req(QStringLiteral("r1"), QStringLiteral("t2"), QStringLiteral("make test")));
        QCOMPARE(model.index(0, 0).data(ApprovalInboxModel::IdRole).toString(), QStringLiteral("t2"));
        QCOMPARE(model.index(1, 0).data(ApprovalInboxModel::RunIdRole).toString(), QStringLiteral("r2"));
        QCOMPARE(model.index(2, 0).data(ApprovalInboxModel::RunIdRole).toString(), QStringLiteral("r1"));
        QCOMPARE(model.firstRowForRun(QStringLiteral("r1")), 0); // its newest question
    }

    void answeredAnywhere_rowGoes_andRunBadgeFollows()
    {
        ApprovalGate gate;
        ApprovalInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.watch(&gate);
        QSignalSpy pending(&model, &ApprovalInboxModel::runPendingChanged);
        gate.request(req(QStringLiteral("r1"), QStringLiteral("a"), QStringLiteral("one")));
        gate.request(req(QStringLiteral("r1"), QStringLiteral("b"), QStringLiteral("two")));
        gate.request(req(QStringLiteral("r2"), QStringLiteral("c"), QStringLiteral("three")));
        QCOMPARE(pending.count(), 2); // r1 and r2 became pending once each
        QVERIFY(model.hasPendingForRun(QStringLiteral("r1")));

        gate.approve(QStringLiteral("a")); // e.g. from the dialog
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.firstRowForRun(QStringLiteral("r1")), 1); // below r2's newer "c"
        gate.withdraw(QStringLiteral("b"));                      // the run was cancelled
        QVERIFY(!model.hasPendingForRun(QStringLiteral("r1")));
        QCOMPARE(pending.last().at(0).toString(), QStringLiteral("r1"));
        QCOMPARE(pending.last().at(1).toBool(), false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ApprovalInboxModel::IdRole).toString(), QStringLiteral("c"));
    }

    void approveAndDeny_forwardToTheAskingGate_inAnyOrder()
    {
        ApprovalGate gateA, gateB;
        ApprovalInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.watch(&gateA);
        model.watch(&gateB);
        QSignalSpy answeredA(&gateA, &ApprovalGate::answered);
        QSignalSpy answeredB(&gateB, &ApprovalGate::answered);
        gateA.request(req(QStringLiteral("r1"), QStringLiteral("x"), QStringLiteral("first")));
        gateB.request(req(QStringLiteral("r2"), QStringLiteral("y"), QStringLiteral("second")));

        // The newer one (on top) first.
        QVERIFY(model.deny(0, QStringLiteral("not now")));
        QCOMPARE(answeredA.count(), 0);
        QCOMPARE(answeredB.count(), 1);
        const auto denial = answeredB.takeFirst().at(1).value<ApprovalAnswer>();
        QVERIFY(!denial.approved);
        QCOMPARE(denial.message, QStringLiteral("not now"));
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(model.approve(0));
        QCOMPARE(answeredA.count(), 1);
        QVERIFY(answeredA.takeFirst().at(1).value<ApprovalAnswer>().approved);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.approve(0)); // nothing left to answer
    }

    void alreadyPending_listedWhenWatched_andGateDestroyed_dropsRows()
    {
        auto *gate = new ApprovalGate;
        gate->request(req(QStringLiteral("r1"), QStringLiteral("early"), QStringLiteral("before")));
        ApprovalInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.watch(gate);
        QCOMPARE(model.rowCount(), 1);
        delete gate;
        QCOMPARE(model.rowCount(), 0);
    }

    void waitingText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(12) << "12 s";
        QTest::newRow("minutes") << qint64(185) << "3 min";
        QTest::newRow("hours") << qint64(3900) << "1 h 5 min";
        QTest::newRow("clock skew") << qint64(-3) << "0 s";
    }
    void waitingText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ApprovalInboxModel::waitingText(seconds), text);
    }
};

QTEST_GUILESS_MAIN(tst_ApprovalInboxModel)
#include "tst_approvalinboxmodel.moc"
