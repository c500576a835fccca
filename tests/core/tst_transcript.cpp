// SPDX-License-Identifier: MIT
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

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
                                  {QStringLiteral("anthropic-version"), QStringLiteral("2023-06-01")}}}});
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(!all.contains("sk-secret"));
        QVERIFY(all.contains("2023-06-01"));
    }

    void missingFile_isAClearError()
    {
        auto s = TranscriptReader::summarize(QStringLiteral("/nonexistent/run.jsonl"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("/nonexistent/run.jsonl")));
    }
};

QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_transcript.moc"
