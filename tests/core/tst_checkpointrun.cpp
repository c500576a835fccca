// SPDX-License-Identifier: MIT
// Checkpoints inside a real run: recorded model turns, the real bubblewrap sandbox, a real store.
#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "binaryrun.h"
#include "checkpoint/checkpointdiff.h"
#include "checkpoint/checkpointstore.h"
#include "llm/replayprovider.h"
#include "sandbox/bwrapsandbox.h"
#include "testmessages.h"
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

namespace {

using TestSupport::assistantMessage;
using TestSupport::textBlock;
using TestSupport::toolUseBlock;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class tst_CheckpointRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolCallEvent_carriesCheckpoint_andRewindUndoesTheShellCommand()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestSupport::makeEnterable(dir.path());
        const QString ws = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(ws));
        QVERIFY(writeFile(ws + QStringLiteral("/notes.txt"), "original notes\n"));
        QVERIFY(writeFile(ws + QStringLiteral("/doomed.txt"), "to be deleted\n"));
        SandboxConfig sc;
        sc.workspace = ws;
        auto sandbox = BwrapSandbox::create(sc);
        QVERIFY2(sandbox.ok(), sandbox.ok() ? "" : qPrintable(sandbox.error().toString()));
        ApprovalGate gate;
        TranscriptWriter transcript;
        QVERIFY(transcript.open(dir.filePath(QStringLiteral("t.jsonl"))).ok());
        CheckpointStore store(dir.filePath(QStringLiteral("store")));

        // One shell command that edits, deletes and creates; then an editor write.
        const QString command = QStringLiteral(
            "echo rewritten > notes.txt && rm doomed.txt && mkdir -p out && echo made > out/new.txt");
        ReplayProvider provider(
            {assistantMessage({textBlock(QStringLiteral("Changing files.")),
                               toolUseBlock(QStringLiteral("toolu_sh"), QStringLiteral("bash"),
                                            {{QStringLiteral("command"), command}})},
                              QStringLiteral("tool_use")),
             assistantMessage(
                 {toolUseBlock(QStringLiteral("toolu_ed"), QStringLiteral("str_replace_based_edit_tool"),
                               {{QStringLiteral("command"), QStringLiteral("create")},
                                {QStringLiteral("path"), QStringLiteral("/workspace/edited.txt")},
                                {QStringLiteral("file_text"), QStringLiteral("by the editor\n")}})},
                 QStringLiteral("tool_use")),
             TestSupport::textMessage(QStringLiteral("Done."))});
        RunConfig config;
        config.model = QStringLiteral("test-model");
        config.maxTurns = 5;
        config.toolTimeoutMs = 20000;
        config.policy.setMode(PermissionMode::BypassPermissions);
        AgentRun run(config, &provider, sandbox->get(), &gate, &transcript);
        run.setCheckpointStore(&store);
        QSignalSpy taken(&run, &AgentRun::checkpointTaken);
        QSignalSpy finished(&run, &AgentRun::finished);
        run.start(QStringLiteral("change some files"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(run.stopReason(), QStringLiteral("end_turn"));
        QCOMPARE(taken.size(), 2);
        QCOMPARE(readFile(ws + QStringLiteral("/notes.txt")), QByteArray("rewritten\n"));

        // The transcript ties each call to its checkpoint.
        auto events = TranscriptReader::readEvents(transcript.path());
        QVERIFY(events.ok());
        QHash<QString, QString> checkpointOf;
        QHash<QString, QString> execStartedCheckpoint;
        for (const QJsonObject &e : std::as_const(*events)) {
            const QString type = e.value(QLatin1String("type")).toString();
            if (type == QLatin1String("checkpoint"))
                checkpointOf.insert(e.value(QLatin1String("id")).toString(),
                                    e.value(QLatin1String("checkpoint")).toString());
            else if (type == QLatin1String("exec_started"))
                execStartedCheckpoint.insert(e.value(QLatin1String("id")).toString(),
                                             e.value(QLatin1String("checkpoint")).toString());
        }
        const QString beforeShell = checkpointOf.value(QStringLiteral("toolu_sh"));
        QVERIFY(!beforeShell.isEmpty());
        QCOMPARE(run.checkpointFor(QStringLiteral("toolu_sh")), beforeShell);
        QCOMPARE(execStartedCheckpoint.value(QStringLiteral("toolu_sh")), beforeShell);
        const QString beforeEdit = checkpointOf.value(QStringLiteral("toolu_ed"));
        QVERIFY(!beforeEdit.isEmpty());
        QVERIFY(beforeEdit != beforeShell);

        // The step's diff is the shell command's doing.
        auto from = store.load(beforeShell);
        auto to = store.load(beforeEdit);
        QVERIFY(from.ok() && to.ok());
        QCOMPARE(from->toolUseId, QStringLiteral("toolu_sh"));
        auto diff = diffCheckpoints(store, *from, *to);
        QVERIFY(diff.ok());
        QStringList summaries;
        for (const CheckpointChange &c : *diff)
            summaries.append(c.summary());
        QCOMPARE(summaries, (QStringList{QStringLiteral("D  doomed.txt"), QStringLiteral("M  notes.txt"),
                                         QStringLiteral("A  out/"), QStringLiteral("A  out/new.txt")}));

        // Rewinding to the checkpoint before the shell command undoes it and the edit after it.
        RewindJob *job = store.createRewind(beforeShell, ws, sandbox->get()->hostFileOwner(), true, this);
        QSignalSpy rewound(job, &RewindJob::finished);
        job->start();
        QVERIFY(rewound.wait(30000));
        QVERIFY2(job->result().ok(), job->result().ok() ? "" : qPrintable(job->result().error().toString()));
        QCOMPARE(job->result()->toolUseId, QStringLiteral("toolu_sh"));
        QCOMPARE(readFile(ws + QStringLiteral("/notes.txt")), QByteArray("original notes\n"));
        QCOMPARE(readFile(ws + QStringLiteral("/doomed.txt")), QByteArray("to be deleted\n"));
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/out")));
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/edited.txt")));
        delete job;
    }

    void cli_listsDiffsAndRewinds_namingTheConversationCutPoint()
    {
        const QString binary = qEnvironmentVariable("WORKBENCH_BINARY");
        if (binary.isEmpty() || !QFileInfo(binary).isExecutable())
            QSKIP("agent-workbench is not built (WORKBENCH_BINARY)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ws = dir.filePath(QStringLiteral("ws"));
        const QString storeDir = dir.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(ws));
        QVERIFY(writeFile(ws + QStringLiteral("/a.txt"), "old line\n"));
        CheckpointStore store(storeDir);
        CheckpointStore::Request req;
        req.workspace = ws;
        req.runId = QStringLiteral("run-cli");
        req.toolUseId = QStringLiteral("toolu_cli");
        auto first = store.capture(req);
        QVERIFY(first.ok());
        QVERIFY(writeFile(ws + QStringLiteral("/a.txt"), "new line\n"));
        QVERIFY(writeFile(ws + QStringLiteral("/b.txt"), "added\n"));
        req.toolUseId = QStringLiteral("toolu_next");
        auto second = store.capture(req);
        QVERIFY(second.ok());

        const auto cli = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(binary, QStringList{QStringLiteral("checkpoints")} + args +
                                QStringList{QStringLiteral("--store"), storeDir});
            if (!p.waitForFinished(30000))
                return -1;
            *out = p.readAll();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--workspace"), ws}, &out), 0);
        QVERIFY2(out.contains(first->id.toUtf8()) && out.contains("before toolu_cli"), out.constData());
        QCOMPARE(cli({QStringLiteral("diff"), first->id, second->id}, &out), 0);
        QVERIFY2(out.contains("M  a.txt") && out.contains("-old line") && out.contains("+new line") &&
                     out.contains("A  b.txt"),
                 out.constData());

        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QCOMPARE(cli({QStringLiteral("rewind"), first->id, QStringLiteral("--workspace"), elsewhere}, &out),
                 1);
        QCOMPARE(readFile(ws + QStringLiteral("/a.txt")), QByteArray("new line\n"));

        QCOMPARE(cli({QStringLiteral("rewind"), first->id, QStringLiteral("--workspace"), ws}, &out), 0);
        QVERIFY2(out.contains("Conversation cut point: tool call toolu_cli (run run-cli)"), out.constData());
        QVERIFY2(out.contains("To undo this rewind"), out.constData());
        QCOMPARE(readFile(ws + QStringLiteral("/a.txt")), QByteArray("old line\n"));
        QVERIFY(!QFileInfo::exists(ws + QStringLiteral("/b.txt")));

        QCOMPARE(cli({QStringLiteral("rewind"), first->id}, &out), 2); // no --workspace
    }
};

QTEST_GUILESS_MAIN(tst_CheckpointRun)
#include "tst_checkpointrun.moc"
