// SPDX-License-Identifier: MIT
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Workbench;

static void writeEvents(const QString &path, int n)
{
    TranscriptWriter w;
    QVERIFY(w.open(path).ok());
    for (int i = 0; i < n; ++i)
        w.write(QStringLiteral("sse"),
                {{QStringLiteral("turn"), 1}, {QStringLiteral("data"), QStringLiteral("chunk %1").arg(i)}});
}

class tst_Transcript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writer_appendsOneObjectPerLine_andReaderSummarises()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/run.jsonl"));
        {
            TranscriptWriter w;
            QVERIFY(w.open(path).ok());
            w.write(QStringLiteral("run_started"), {{QStringLiteral("run_id"), QStringLiteral("r1")},
                                                    {QStringLiteral("task"), QStringLiteral("t")},
                                                    {QStringLiteral("model"), QStringLiteral("m")}});
            const QJsonObject usage{{QStringLiteral("input_tokens"), 10},
                                    {QStringLiteral("output_tokens"), 5}};
            w.write(QStringLiteral("assistant_message"),
                    {{QStringLiteral("turn"), 1},
                     {QStringLiteral("message"), QJsonObject{{QStringLiteral("usage"), usage}}}});
            w.write(QStringLiteral("tool_call"), {{QStringLiteral("id"), QStringLiteral("toolu_1")}});
            w.write(QStringLiteral("decision"), {{QStringLiteral("verdict"), QStringLiteral("deny")}});
            w.write(QStringLiteral("assistant_message"),
                    {{QStringLiteral("turn"), 2},
                     {QStringLiteral("message"), QJsonObject{{QStringLiteral("usage"), usage}}}});
            w.write(QStringLiteral("run_finished"),
                    {{QStringLiteral("stop_reason"), QStringLiteral("end_turn")}});
        }
        auto events = TranscriptReader::readEvents(path);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 6);
        QCOMPARE(events->at(0).value(QLatin1String("seq")).toInt(), 1);
        QCOMPARE(events->at(5).value(QLatin1String("seq")).toInt(), 6);
        QCOMPARE(events->at(0).value(QLatin1String("v")).toInt(), TranscriptWriter::kFormatVersion);
        QVERIFY(!events->at(0).value(QLatin1String("ts")).toString().isEmpty());

        auto s = TranscriptReader::summarize(path);
        QVERIFY(s.ok());
        QCOMPARE(s->runId, QStringLiteral("r1"));
        QCOMPARE(s->turns, 2);
        QCOMPARE(s->toolCalls, 1);
        QCOMPARE(s->deniedCalls, 1);
        QCOMPARE(s->inputTokens, 20);
        QCOMPARE(s->outputTokens, 10);
        QCOMPARE(s->stopReason, QStringLiteral("end_turn"));
        QVERIFY(s->toText().contains(QStringLiteral("end_turn")));
    }

    void tornLastLine_isSkippedAndReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            TranscriptWriter w;
            QVERIFY(w.open(path).ok());
            w.write(QStringLiteral("run_started"), {{QStringLiteral("run_id"), QStringLiteral("r2")}});
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"type\":\"sse\",\"data\":{\"tex"); // a write cut short by a crash
        f.close();
        auto s = TranscriptReader::summarize(path);
        QVERIFY(s.ok());
        QCOMPARE(s->runId, QStringLiteral("r2"));
        QCOMPARE(s->malformedLines.size(), 1);
        QVERIFY(s->malformedLines.first().startsWith(QStringLiteral("line 2")));
        QVERIFY(s->stopReason.isEmpty());
    }

    void truncatedFile_opensWithEveryCompleteLine_data()
    {
        QTest::addColumn<int>("cutInto"); // bytes kept of line `line`
        QTest::addColumn<int>("line");    // 1-based line the cut falls in
        QTest::addColumn<bool>("expectTorn");
        QTest::newRow("mid-line") << 17 << 3 << true;
        QTest::newRow("one byte of a line") << 1 << 4 << true;
        QTest::newRow("line without its newline") << -1 << 5 << false; // whole object, no '\n'
        QTest::newRow("exactly at a line end") << 0 << 4 << false;
    }
    void truncatedFile_opensWithEveryCompleteLine()
    {
        QFETCH(int, cutInto);
        QFETCH(int, line);
        QFETCH(bool, expectTorn);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        writeEvents(path, 5);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        qint64 keep = 0;
        for (int i = 0; i < line - 1; ++i)
            keep += lines.at(i).size() + 1;
        keep += cutInto >= 0 ? cutInto : lines.at(line - 1).size();
        QVERIFY(f.resize(keep));

        auto log = TranscriptReader::read(path);
        QVERIFY(log.ok());
        const bool wholeLastObject = cutInto < 0;
        QCOMPARE(log->events.size(), line - 1 + (wholeLastObject ? 1 : 0));
        for (int i = 0; i < log->events.size(); ++i)
            QCOMPARE(log->events.at(i).value(QLatin1String("seq")).toInt(), i + 1);
        QCOMPARE(log->warnings.size(), expectTorn ? 1 : 0);
        if (expectTorn) {
            QCOMPARE(log->warnings.first().line, line);
            QVERIFY(log->warnings.first().torn);
            QVERIFY(log->warnings.first().message.contains(QStringLiteral("line %1").arg(line)));
        }
    }

    void garbageInTheMiddle_isReportedWithItsLineNumber_andTheRestIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        writeEvents(path, 2);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("this is not json\n");
            f.write("[1, 2, 3]\n");
            f.write(QByteArray(12, '\0') + '\n');
        }
        {
            TranscriptWriter w; // appending again after the damage
            QVERIFY(w.open(path).ok());
            w.write(QStringLiteral("run_finished"),
                    {{QStringLiteral("stop_reason"), QStringLiteral("end_turn")}});
        }
        auto log = TranscriptReader::read(path);
        QVERIFY(log.ok());
        QCOMPARE(log->events.size(), 3);
        QCOMPARE(log->lineNumbers, (QList<int>{1, 2, 6}));
        QCOMPARE(log->warnings.size(), 3);
        QCOMPARE(log->warnings.at(0).line, 3);
        QCOMPARE(log->warnings.at(1).line, 4);
        QCOMPARE(log->warnings.at(2).line, 5);
        for (const LineWarning &w : std::as_const(log->warnings)) {
            QVERIFY(!w.torn);
            QVERIFY(w.message.startsWith(QStringLiteral("line %1:").arg(w.line)));
        }
        auto s = TranscriptReader::summarize(path);
        QVERIFY(s.ok());
        QCOMPARE(s->stopReason, QStringLiteral("end_turn"));
        QVERIFY(s->toText().contains(QStringLiteral("Skipped line 3:")));
    }

    void emptyFile_opensWithNothingToReport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto log = TranscriptReader::read(path);
        QVERIFY(log.ok());
        QVERIFY(log->events.isEmpty());
        QVERIFY(log->warnings.isEmpty());
        auto s = TranscriptReader::summarize(path);
        QVERIFY(s.ok());
        QCOMPARE(s->turns, 0);
        QVERIFY(s->toText().contains(QStringLiteral("not finished")));
    }

    void reopeningAfterATornLine_startsTheNextEventOnALineOfItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        writeEvents(path, 2);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"type\":\"sse\",\"da");
        }
        {
            TranscriptWriter w;
            QVERIFY(w.open(path).ok());
            QVERIFY(w.write(QStringLiteral("run_finished"), {}));
            w.sync();
            QVERIFY(w.error().isNull());
        }
        auto log = TranscriptReader::read(path);
        QVERIFY(log.ok());
        QCOMPARE(log->events.size(), 3);
        QCOMPARE(log->events.last().value(QLatin1String("type")).toString(), QStringLiteral("run_finished"));
        QCOMPARE(log->warnings.size(), 1);
        QCOMPARE(log->warnings.first().line, 3);
        QVERIFY(!log->warnings.first().torn); // no longer the last line
    }

    void killedWriter_leavesAFileThatOpensWithEveryReportedEvent_data()
    {
        QTest::addColumn<int>("killAfter");
        for (int n : {1, 3, 10, 40, 150})
            QTest::newRow(qPrintable(QStringLiteral("after %1 events").arg(n))) << n;
    }
    void killedWriter_leavesAFileThatOpensWithEveryReportedEvent()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("killed.jsonl"));
        QProcess child;
        int reported = 0;
        QByteArray pending;
        connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                reported = pending.left(nl).toInt();
                pending.remove(0, nl + 1);
            }
        });
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-forever"), path});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(reported >= killAfter, 20000);
        QSignalSpy finished(&child, &QProcess::finished);
        child.kill(); // SIGKILL, while it keeps writing
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto log = TranscriptReader::read(path);
        QVERIFY(log.ok());
        QVERIFY2(
            log->events.size() >= reported,
            qPrintable(
                QStringLiteral("%1 events read, %2 reported written").arg(log->events.size()).arg(reported)));
        for (int i = 0; i < log->events.size(); ++i)
            QCOMPARE(log->events.at(i).value(QLatin1String("seq")).toInt(), i + 1);
        // The kernel may stop a multi-page write(2) part-way for SIGKILL, so the last line can be
        // torn; it is then the only warning, marked torn, and everything before it reads.
        QVERIFY2(log->warnings.size() <= 1, qPrintable(log->warnings.value(1).message));
        if (!log->warnings.isEmpty())
            QVERIFY2(log->warnings.first().torn, qPrintable(log->warnings.first().message));
    }

    void credentials_neverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.jsonl"));
        {
            TranscriptWriter w;
            QVERIFY(w.open(path).ok());
            w.write(QStringLiteral("request_headers"),
                    {{QStringLiteral("headers"),
                      QJsonObject{{QStringLiteral("x-api-key"), QStringLiteral("sk-secret-1")},
                                  {QStringLiteral("Authorization"), QStringLiteral("Bearer sk-secret-2")},
                                  {QStringLiteral("x-session-token"), QStringLiteral("sk-secret-3")},
                                  {QStringLiteral("anthropic-ratelimit-input-tokens-remaining"),
                                   QStringLiteral("39000")},
                                  {QStringLiteral("anthropic-version"), QStringLiteral("2023-06-01")}}}});
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(!all.contains("sk-secret"));
        QVERIFY(all.contains("2023-06-01"));
        // Rate-limit figures name tokens but are not secrets: the inspector shows them.
        QVERIFY(all.contains("\"anthropic-ratelimit-input-tokens-remaining\":\"39000\""));
    }

    void missingFile_isAClearError()
    {
        auto s = TranscriptReader::summarize(QStringLiteral("/nonexistent/run.jsonl"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("/nonexistent/run.jsonl")));
    }
};

// `--write-forever PATH`: the child killed by killedWriter_…: writes events until killed, and
// reports on stdout how many it has written completely.
static int writeForever(const QString &path)
{
    TranscriptWriter w;
    if (!w.open(path).ok())
        return 1;
    const QString payload(4096, QLatin1Char('x'));
    for (int i = 1;; ++i) {
        w.write(QStringLiteral("output"),
                {{QStringLiteral("id"), QStringLiteral("toolu_1")}, {QStringLiteral("text"), payload}});
        if (i % 8 == 0)
            w.sync();
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--write-forever"))
        return writeForever(args.at(2));
    tst_Transcript t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "tst_transcript.moc"
