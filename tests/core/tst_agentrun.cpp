// SPDX-License-Identifier: MIT
// The agent loop driven end to end inside one process: recorded model turns (ReplayProvider),
// the real bubblewrap sandbox, the real policy and gate.
#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "approval/headlessapprover.h"
#include "binaryrun.h"
#include "llm/replayprovider.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "sandbox/bwrapsandbox.h"
#include "testmessages.h"
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

namespace {

using TestSupport::bashBlock;
using TestSupport::toolUseBlock;

const TestSupport::MessageMeta kMeta{.id = QStringLiteral("msg_t"),
                                     .model = QStringLiteral("test-model"),
                                     .inputTokens = 100,
                                     .outputTokens = 20};

QJsonObject toolUseMessage(const QList<QJsonObject> &calls)
{
    QJsonArray content{TestSupport::textBlock(QStringLiteral("Working on it."))};
    for (const QJsonObject &c : calls)
        content.append(c);
    return TestSupport::assistantMessage(content, QStringLiteral("tool_use"), kMeta);
}

QJsonObject endTurn(const QString &text)
{
    return TestSupport::textMessage(text, kMeta);
}

/// The tool_result blocks of the user message at `index` in the run's history.
QJsonArray resultsAt(const AgentRun &run, int index)
{
    return run.messages().at(index).toObject().value(QLatin1String("content")).toArray();
}

} // namespace

class tst_AgentRun : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        std::unique_ptr<BwrapSandbox> sandbox;
        ApprovalGate gate;
        TranscriptWriter transcript;
        QString workspace;
    };

    std::unique_ptr<Fixture> makeFixture()
    {
        auto f = std::make_unique<Fixture>();
        if (!f->dir.isValid())
            return nullptr;
        TestSupport::makeEnterable(f->dir.path());
        f->workspace = f->dir.filePath(QStringLiteral("ws"));
        QDir().mkpath(f->workspace);
        SandboxConfig sc;
        sc.workspace = f->workspace;
        auto s = BwrapSandbox::create(sc);
        if (!s) {
            qWarning() << s.error().toString();
            return nullptr;
        }
        f->sandbox = std::move(*s);
        if (!f->transcript.open(f->dir.filePath(QStringLiteral("t.jsonl"))).ok())
            return nullptr;
        return f;
    }

    static RunConfig config(PermissionMode mode)
    {
        RunConfig c;
        c.model = QStringLiteral("test-model");
        c.maxTurns = 5;
        c.toolTimeoutMs = 20000;
        c.policy.setMode(mode);
        return c;
    }

private Q_SLOTS:
    void toolLoop_sendsRealOutputBackToTheModel()
    {
        auto f = makeFixture();
        QVERIFY(f);
        // A value the recording cannot know: only running the command yields its hash.
        const QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64());
        QFile n(f->workspace + QStringLiteral("/nonce.txt"));
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(nonce);
        n.close();
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(nonce, QCryptographicHash::Sha256).toHex());

        ReplayProvider provider(
            {toolUseMessage({bashBlock(QStringLiteral("toolu_1"), QStringLiteral("sha256sum nonce.txt"))}),
             endTurn(QStringLiteral("The hash is {{tool_result:toolu_1}}"))});
        AgentRun run(config(PermissionMode::BypassPermissions), &provider, f->sandbox.get(), &f->gate,
                     &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("hash the nonce"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.stopReason(), QStringLiteral("end_turn"));
        QCOMPARE(run.turns(), 2);
        const QJsonArray results = resultsAt(run, 2);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("tool_use_id")).toString(),
                 QStringLiteral("toolu_1"));
        QVERIFY(results.at(0).toObject().value(QLatin1String("content")).toString().contains(expected));
        QCOMPARE(results.at(0).toObject().value(QLatin1String("is_error")).toBool(), false);
        QVERIFY(
            run.finalContent().at(0).toObject().value(QLatin1String("text")).toString().contains(expected));
        QCOMPARE(run.usage().value(QLatin1String("input_tokens")).toInt(), 200);

        // The views' models saw the call, its output and how it ended.
        QCOMPARE(run.toolCalls()->rowCount(), 1);
        const QModelIndex call = run.toolCalls()->index(0);
        QVERIFY(call.data(ToolCallModel::OutputRole).toString().contains(expected));
        QCOMPARE(call.data(ToolCallModel::ExitCodeRole).toInt(), 0);
        QCOMPARE(call.data(ToolCallModel::StatusRole).toInt(), int(ToolCallModel::Status::Succeeded));

        auto events = TranscriptReader::readEvents(f->transcript.path());
        QVERIFY(events.ok());
        QStringList types;
        for (const QJsonObject &e : std::as_const(*events))
            types.append(e.value(QLatin1String("type")).toString());
        for (const char *t : {"run_started", "request", "sse", "assistant_message", "tool_call", "decision",
                              "exec_started", "output", "exec_finished", "tool_result", "run_finished"})
            QVERIFY2(types.contains(QLatin1String(t)), t);
    }

    void deniedCall_hasNoSideEffect_andTellsTheModel()
    {
        auto f = makeFixture();
        QVERIFY(f);
        QFile keep(f->workspace + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("precious");
        keep.close();
        HeadlessApprover approver(&f->gate, HeadlessApprover::Interaction::NeverAsk);
        ReplayProvider provider(
            {toolUseMessage({bashBlock(QStringLiteral("toolu_rm"), QStringLiteral("rm -f keep.txt"))}),
             endTurn(QStringLiteral("ok"))});
        AgentRun run(config(PermissionMode::Default), &provider, f->sandbox.get(), &f->gate, &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("delete keep.txt"));
        QVERIFY(finished.wait(30000));
        QVERIFY(QFile::exists(f->workspace + QStringLiteral("/keep.txt")));
        const QJsonObject result = resultsAt(run, 2).at(0).toObject();
        QCOMPARE(result.value(QLatin1String("is_error")).toBool(), true);
        QVERIFY(result.value(QLatin1String("content")).toString().contains(QStringLiteral("denied")));
        QCOMPARE(run.toolCalls()->index(0).data(ToolCallModel::StatusRole).toInt(),
                 int(ToolCallModel::Status::Denied));
        QVERIFY(run.toolCalls()
                    ->index(0)
                    .data(ToolCallModel::DecisionRole)
                    .toString()
                    .contains(QStringLiteral("headless")));
    }

    void askedCall_runsOnlyAfterApproval()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ReplayProvider provider(
            {toolUseMessage({bashBlock(QStringLiteral("toolu_a"), QStringLiteral("echo approved > a.txt"))}),
             endTurn(QStringLiteral("done"))});
        AgentRun run(config(PermissionMode::Default), &provider, f->sandbox.get(), &f->gate, &f->transcript);
        QSignalSpy asked(&f->gate, &ApprovalGate::approvalRequested);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("write a file"));
        QVERIFY(asked.wait(10000));
        const auto request = asked.at(0).at(0).value<ApprovalRequest>();
        QCOMPARE(request.action.script, QStringLiteral("echo approved > a.txt"));
        QVERIFY(!request.reason.isEmpty());
        QCOMPARE(run.state(), AgentRun::State::AwaitingApproval);
        QVERIFY(!QFile::exists(f->workspace + QStringLiteral("/a.txt")));
        f->gate.approve(request.id);
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.stopReason(), QStringLiteral("end_turn"));
        QVERIFY(QFile::exists(f->workspace + QStringLiteral("/a.txt")));
    }

    void everyToolUse_getsExactlyOneResult()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ReplayProvider provider(
            {toolUseMessage({bashBlock(QStringLiteral("toolu_1"), QStringLiteral("echo one")),
                             toolUseBlock(QStringLiteral("toolu_2"), QStringLiteral("no_such_tool"), {}),
                             toolUseBlock(QStringLiteral("toolu_3"), QStringLiteral("run_script"),
                                          QJsonObject{{QStringLiteral("language"), QStringLiteral("python")},
                                                      {QStringLiteral("code"),
                                                       QStringLiteral("import sys; sys.exit(3)")}})}),
             endTurn(QStringLiteral("done"))});
        AgentRun run(config(PermissionMode::BypassPermissions), &provider, f->sandbox.get(), &f->gate,
                     &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("three calls"));
        QVERIFY(finished.wait(30000));
        const QJsonArray results = resultsAt(run, 2);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("tool_use_id")).toString(),
                 QStringLiteral("toolu_1"));
        QCOMPARE(results.at(0).toObject().value(QLatin1String("is_error")).toBool(), false);
        QCOMPARE(results.at(1).toObject().value(QLatin1String("tool_use_id")).toString(),
                 QStringLiteral("toolu_2"));
        QCOMPARE(results.at(1).toObject().value(QLatin1String("is_error")).toBool(), true);
        QVERIFY(results.at(1)
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QStringLiteral("no_such_tool")));
        QCOMPARE(results.at(2).toObject().value(QLatin1String("is_error")).toBool(), true);
        QVERIFY(results.at(2)
                    .toObject()
                    .value(QLatin1String("content"))
                    .toString()
                    .contains(QStringLiteral("3")));
    }

    void pythonScript_importsModulesFromTheWorkspace()
    {
        auto f = makeFixture();
        QVERIFY(f);
        QFile mod(f->workspace + QStringLiteral("/helper_mod.py"));
        QVERIFY(mod.open(QIODevice::WriteOnly));
        mod.write("VALUE = 41\n");
        mod.close();
        ReplayProvider provider(
            {toolUseMessage(
                 {toolUseBlock(QStringLiteral("toolu_py"), QStringLiteral("run_script"),
                               QJsonObject{{QStringLiteral("language"), QStringLiteral("python")},
                                           {QStringLiteral("code"),
                                            QStringLiteral("import sys, helper_mod\n"
                                                           "print(helper_mod.VALUE + 1, sys.argv[1:])")},
                                           {QStringLiteral("args"), QJsonArray{QStringLiteral("a b")}}})}),
             endTurn(QStringLiteral("done"))});
        AgentRun run(config(PermissionMode::BypassPermissions), &provider, f->sandbox.get(), &f->gate,
                     &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("import"));
        QVERIFY(finished.wait(30000));
        const QJsonObject result = resultsAt(run, 2).at(0).toObject();
        QCOMPARE(result.value(QLatin1String("content")).toString().trimmed(), QStringLiteral("42 ['a b']"));
        QCOMPARE(result.value(QLatin1String("is_error")).toBool(), false);
    }

    void maxTurns_stopsTheLoop()
    {
        auto f = makeFixture();
        QVERIFY(f);
        QList<QJsonObject> turns;
        for (int i = 0; i < 5; ++i)
            turns.append(
                toolUseMessage({bashBlock(QStringLiteral("toolu_%1").arg(i), QStringLiteral("true"))}));
        ReplayProvider provider(turns);
        RunConfig c = config(PermissionMode::BypassPermissions);
        c.maxTurns = 2;
        AgentRun run(c, &provider, f->sandbox.get(), &f->gate, &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("loop"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.stopReason(), QStringLiteral("max_turns"));
        QCOMPARE(run.turns(), 2);
        QCOMPARE(run.error().code, QStringLiteral("max_turns"));
    }

    void cancel_duringExecution_killsAndFinishes()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ReplayProvider provider(
            {toolUseMessage({bashBlock(QStringLiteral("toolu_s"), QStringLiteral("echo started; sleep 60"))}),
             endTurn(QStringLiteral("never"))});
        AgentRun run(config(PermissionMode::BypassPermissions), &provider, f->sandbox.get(), &f->gate,
                     &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        QSignalSpy output(run.toolCalls(), &ToolCallModel::outputAppended);
        run.start(QStringLiteral("sleep"));
        QVERIFY(output.wait(20000));
        run.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.stopReason(), QStringLiteral("cancelled"));
        QCOMPARE(run.toolCalls()->index(0).data(ToolCallModel::StatusRole).toInt(),
                 int(ToolCallModel::Status::Cancelled));
        // The history stays valid: the call has its result.
        QCOMPARE(resultsAt(run, 2).size(), 1);
    }

    void replayExhausted_endsWithAClearError()
    {
        auto f = makeFixture();
        QVERIFY(f);
        ReplayProvider provider(
            {toolUseMessage({bashBlock(QStringLiteral("toolu_1"), QStringLiteral("true"))})});
        AgentRun run(config(PermissionMode::BypassPermissions), &provider, f->sandbox.get(), &f->gate,
                     &f->transcript);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("x"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.stopReason(), QStringLiteral("error"));
        QCOMPARE(run.error().code, QStringLiteral("replay_exhausted"));
        const int last = run.conversation()->rowCount() - 1;
        QCOMPARE(run.conversation()->index(last).data(ConversationModel::KindRole).toInt(),
                 int(ConversationModel::Kind::Error));
    }
};

QTEST_GUILESS_MAIN(tst_AgentRun)
#include "tst_agentrun.moc"
