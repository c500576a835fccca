// SPDX-License-Identifier: MIT
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "recordedtranscript.h"
#include "transcript/transcriptloader.h"
#include "transcript/transcriptreader.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;
using Kind = ConversationModel::Kind;
using CallStatus = ToolCallModel::Status;

namespace {

// A two-turn run: Claude says what it will do, runs a command, then answers.
void writeSmallRun(const QString &path, bool finish = true)
{
    Recorded::Run run(path);
    QVERIFY(run.ok());
    run.start(QStringLiteral("count the files"));
    run.turn(QStringLiteral("I'll count them."),
             {Recorded::Call{QStringLiteral("toolu_1"), QStringLiteral("ls | wc -l"), QStringLiteral("3\n"),
                             QStringLiteral("warning: slow disk\n"), 0, false}},
             QStringLiteral("The user wants a count."));
    run.turn(QStringLiteral("There are **3** files."));
    if (finish)
        run.finish();
    else
        run.close();
}

bool waitFinished(TranscriptLoadJob *job)
{
    QSignalSpy done(job, &TranscriptLoadJob::finished);
    return job->isFinished() || done.wait(20000);
}

QList<Kind> kinds(const ConversationModel &m)
{
    QList<Kind> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(Kind(m.index(r).data(ConversationModel::KindRole).toInt()));
    return out;
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(bytes);
}

} // namespace

class tst_TranscriptLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedRun_fillsConversationAndToolCallsAsTheRunDid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        writeSmallRun(path);
        ConversationModel conversation;
        ToolCallModel calls;
        QAbstractItemModelTester t1(&conversation, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QSignalSpy first(job, &TranscriptLoadJob::firstBatchReady);
        QVERIFY(waitFinished(job));
        QCOMPARE(first.size(), 1);
        QVERIFY(job->error().isNull());
        QVERIFY(job->warnings().isEmpty());

        QCOMPARE(kinds(conversation), (QList<Kind>{Kind::User, Kind::Thinking, Kind::AssistantText,
                                                   Kind::ToolCall, Kind::AssistantText}));
        QCOMPARE(conversation.index(0).data(ConversationModel::TextRole).toString(), u"count the files"_s);
        QCOMPARE(conversation.index(4).data(ConversationModel::TextRole).toString(),
                 u"There are **3** files."_s);
        QCOMPARE(conversation.index(3).data(ConversationModel::ToolCallIdRole).toString(), u"toolu_1"_s);
        QCOMPARE(conversation.index(3).data(ConversationModel::StatusRole).toString(),
                 ToolCallModel::statusText(CallStatus::Succeeded));
        // Each turn's usage sits on its last row, with the recorded cost.
        const QJsonObject usage = conversation.index(3).data(ConversationModel::TurnUsageRole).toJsonObject();
        QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 1100);
        QCOMPARE(usage.value(QLatin1String("cost_usd")).toDouble(), 0.0125);

        QCOMPARE(calls.rowCount(), 1);
        const QModelIndex call = calls.index(0);
        QCOMPARE(call.data(ToolCallModel::ScriptRole).toString(), u"ls | wc -l"_s);
        QCOMPARE(call.data(ToolCallModel::LanguageRole).toString(), u"bash"_s);
        QCOMPARE(call.data(ToolCallModel::WorkingDirectoryRole).toString(), u"/workspace"_s);
        QCOMPARE(CallStatus(call.data(ToolCallModel::StatusRole).toInt()), CallStatus::Succeeded);
        QCOMPARE(call.data(ToolCallModel::OutputRole).toString(), u"3\nwarning: slow disk\n"_s);
        const QList<ToolCallModel::Chunk> chunks = calls.output(0);
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(chunks.at(1).stream, ToolCallModel::Stream::Stderr);
        QCOMPARE(call.data(ToolCallModel::ExitTextRole).toString(), u"exited with status 0"_s);
        QCOMPARE(call.data(ToolCallModel::DurationRole).toLongLong(), 35);
        QVERIFY(call.data(ToolCallModel::DecisionRole).toString().contains(u"approved by the user"_s));
        QCOMPARE(job->execSpec(u"toolu_1"_s).value(QLatin1String("sandbox")).toString(), u"bubblewrap"_s);

        // The summary agrees with `transcript show`.
        const auto expected = TranscriptReader::summarize(path);
        QVERIFY(expected.ok());
        const TranscriptSummary &s = job->summary();
        QCOMPARE(s.turns, expected->turns);
        QCOMPARE(s.toolCalls, expected->toolCalls);
        QCOMPARE(s.inputTokens, expected->inputTokens);
        QCOMPARE(s.outputTokens, expected->outputTokens);
        QCOMPARE(s.costUsd.has_value(), true);
        QCOMPARE(*s.costUsd, *expected->costUsd);
        QCOMPARE(s.durationMs, expected->durationMs);
        QCOMPARE(s.stopReason, u"end_turn"_s);
        QCOMPARE(s.task, u"count the files"_s);
        QVERIFY(!job->runFinished().isEmpty());
    }

    void deniedCall_isShownDeniedWithTheUsersMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            Recorded::Run run(path, false);
            run.start(QStringLiteral("clean up"));
            run.turn(
                QStringLiteral("Removing the build folder."),
                {Recorded::Call{QStringLiteral("toolu_9"), QStringLiteral("rm -rf build"), {}, {}, 0, true}});
            run.turn(QStringLiteral("Understood, I left it."));
            run.finish();
        }
        ConversationModel conversation;
        ToolCallModel calls;
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QVERIFY(waitFinished(job));
        QCOMPARE(CallStatus(calls.index(0).data(ToolCallModel::StatusRole).toInt()), CallStatus::Denied);
        QVERIFY(calls.index(0).data(ToolCallModel::DecisionRole).toString().contains(u"deny"_s));
        QVERIFY(calls.index(0).data(ToolCallModel::IsErrorRole).toBool());
        QCOMPARE(calls.index(0).data(ToolCallModel::OutputRole).toString(), QString());
        QCOMPARE(job->summary().deniedCalls, 1);
    }

    void tornLastLine_isAWarningWithItsNumber_notAFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        writeSmallRun(path, false);
        const int lines = int(TranscriptReader::read(path)->events.size());
        appendRaw(path, QByteArrayLiteral("{\"seq\":999,\"type\":\"output\",\"text\":\"half"));
        ConversationModel conversation;
        ToolCallModel calls;
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QSignalSpy warnings(job, &TranscriptLoadJob::warningAdded);
        QVERIFY(waitFinished(job));
        QVERIFY(job->error().isNull());
        QCOMPARE(job->warnings().size(), 1);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(job->warnings().first().line, lines + 1);
        QVERIFY(job->warnings().first().torn);
        QVERIFY(job->warnings().first().message.startsWith(QStringLiteral("line %1:").arg(lines + 1)));
        QCOMPARE(conversation.rowCount(), 5); // everything before the torn line
        // Never finished: nothing says how it ended, and no call is made up as cancelled.
        QVERIFY(job->runFinished().isEmpty());
        QVERIFY(job->summary().stopReason.isEmpty());
    }

    void damagedMiddleLine_isSkippedAndNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            Recorded::Run run(path, false);
            run.start(QStringLiteral("task"));
            run.close();
        }
        appendRaw(path, QByteArrayLiteral("{garbage\n"));
        {
            TranscriptWriter w;
            QVERIFY(w.open(path).ok());
            w.write(QStringLiteral("run_finished"),
                    {{QStringLiteral("stop_reason"), QStringLiteral("end_turn")}});
        }
        ConversationModel conversation;
        ToolCallModel calls;
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->warnings().size(), 1);
        QCOMPARE(job->warnings().first().line, 3);
        QVERIFY(!job->warnings().first().torn);
        QCOMPARE(job->summary().stopReason, u"end_turn"_s);
        QCOMPARE(job->summary().malformedLines, QStringList{job->warnings().first().message});
    }

    void missingFile_isAnErrorAndFinishes()
    {
        ConversationModel conversation;
        ToolCallModel calls;
        auto *job = TranscriptLoadJob::start(u"/nonexistent/run.jsonl"_s, &conversation, &calls, this);
        QSignalSpy first(job, &TranscriptLoadJob::firstBatchReady);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->error().code, u"transcript_unreadable"_s);
        QCOMPARE(first.size(), 0);
        QCOMPARE(conversation.rowCount(), 0);
    }

    void largeTranscript_firstScreenArrivesBeforeTheRest_andCancelStops()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.jsonl"));
        {
            Recorded::Run run(path);
            run.start(QStringLiteral("a long run"));
            for (int i = 0; i < 400; ++i)
                run.turn(QStringLiteral("Step %1: checking the next file.").arg(i),
                         {Recorded::Call{QStringLiteral("toolu_%1").arg(i),
                                         QStringLiteral("wc -l f%1").arg(i),
                                         QStringLiteral("%1 f%1\n").arg(i),
                                         {},
                                         0,
                                         false}});
            run.finish();
        }
        ConversationModel conversation;
        ToolCallModel calls;
        QAbstractItemModelTester tester(&conversation,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QSignalSpy finished(job, &TranscriptLoadJob::finished);
        int rowsAtFirst = -1;
        qint64 bytesAtFirst = -1;
        connect(job, &TranscriptLoadJob::firstBatchReady, this, [&] {
            rowsAtFirst = conversation.rowCount();
            bytesAtFirst = job->bytesRead();
            job->cancel();
        });
        QVERIFY(finished.wait(20000));
        QVERIFY(rowsAtFirst >= TranscriptLoadJob::kFirstScreenRows);
        QVERIFY2(bytesAtFirst < job->totalBytes(), "the first screen needed only the start of the file");
        QVERIFY(job->isCancelled());
        QCOMPARE(finished.size(), 1);
        // Nothing more arrives after a cancel.
        const int rows = conversation.rowCount();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(conversation.rowCount(), rows);
        QVERIFY(rows < 400 * 3);
    }

    void largeTranscript_loadsCompletely()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.jsonl"));
        {
            Recorded::Run run(path);
            run.start(QStringLiteral("a long run"));
            for (int i = 0; i < 300; ++i)
                run.turn(QStringLiteral("Step %1.").arg(i), {Recorded::Call{QStringLiteral("toolu_%1").arg(i),
                                                                            QStringLiteral("true"),
                                                                            QStringLiteral("ok %1\n").arg(i),
                                                                            {},
                                                                            0,
                                                                            false}});
            run.turn(QStringLiteral("Done."));
            run.finish();
        }
        ConversationModel conversation;
        ToolCallModel calls;
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QSignalSpy progress(job, &TranscriptLoadJob::progress);
        QVERIFY(waitFinished(job));
        QCOMPARE(calls.rowCount(), 300);
        QCOMPARE(conversation.rowCount(), 1 + 300 * 2 + 1);
        QCOMPARE(calls.index(299).data(ToolCallModel::OutputRole).toString(), u"ok 299\n"_s);
        QCOMPARE(job->summary().turns, 301);
        QVERIFY(progress.size() > 1);
        QCOMPARE(progress.last().at(0).toLongLong(), job->totalBytes());
    }

    void deletingTheJobMidLoad_stopsSafely()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.jsonl"));
        {
            Recorded::Run run(path);
            run.start(QStringLiteral("a long run"));
            for (int i = 0; i < 200; ++i)
                run.turn(QStringLiteral("Step %1.").arg(i));
            run.finish();
        }
        ConversationModel conversation;
        ToolCallModel calls;
        auto *job = TranscriptLoadJob::start(path, &conversation, &calls, this);
        QSignalSpy first(job, &TranscriptLoadJob::firstBatchReady);
        QVERIFY(first.wait(20000));
        delete job;
        const int rows = conversation.rowCount();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(conversation.rowCount(), rows);
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptLoader)
#include "tst_transcriptloader.moc"
