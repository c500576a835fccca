// SPDX-License-Identifier: MIT
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "transcript/claudecodeconversation.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;
using Kind = ConversationModel::Kind;
using CallStatus = ToolCallModel::Status;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(WB_TEST_DATA_DIR "/claude-code/projects/") + QLatin1String(name);
}

ClaudeCodeSession readSession(const QString &path)
{
    auto s = ClaudeCodeReader::read(path);
    if (!s)
        qFatal("cannot read %s", qPrintable(path));
    return std::move(*s);
}

int findRow(const ConversationModel &m, Kind kind, const QString &contains, int from = 0)
{
    for (int r = from; r < m.rowCount(); ++r) {
        const QModelIndex i = m.index(r);
        if (Kind(i.data(ConversationModel::KindRole).toInt()) == kind &&
            i.data(ConversationModel::TextRole).toString().contains(contains))
            return r;
    }
    return -1;
}

QString line(const QString &uuid, const QString &parent, const QString &type, const QString &text)
{
    const QString content =
        type == u"user"_s ? u"\"%1\""_s.arg(text) : u"[{\"type\":\"text\",\"text\":\"%1\"}]"_s.arg(text);
    const QString id = type == u"assistant"_s ? u",\"id\":\"msg_%1\""_s.arg(uuid) : QString();
    return u"{\"type\":\"%1\",\"uuid\":\"%2\",\"parentUuid\":%3,\"sessionId\":\"s\","
           "\"timestamp\":\"2026-03-01T10:00:0%4.000Z\",\"message\":{\"role\":\"%1\"%5,\"content\":%6}}\n"_s
               .arg(type, uuid, parent.isEmpty() ? u"null"_s : u"\"%1\""_s.arg(parent), uuid.right(1), id,
                    content);
}

} // namespace

class tst_ClaudeCodeConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void richSession_showsBlocksSubAgentCompactionUnknownAndErrors()
    {
        const ClaudeCodeSession session =
            readSession(fixture("-home-dev-src-calc/5b0c2f1e-0000-4000-8000-000000000001.jsonl"));
        ConversationModel conversation;
        ToolCallModel calls;
        QAbstractItemModelTester t1(&conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaudeCodeConversation view(&session);
        view.fill(&conversation, &calls);

        const int task = findRow(conversation, Kind::User, u"Add a divide function"_s);
        QCOMPARE(task, 0);
        // Three streamed lines sharing message.id are one message: thinking, text, then the call.
        QCOMPARE(findRow(conversation, Kind::Thinking, u"Look at calc.py first."_s), 1);
        QCOMPARE(findRow(conversation, Kind::AssistantText, u"Let me read calc.py."_s), 2);
        QCOMPARE(Kind(conversation.index(3).data(ConversationModel::KindRole).toInt()), Kind::ToolCall);
        QCOMPARE(view.entryOfRow(1), view.entryOfRow(3));

        // The Read call carries its result; its status says it worked.
        QCOMPARE(calls.rowCount(), 3); // Read, Task, Bash (the sub-agent ran none)
        const QModelIndex read = calls.index(0);
        QCOMPARE(read.data(ToolCallModel::ToolNameRole).toString(), u"Read"_s);
        QVERIFY(read.data(ToolCallModel::ResultRole).toString().contains(u"def add(a, b):"_s));
        QCOMPARE(CallStatus(read.data(ToolCallModel::StatusRole).toInt()), CallStatus::Succeeded);

        // The sub-agent's messages sit between notices right after the Task call.
        const int taskRow =
            conversation.rowForToolCall(calls.index(1).data(ToolCallModel::IdRole).toString());
        QVERIFY(taskRow > 3);
        const int open = findRow(conversation, Kind::Notice, u"Sub-agent agent-7"_s);
        QCOMPARE(open, taskRow + 1);
        QCOMPARE(findRow(conversation, Kind::User, u"Write pytest tests for divide"_s), open + 1);
        QCOMPARE(findRow(conversation, Kind::AssistantText, u"Tests written to test_calc.py."_s), open + 2);
        QCOMPARE(findRow(conversation, Kind::Notice, u"End of sub-agent agent-7"_s), open + 3);

        // A line of an unknown type stays visible, with its raw JSON.
        const int unknown = findRow(conversation, Kind::Notice, u"telemetry-marker"_s);
        QVERIFY(unknown > open);
        QVERIFY(conversation.index(unknown)
                    .data(ConversationModel::TextRole)
                    .toString()
                    .contains(u"\"phase\":\"tests\""_s));
        QVERIFY(conversation.index(unknown)
                    .data(ConversationModel::TextRole)
                    .toString()
                    .startsWith(u"Line 12"_s));
        // The API-error placeholder is an error, then the compaction divider starts the new chain.
        const int error = findRow(conversation, Kind::Error, u"529"_s);
        QCOMPARE(error, unknown + 1);
        const int divider = findRow(conversation, Kind::Notice, u"Conversation compacted"_s);
        QCOMPARE(divider, error + 1);
        QCOMPARE(findRow(conversation, Kind::Notice, u"Summary that replaced the compacted conversation"_s),
                 divider + 1);
        QCOMPARE(findRow(conversation, Kind::User, u"Run the tests"_s), divider + 2);

        // Bash keeps stdout apart; the last answer closes the conversation.
        const QModelIndex bash = calls.index(2);
        QCOMPARE(bash.data(ToolCallModel::ToolNameRole).toString(), u"Bash"_s);
        QCOMPARE(bash.data(ToolCallModel::LanguageRole).toString(), u"bash"_s);
        QVERIFY(bash.data(ToolCallModel::OutputRole).toString().contains(u"3 passed"_s));
        QVERIFY(
            Kind(conversation.index(conversation.rowCount() - 1).data(ConversationModel::KindRole).toInt()) ==
            Kind::AssistantText);
        QVERIFY(conversation.index(conversation.rowCount() - 1)
                    .data(ConversationModel::TextRole)
                    .toString()
                    .contains(u"All 3 tests pass"_s));
        // Usage counted once per message lands on the turn's last row.
        QVERIFY(!conversation.index(3).data(ConversationModel::TurnUsageRole).toJsonObject().isEmpty());
    }

    void subAgentFile_isShownUnderTheAgentCall()
    {
        const ClaudeCodeSession session =
            readSession(fixture("-home-dev-src-web/5b0c2f1e-0000-4000-8000-000000000003.jsonl"));
        ConversationModel conversation;
        ToolCallModel calls;
        ClaudeCodeConversation view(&session);
        view.fill(&conversation, &calls);
        QCOMPARE(calls.rowCount(), 1);
        QCOMPARE(calls.index(0).data(ToolCallModel::ToolNameRole).toString(), u"Agent"_s);
        const int agentRow =
            conversation.rowForToolCall(calls.index(0).data(ToolCallModel::IdRole).toString());
        QCOMPARE(findRow(conversation, Kind::Notice, u"Sub-agent a1"_s), agentRow + 1);
        QCOMPARE(findRow(conversation, Kind::AssistantText, u".old-banner is unused"_s), agentRow + 3);
    }

    void fork_showsTheActiveBranch_andTheOtherOnRequest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fork.jsonl"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // u1 → a1 → (u2 → a2 "first try") and, later, (u3 → a3 "second try"): the latest leaf wins.
        f.write((line(u"u1"_s, {}, u"user"_s, u"hello"_s) + line(u"a1"_s, u"u1"_s, u"assistant"_s, u"hi"_s) +
                 line(u"u2"_s, u"a1"_s, u"user"_s, u"do it"_s) +
                 line(u"a2"_s, u"u2"_s, u"assistant"_s, u"first try"_s) +
                 line(u"u3"_s, u"a1"_s, u"user"_s, u"do it better"_s) +
                 line(u"a3"_s, u"u3"_s, u"assistant"_s, u"second try"_s))
                    .toUtf8());
        f.close();
        const ClaudeCodeSession session = readSession(path);
        ConversationModel conversation;
        ToolCallModel calls;
        ClaudeCodeConversation view(&session);
        view.fill(&conversation, &calls);
        QVERIFY(view.showsActiveBranch());
        QVERIFY(findRow(conversation, Kind::AssistantText, u"second try"_s) >= 0);
        QCOMPARE(findRow(conversation, Kind::AssistantText, u"first try"_s), -1);
        QVERIFY(findRow(conversation, Kind::Notice, u"1 other branch"_s) >= 0);

        int firstTry = -1;
        for (int i = 0; i < session.entries.size(); ++i)
            if (session.entries.at(i).uuid == u"a2"_s)
                firstTry = i;
        QVERIFY(firstTry >= 0);
        QCOMPARE(view.rowOfEntry(firstTry), -1);
        view.chooseBranchThrough(firstTry);
        view.fill(&conversation, &calls);
        QVERIFY(!view.showsActiveBranch());
        QVERIFY(view.rowOfEntry(firstTry) >= 0);
        QVERIFY(findRow(conversation, Kind::AssistantText, u"first try"_s) >= 0);
        QCOMPARE(findRow(conversation, Kind::AssistantText, u"second try"_s), -1);

        view.showActiveBranch();
        view.fill(&conversation, &calls);
        QVERIFY(findRow(conversation, Kind::AssistantText, u"second try"_s) >= 0);
    }

    void loadJob_readsOnAWorkerAndReportsMalformedLines()
    {
        ClaudeCodeLoadJob job(fixture("-home-dev-src-calc/5b0c2f1e-0000-4000-8000-000000000001.jsonl"));
        QSignalSpy done(&job, &ClaudeCodeLoadJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(job.error().isNull());
        QCOMPARE(job.session().warnings.size(), 1);
        QCOMPARE(job.session().warnings.first().line, 7);

        ClaudeCodeLoadJob missing(u"/nonexistent/s.jsonl"_s);
        QSignalSpy missingDone(&missing, &ClaudeCodeLoadJob::finished);
        missing.start();
        QVERIFY(missingDone.wait(10000));
        QVERIFY(!missing.error().isNull());
    }
};

QTEST_GUILESS_MAIN(tst_ClaudeCodeConversation)
#include "tst_claudecodeconversation.moc"
