// SPDX-License-Identifier: MIT
// The terminal prompt: answers are read from stdin (a pipe stands in for the terminal here).
#include "approval/approvalgate.h"
#include "approval/headlessapprover.h"

#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace Workbench;

class tst_HeadlessApprover : public QObject
{
    Q_OBJECT

    int m_savedStdin = -1;
    int m_writeEnd = -1;

    static ApprovalRequest bashRequest(const QString &id, const QString &command)
    {
        ApprovalRequest r;
        r.id = id;
        r.action.toolUseId = id;
        r.action.toolName = QStringLiteral("bash");
        r.action.ruleTool = QStringLiteral("Bash");
        r.action.ruleSubject = command;
        r.action.script = command;
        r.action.summary = command;
        r.reason = QStringLiteral("no rule allows this call");
        return r;
    }

    void type(const QByteArray &text)
    {
        QCOMPARE(::write(m_writeEnd, text.constData(), text.size()), text.size());
    }

private Q_SLOTS:
    void init()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        m_savedStdin = ::dup(STDIN_FILENO);
        QVERIFY(::dup2(fds[0], STDIN_FILENO) >= 0);
        ::close(fds[0]);
        m_writeEnd = fds[1];
    }
    void cleanup()
    {
        ::close(m_writeEnd);
        ::dup2(m_savedStdin, STDIN_FILENO);
        ::close(m_savedStdin);
    }

    void answers_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("edited");
        QTest::addColumn<QString>("text"); // the edited script, or the message to Claude
        QTest::newRow("yes") << QByteArray("y\n") << true << false << QString();
        QTest::newRow("no") << QByteArray("n\n") << false << false << QString();
        QTest::newRow("no with message")
            << QByteArray("n: use a temp dir\n") << false << false << QStringLiteral("use a temp dir");
        QTest::newRow("edit") << QByteArray("e\nrm -f build/cache.txt\n") << true << true
                              << QStringLiteral("rm -f build/cache.txt");
        QTest::newRow("edit, empty line asks again") << QByteArray("e\n\ny\n") << true << false << QString();
        QTest::newRow("nonsense asks again") << QByteArray("maybe\nn\n") << false << false << QString();
    }
    void answers()
    {
        QFETCH(QByteArray, typed);
        QFETCH(bool, approved);
        QFETCH(bool, edited);
        QFETCH(QString, text);
        ApprovalGate gate;
        HeadlessApprover approver(&gate, HeadlessApprover::Interaction::AlwaysAsk);
        QVERIFY(approver.canAsk());
        QSignalSpy answered(&gate, &ApprovalGate::answered);
        gate.request(bashRequest(QStringLiteral("toolu_1"), QStringLiteral("rm -rf build")));
        QCOMPARE(answered.count(), 0); // nothing is decided before an answer is typed
        type(typed);
        QTRY_COMPARE(answered.count(), 1);
        const auto answer = answered.at(0).at(1).value<ApprovalAnswer>();
        QCOMPARE(answer.approved, approved);
        QCOMPARE(answer.edited, edited);
        QCOMPARE(answer.decidedBy, QStringLiteral("user"));
        if (edited)
            QCOMPARE(answer.editedScript, text);
        else if (!approved)
            QCOMPARE(answer.message, text);
    }

    void neverAsk_deniesWithoutReading()
    {
        ApprovalGate gate;
        HeadlessApprover approver(&gate, HeadlessApprover::Interaction::NeverAsk);
        QSignalSpy answered(&gate, &ApprovalGate::answered);
        gate.request(bashRequest(QStringLiteral("toolu_2"), QStringLiteral("make")));
        QCOMPARE(answered.count(), 1);
        const auto answer = answered.at(0).at(1).value<ApprovalAnswer>();
        QVERIFY(!answer.approved);
        QCOMPARE(answer.decidedBy, QStringLiteral("headless"));
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessApprover)
#include "tst_headlessapprover.moc"
