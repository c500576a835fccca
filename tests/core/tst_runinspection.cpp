// SPDX-License-Identifier: MIT
#include "inspectionfixture.h"
#include "transcript/runinspection.h"
#include "transcript/transcriptwriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

class tst_RunInspection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString knownFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("known.jsonl"));
        if (!InspectionFixture::writeFile(path, InspectionFixture::knownRun()))
            qFatal("cannot write the fixture");
        return path;
    }

private Q_SLOTS:
    void turn_timingsComeFromTheEvents()
    {
        const auto run = RunInspector::inspectFile(knownFile());
        QVERIFY(run.ok());
        QCOMPARE(run->turns.size(), 2);
        const InspectedTurn &t1 = run->turns.at(0);
        QCOMPARE(t1.ttftMs, 350); // recorded
        QCOMPARE(t1.firstDeltaMs, 350);
        QCOMPARE(t1.lastEventMs, 1350);
        QCOMPARE(t1.streamingMs(), 1000);
        QVERIFY(t1.tokensPerSecond().has_value());
        QCOMPARE(*t1.tokensPerSecond(), 200.0); // 200 output tokens over 1000 ms
        QCOMPARE(t1.events.size(), 6);
        QCOMPARE(t1.events.at(2).name, QStringLiteral("content_block_delta"));
        QCOMPARE(t1.events.at(2).preview, QStringLiteral("I will clean"));
        QCOMPARE(run->msSinceStart(t1.sentAt()), 1400); // the attempt that answered
        QCOMPARE(run->msSinceStart(t1.endAt), 2800);

        const InspectedTurn &t2 = run->turns.at(1);
        QCOMPARE(t2.ttftMs, 200);               // no ttft_ms recorded: the first content delta
        QCOMPARE(*t2.tokensPerSecond(), 100.0); // 50 tokens over 700 - 200 ms
        QCOMPARE(t2.stopReason, QStringLiteral("end_turn"));
    }

    void turn_usageCostAndRetries()
    {
        const auto run = RunInspector::inspectFile(knownFile());
        QVERIFY(run.ok());
        const InspectedTurn &t1 = run->turns.at(0);
        QCOMPARE(t1.usage.input, 1000);
        QCOMPARE(t1.usage.output, 200);
        QCOMPARE(t1.usage.cacheRead, 300);
        QCOMPARE(t1.usage.cacheWrite, 50);
        QCOMPARE(*t1.costUsd, 0.0123);
        QCOMPARE(t1.attempts.size(), 2);
        QCOMPARE(t1.attempts.at(0).status, 529);
        QCOMPARE(t1.attempts.at(0).responseHeaders.value(QLatin1String("request-id")).toString(),
                 QStringLiteral("req_1"));
        QCOMPARE(t1.attempts.at(1).status, 200);
        QCOMPARE(t1.retries.size(), 1);
        QCOMPARE(t1.retries.at(0).attempt, 2);
        QCOMPARE(t1.retries.at(0).delayMs, 1000);
        QCOMPARE(t1.retries.at(0).errorCode, QStringLiteral("overloaded_error"));

        const RunTotals totals = run->totals();
        QCOMPARE(totals.turns, 2);
        QCOMPARE(totals.toolCalls, 1);
        QCOMPARE(totals.usage.input, 2500);
        QCOMPARE(totals.usage.output, 250);
        QVERIFY(totals.costUsd.has_value());
        QVERIFY(qAbs(*totals.costUsd - 0.0223) < 1e-9);
        QCOMPARE(totals.retries, 1);
        QCOMPARE(totals.retryWaitMs, 1000);
        QCOMPARE(totals.approvalWaitMs, 5000);
        QCOMPARE(totals.toolMs, 480);
        QCOMPARE(totals.modelMs, (2800 - 100) + (9200 - 8400));
        QCOMPARE(totals.wallMs, 9300);
        QCOMPARE(run->stopReason, QStringLiteral("end_turn"));
        QVERIFY(run->finished);
    }

    void toolCall_decisionsExecutionAndChanges()
    {
        const auto run = RunInspector::inspectFile(knownFile());
        QVERIFY(run.ok());
        QCOMPARE(run->turns.at(0).toolCallIds, QStringList{QStringLiteral("toolu_1")});
        const InspectedToolCall &c = run->toolCalls.at(0);
        QCOMPARE(c.summary(), QStringLiteral("bash: rm -rf build"));
        QCOMPARE(c.decisions.size(), 2);
        QCOMPARE(c.decisions.at(0).verdict, QStringLiteral("ask"));
        QCOMPARE(c.decisions.at(0).rule, QStringLiteral("Bash(rm:*)"));
        QCOMPARE(c.decisions.at(0).ruleSource, QStringLiteral("user settings"));
        QCOMPARE(c.decisions.at(0).risks, QStringList{QStringLiteral("recursive delete")});
        QCOMPARE(c.decisions.at(1).decidedBy, QStringLiteral("user"));
        QVERIFY(c.decisions.at(1).edited());
        QCOMPARE(c.decisions.at(1).editedInput.value(QLatin1String("command")).toString(),
                 QStringLiteral("rm -rf build/tmp"));
        QCOMPARE(c.askedAt().msecsTo(c.answeredAt()), 5000);
        QCOMPARE(c.verdict(), QStringLiteral("allow"));
        QCOMPARE(c.checkpoint, QStringLiteral("cp-1"));
        QCOMPARE(c.spec.value(QLatin1String("limits")).toObject().value(QLatin1String("cpuSeconds")).toInt(),
                 60);
        QCOMPARE(c.end(), QStringLiteral("exited"));
        QCOMPARE(c.durationMs(), 480);
        QCOMPARE(c.changedFiles(), 3);
        QCOMPARE(c.stdoutText, QStringLiteral("removed\n"));
        QCOMPARE(c.stderrText, QStringLiteral("warn\n"));
        QCOMPARE(c.toolResult, QStringLiteral("removed"));
    }

    void credentials_neverReachTheInspection()
    {
        const QString path = knownFile();
        const auto run = RunInspector::inspectFile(path);
        QVERIFY(run.ok());
        const QJsonObject headers = run->turns.at(0).attempts.at(0).requestHeaders;
        QCOMPARE(headers.value(QLatin1String("x-api-key")).toString(), Redaction::kRedacted);
        QCOMPARE(headers.value(QLatin1String("Authorization")).toString(), Redaction::kRedacted);
        QCOMPARE(headers.value(QLatin1String("anthropic-version")).toString(), QStringLiteral("2023-06-01"));

        const auto request = RunInspection::readEvent(path, run->turns.at(0).request);
        QVERIFY(request.ok());
        const QByteArray body =
            QJsonDocument(request->value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
        QVERIFY(!body.contains(InspectionFixture::kSecret.toUtf8()));
        QVERIFY(body.contains("needle-42"));           // the rest of the text stays
        QVERIFY(body.contains("\"max_tokens\":8192")); // usage-like names are not credentials
        QVERIFY(body.contains("\"user_id\":\"u-7\""));
    }

    void credentialName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("credential");
        QTest::newRow("x-api-key") << QStringLiteral("x-api-key") << true;
        QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
        QTest::newRow("proxy-authorization") << QStringLiteral("Proxy-Authorization") << true;
        QTest::newRow("cookie") << QStringLiteral("Cookie") << true;
        QTest::newRow("api_key") << QStringLiteral("api_key") << true;
        QTest::newRow("OPENAI_API_KEY") << QStringLiteral("OPENAI_API_KEY") << true;
        QTest::newRow("access_token") << QStringLiteral("access_token") << true;
        QTest::newRow("client_secret") << QStringLiteral("client_secret") << true;
        QTest::newRow("password") << QStringLiteral("password") << true;
        QTest::newRow("input_tokens") << QStringLiteral("input_tokens") << false;
        QTest::newRow("max_tokens") << QStringLiteral("max_tokens") << false;
        QTest::newRow("ratelimit-tokens") << QStringLiteral("anthropic-ratelimit-tokens-remaining") << false;
        QTest::newRow("request-id") << QStringLiteral("request-id") << false;
        QTest::newRow("keyword") << QStringLiteral("keyword") << false;
    }
    void credentialName()
    {
        QFETCH(QString, name);
        QFETCH(bool, credential);
        QCOMPARE(Redaction::isCredentialName(name), credential);
    }

    void writerTranscript_isRedactedToo()
    {
        // A transcript written by the app's own writer, with a key in a tool input.
        const QString path = m_dir.filePath(QStringLiteral("written.jsonl"));
        {
            TranscriptWriter w;
            QVERIFY(w.open(path).ok());
            w.write(QStringLiteral("run_started"), {{QStringLiteral("run_id"), QStringLiteral("w")}});
            w.write(QStringLiteral("tool_call"),
                    {{QStringLiteral("turn"), 1},
                     {QStringLiteral("id"), QStringLiteral("t1")},
                     {QStringLiteral("name"), QStringLiteral("bash")},
                     {QStringLiteral("input"),
                      QJsonObject{
                          {QStringLiteral("command"),
                           QStringLiteral("curl -H 'x-api-key: %1' x").arg(InspectionFixture::kSecret)}}}});
        }
        const auto run = RunInspector::inspectFile(path);
        QVERIFY(run.ok());
        QCOMPARE(run->toolCalls.size(), 1);
        const QString command = run->toolCalls.at(0).input.value(QLatin1String("command")).toString();
        QVERIFY(!command.contains(InspectionFixture::kSecret));
        QVERIFY(command.startsWith(QStringLiteral("curl -H")));
    }

    void readMore_isIncremental_andWaitsForUnfinishedLines()
    {
        const QByteArray all = InspectionFixture::knownRun();
        // Cut in the middle of a line: the first pass must not read the fragment as torn.
        const qsizetype cut = all.indexOf("\"exec_started\"");
        QVERIFY(cut > 0);
        const QString path = m_dir.filePath(QStringLiteral("growing.jsonl"));
        QVERIFY(InspectionFixture::writeFile(path, all.left(cut)));
        RunInspector inspector;
        QVERIFY(inspector.readMore(path, false).ok());
        QVERIFY(inspector.inspection().warnings.isEmpty());
        QCOMPARE(inspector.inspection().toolCalls.at(0).started, false);
        QCOMPARE(inspector.inspection().toolCalls.at(0).decisions.size(), 2);
        QVERIFY(inspector.offset() < cut);
        QVERIFY(InspectionFixture::writeFile(path, all));
        QVERIFY(inspector.readMore(path, false).ok());
        const auto whole = RunInspector::inspectFile(path);
        QCOMPARE(inspector.inspection().events, whole->events);
        QCOMPARE(inspector.inspection().toolCalls.at(0).started, true);
        QCOMPARE(inspector.inspection().turns.size(), 2);
        QCOMPARE(inspector.inspection().totals().wallMs, whole->totals().wallMs);
        QCOMPARE(inspector.offset(), all.size());
    }

    void tornLastLine_isReportedWhenFinal()
    {
        const QByteArray all = InspectionFixture::knownRun();
        const QString path = m_dir.filePath(QStringLiteral("torn.jsonl"));
        QVERIFY(InspectionFixture::writeFile(path, all + "{\"type\":\"sse\",\"tu"));
        const auto run = RunInspector::inspectFile(path);
        QVERIFY(run.ok());
        QCOMPARE(run->warnings.size(), 1);
        QVERIFY(run->warnings.at(0).torn);
        QCOMPARE(run->warnings.at(0).line, int(all.count('\n')) + 1);
        QVERIFY(run->warnings.at(0).message.startsWith(QStringLiteral("line %1:").arg(all.count('\n') + 1)));
        QCOMPARE(run->turns.size(), 2);
    }

    void loader_parsesOffTheGuiThread_andFollowsAppends()
    {
        const QByteArray all = InspectionFixture::knownRun();
        const qsizetype lineEnd = all.indexOf('\n', all.indexOf("\"tool_result\"")) + 1;
        QVERIFY(lineEnd > 0);
        const QString path = m_dir.filePath(QStringLiteral("live.jsonl"));
        QVERIFY(InspectionFixture::writeFile(path, all.left(lineEnd)));
        RunInspectionLoader loader;
        QSignalSpy updated(&loader, &RunInspectionLoader::updated);
        loader.setPath(path, true);
        QTRY_COMPARE(loader.inspection().turns.size(), 1);
        QVERIFY(loader.inspection().toolCalls.at(0).hasToolResult);
        QVERIFY(!loader.inspection().finished);
        QVERIFY(InspectionFixture::writeFile(path, all));
        loader.reload();
        loader.reload(); // coalesced with the pass already running
        QTRY_COMPARE(loader.inspection().turns.size(), 2);
        QTRY_VERIFY(!loader.isLoading());
        QVERIFY(loader.inspection().finished);
        QCOMPARE(loader.inspection().events, int(all.count('\n')));
    }

    void loader_reportsAnUnreadableFile()
    {
        RunInspectionLoader loader;
        QSignalSpy failed(&loader, &RunInspectionLoader::failed);
        loader.setPath(m_dir.filePath(QStringLiteral("missing.jsonl")), false);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("missing.jsonl")));
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(850) << QStringLiteral("850 ms");
        QTest::newRow("s") << qint64(2400) << QStringLiteral("2.40 s");
        QTest::newRow("tens") << qint64(12345) << QStringLiteral("12.3 s");
        QTest::newRow("min") << qint64(192000) << QStringLiteral("3 min 12 s");
    }
    void formatDuration()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(RunInspection::formatDuration(ms), text);
    }
};

QTEST_GUILESS_MAIN(tst_RunInspection)
#include "tst_runinspection.moc"
