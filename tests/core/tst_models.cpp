// SPDX-License-Identifier: MIT
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Workbench;

class tst_Models : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversation_growsAsTextStreams()
    {
        ConversationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int user = model.append(ConversationModel::Kind::User, QStringLiteral("task"), 0);
        const int text = model.append(ConversationModel::Kind::AssistantText, QString(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendText(text, QStringLiteral("Hel"));
        model.appendText(text, QStringLiteral("lo"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.index(text).data(ConversationModel::TextRole).toString(), QStringLiteral("Hello"));
        QCOMPARE(model.index(user).data(ConversationModel::KindRole).toInt(),
                 int(ConversationModel::Kind::User));
        const int call = model.append(ConversationModel::Kind::ToolCall, QStringLiteral("Run python"), 1,
                                      QStringLiteral("toolu_1"));
        QCOMPARE(model.rowForToolCall(QStringLiteral("toolu_1")), call);
        QCOMPARE(model.rowForToolCall(QStringLiteral("missing")), -1);
        model.setStatus(call, QStringLiteral("running"));
        QCOMPARE(model.index(call).data(ConversationModel::StatusRole).toString(), QStringLiteral("running"));
        model.appendText(99, QStringLiteral("ignored")); // out of range is harmless
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void toolCalls_keepOutputOrderAndBound()
    {
        ToolCallModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ToolAction a;
        a.toolUseId = QStringLiteral("toolu_1");
        a.summary = QStringLiteral("Run python script (1 lines)");
        a.language = QStringLiteral("python");
        a.script = QStringLiteral("print(1)");
        const int row = model.addCall(a, 1);
        QSignalSpy appended(&model, &ToolCallModel::outputAppended);
        model.appendOutput(row, ToolCallModel::Stream::Stdout, QStringLiteral("out1\n"));
        model.appendOutput(row, ToolCallModel::Stream::Stderr, QStringLiteral("err1\n"));
        model.appendOutput(row, ToolCallModel::Stream::Stdout, QStringLiteral("out2\n"));
        QCOMPARE(appended.count(), 3);
        QCOMPARE(model.index(row).data(ToolCallModel::OutputRole).toString(),
                 QStringLiteral("out1\nerr1\nout2\n"));
        const auto chunks = model.output(row);
        QCOMPARE(chunks.size(), 3);
        QCOMPARE(chunks.at(1).stream, ToolCallModel::Stream::Stderr);

        // A flood keeps memory bounded: the head stays, the middle goes.
        const QString big(1024 * 1024, QLatin1Char('x'));
        for (int i = 0; i < 8; ++i)
            model.appendOutput(row, ToolCallModel::Stream::Stdout, big);
        const QString all = model.index(row).data(ToolCallModel::OutputRole).toString();
        QVERIFY(all.size() <= ToolCallModel::kMaxKeptChars);
        QVERIFY(all.startsWith(QStringLiteral("out1\n")));

        Decision d;
        d.verdict = Decision::Verdict::Allow;
        d.rule = QStringLiteral("RunScript(python)");
        d.ruleSource = QStringLiteral("--allow");
        d.decidedBy = QStringLiteral("rule");
        model.setDecision(row, d);
        QVERIFY(model.index(row)
                    .data(ToolCallModel::DecisionRole)
                    .toString()
                    .contains(QStringLiteral("RunScript(python)")));
        model.setFinished(row, QStringLiteral("exited with status 0"), 0, 12);
        QCOMPARE(model.index(row).data(ToolCallModel::ExitCodeRole).toInt(), 0);
        QCOMPARE(model.index(row).data(ToolCallModel::DurationRole).toLongLong(), 12);
        model.setStatus(row, ToolCallModel::Status::Succeeded);
        QCOMPARE(model.index(row).data(ToolCallModel::StatusTextRole).toString(),
                 ToolCallModel::statusText(ToolCallModel::Status::Succeeded));
        QCOMPARE(model.rowForId(QStringLiteral("toolu_1")), row);
    }
};

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
