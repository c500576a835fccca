// SPDX-License-Identifier: MIT
#include "llm/replayprovider.h"
#include "testdata.h"
#include "testmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

QJsonObject obj(const char *json)
{
    return TestSupport::jsonObject(json);
}

QJsonObject textMessage(const QString &id, const QString &text, const QString &stopReason = u"end_turn"_s)
{
    return TestSupport::assistantMessage(
        {TestSupport::textBlock(text)}, stopReason,
        {.id = id, .model = u"claude-replay"_s, .inputTokens = 10, .outputTokens = 20});
}

QJsonObject firstText(const ModelJob &job)
{
    return job.message().value("content"_L1).toArray().at(0).toObject();
}

// Runs one job to completion from the event loop.
std::unique_ptr<ModelJob> run(ReplayProvider &provider, const QJsonObject &request = {})
{
    std::unique_ptr<ModelJob> job(provider.createJob(request, nullptr));
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000))
        qWarning("replay job did not finish");
    return job;
}

} // namespace

class TestReplayProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesMessagesInOrder();
    void start_neverEmitsBeforeReturning();
    void pacedStream_arrivesInSeveralDeltas();
    void toolUseMessage_streamsParsedInput();
    void substitution_insertsToolResultFromRequest_data();
    void substitution_insertsToolResultFromRequest();
    void exhausted_failsWithReplayExhausted();
    void cancel_finishesOnceWithCancelled();
    void parse_skipsBlankAndCommentLines();
    void parse_acceptsTranscriptLines();
    void parse_malformedLine_namesSourceAndLine_data();
    void parse_malformedLine_namesSourceAndLine();
    void loadFile_readsFileAndReportsMissingOne();
};

void TestReplayProvider::servesMessagesInOrder()
{
    const QList<QJsonObject> messages{textMessage(u"msg_a"_s, u"first answer"_s, u"tool_use"_s),
                                      textMessage(u"msg_b"_s, u"second answer"_s)};
    ReplayProvider provider(messages);
    QCOMPARE(provider.name(), u"replay"_s);
    QCOMPARE(provider.total(), 2);
    QCOMPARE(provider.served(), 0);

    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<ModelJob> job(provider.createJob({}, nullptr));
        QSignalSpy sent(job.get(), &ModelJob::requestSent);
        QSignalSpy headers(job.get(), &ModelJob::responseHeaders);
        QSignalSpy raw(job.get(), &ModelJob::rawEvent);
        QSignalSpy finished(job.get(), &ModelJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        QCOMPARE(job->message(), messages.at(i));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().toJsonObject(), QJsonObject());
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(0).toInt(), 200);
        QCOMPARE(headers.first().at(1).toJsonObject(), QJsonObject({{"x-replay"_L1, QString::number(i)}}));
        QVERIFY(raw.size() >= 7);
        QCOMPARE(provider.served(), i + 1);
    }
}

void TestReplayProvider::start_neverEmitsBeforeReturning()
{
    ReplayProvider provider({textMessage(u"m"_s, u"hello"_s)});
    std::unique_ptr<ModelJob> job(provider.createJob({}, nullptr));
    QSignalSpy raw(job.get(), &ModelJob::rawEvent);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QCOMPARE(raw.size(), 0);
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(job->error().isNull());
}

void TestReplayProvider::pacedStream_arrivesInSeveralDeltas()
{
    const QString text = u"A longer answer that the replay streams piece by piece so the GUI shows it."_s;
    ReplayProvider provider({textMessage(u"m"_s, text)});
    provider.setChunkDelayMs(1);
    std::unique_ptr<ModelJob> job(provider.createJob({}, nullptr));
    QSignalSpy deltas(job.get(), &ModelJob::textDelta);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(deltas.size() > 2);
    QString joined;
    for (const QList<QVariant> &args : std::as_const(deltas))
        joined += args.at(2).toString();
    QCOMPARE(joined, text);
    QVERIFY(job->timeToFirstTokenMs() >= 0);
}

void TestReplayProvider::toolUseMessage_streamsParsedInput()
{
    const QJsonObject message = obj(R"({"id":"msg_t","type":"message","role":"assistant","model":"m",
        "content":[{"type":"text","text":"Running it."},
                   {"type":"tool_use","id":"toolu_1","name":"run_script",
                    "input":{"language":"python","code":"print(6*7)\n"}}],
        "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":3,"output_tokens":4}})");
    ReplayProvider provider({message});
    std::unique_ptr<ModelJob> job(provider.createJob({}, nullptr));
    QSignalSpy blockDone(job.get(), &ModelJob::blockFinished);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(blockDone.size(), 2);
    QCOMPARE(blockDone.at(1).at(1).toJsonObject(), message.value("content"_L1).toArray().at(1).toObject());
    QCOMPARE(job->message(), message);
}

void TestReplayProvider::substitution_insertsToolResultFromRequest_data()
{
    QTest::addColumn<QString>("recorded");
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("expected");

    const QJsonObject request = obj(R"json({"model":"m","messages":[
        {"role":"user","content":"Sum 1..10 with a script."},
        {"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"run_script","input":{}}]},
        {"role":"user","content":[
            {"type":"tool_result","tool_use_id":"toolu_1","content":"  55\n"},
            {"type":"tool_result","tool_use_id":"toolu_2","content":[{"type":"text","text":"line one"},
                                                                     {"type":"image","source":{}},
                                                                     {"type":"text","text":"line two\n"}]},
            {"type":"text","text":"(continue)"}]}]})json");
    QTest::newRow("string content, trimmed")
        << u"The script printed {{tool_result:toolu_1}}."_s << request << u"The script printed 55."_s;
    QTest::newRow("text blocks joined")
        << u"Output:\n{{tool_result:toolu_2}}"_s << request << u"Output:\nline one\nline two"_s;
    QTest::newRow("several placeholders")
        << u"{{tool_result:toolu_1}} / {{tool_result:toolu_2}} / {{tool_result:toolu_1}}"_s << request
        << u"55 / line one\nline two / 55"_s;
    QTest::newRow("unknown id") << u"Got {{tool_result:toolu_9}}"_s << request
                                << u"Got (no tool result with id toolu_9)"_s;
    QTest::newRow("no placeholder") << u"Nothing to replace {{here}}"_s << request
                                    << u"Nothing to replace {{here}}"_s;
    QTest::newRow("request without messages")
        << u"x {{tool_result:toolu_1}}"_s << QJsonObject() << u"x (no tool result with id toolu_1)"_s;
}

void TestReplayProvider::substitution_insertsToolResultFromRequest()
{
    QFETCH(QString, recorded);
    QFETCH(QJsonObject, request);
    QFETCH(QString, expected);
    ReplayProvider provider({textMessage(u"m"_s, recorded)});
    const auto job = run(provider, request);
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QCOMPARE(firstText(*job).value("text"_L1).toString(), expected);
}

void TestReplayProvider::exhausted_failsWithReplayExhausted()
{
    ReplayProvider provider({textMessage(u"a"_s, u"1"_s), textMessage(u"b"_s, u"2"_s)});
    QVERIFY(run(provider)->error().isNull());
    QVERIFY(run(provider)->error().isNull());
    const auto third = run(provider);
    QCOMPARE(third->error().code, u"replay_exhausted"_s);
    QCOMPARE(third->error().message, u"The replay holds 2 recorded responses; turn 3 has none."_s);
    QCOMPARE(provider.served(), 2);
}

void TestReplayProvider::cancel_finishesOnceWithCancelled()
{
    ReplayProvider provider({textMessage(u"a"_s, u"some text that is long enough for several pieces"_s)});
    provider.setChunkDelayMs(5);
    std::unique_ptr<ModelJob> job(provider.createJob({}, nullptr));
    QSignalSpy deltas(job.get(), &ModelJob::textDelta);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_VERIFY(!deltas.isEmpty());
    job->cancel();
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().code, u"cancelled"_s);
    // A later job still runs; the cancelled one stays silent meanwhile.
    const qsizetype deltasAtCancel = deltas.size();
    ReplayProvider other({textMessage(u"b"_s, u"x"_s)});
    other.setChunkDelayMs(5);
    QVERIFY(run(other)->error().isNull());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(deltas.size(), deltasAtCancel);
}

void TestReplayProvider::parse_skipsBlankAndCommentLines()
{
    const QByteArray jsonl =
        "// recorded 2026-11-20 against claude-sonnet-4-6\n"
        "\n"
        R"({"type":"message","role":"assistant","content":[{"type":"text","text":"one"}],"stop_reason":"end_turn"})"
        "\r\n   \n"
        "  // indented comment\n"
        R"({"type":"message","role":"assistant","content":[],"stop_reason":"end_turn"})";
    const auto result = ReplayProvider::parse(jsonl, u"demo.jsonl"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).value("content"_L1).toArray().at(0).toObject().value("text"_L1).toString(),
             u"one"_s);
}

void TestReplayProvider::parse_acceptsTranscriptLines()
{
    const QByteArray jsonl =
        R"({"type":"run_started","task":"sum"})"
        "\n"
        R"({"type":"request","turn":1,"body":{"model":"m"}})"
        "\n"
        R"({"type":"sse_event","turn":1,"event":"ping","data":"{}"})"
        "\n"
        R"({"type":"assistant_message","turn":1,"message":{"type":"message","role":"assistant","content":[{"type":"text","text":"from transcript"}],"stop_reason":"tool_use"}})"
        "\n"
        R"({"type":"tool_result","turn":1,"content":"55"})"
        "\n"
        R"({"type":"message","role":"assistant","content":[{"type":"text","text":"plain"}],"stop_reason":"end_turn"})"
        "\n";
    const auto result = ReplayProvider::parse(jsonl, u"run.jsonl"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).value("stop_reason"_L1).toString(), u"tool_use"_s);
    QCOMPARE(result->at(1).value("stop_reason"_L1).toString(), u"end_turn"_s);
}

void TestReplayProvider::parse_malformedLine_namesSourceAndLine_data()
{
    QTest::addColumn<QByteArray>("jsonl");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    const QByteArray good = R"({"type":"message","role":"assistant","content":[],"stop_reason":"end_turn"})";
    QTest::newRow("broken JSON") << QByteArray(good + "\n// note\n{\"type\":\"message\",\n" + good)
                                 << u"replay_malformed"_s << u"line 3"_s;
    QTest::newRow("not an object") << QByteArray("\n[1,2]\n") << u"replay_malformed"_s << u"line 2"_s;
    QTest::newRow("message without content")
        << QByteArray(good + "\n" + good + "\n" + R"({"type":"message","role":"assistant"})")
        << u"replay_malformed"_s << u"line 3"_s;
    QTest::newRow("transcript line without message")
        << QByteArray(R"({"type":"assistant_message","turn":1})") << u"replay_malformed"_s << u"line 1"_s;
    QTest::newRow("object without type")
        << QByteArray(R"({"content":[]})") << u"replay_malformed"_s << u"line 1"_s;
    QTest::newRow("nothing recorded")
        << QByteArray("// only a comment\n\n") << u"replay_empty"_s << QString();
}

void TestReplayProvider::parse_malformedLine_namesSourceAndLine()
{
    QFETCH(QByteArray, jsonl);
    QFETCH(QString, code);
    QFETCH(QString, where);
    const auto result = ReplayProvider::parse(jsonl, u"demo.jsonl"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(u"demo.jsonl"_s), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(where), qPrintable(result.error().message));
}

void TestReplayProvider::loadFile_readsFileAndReportsMissingOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"replay.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(textMessage(u"m"_s, u"from file"_s)).toJson(QJsonDocument::Compact) + '\n');
    file.close();

    const auto loaded = ReplayProvider::loadFile(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 1);

    const QString missing = dir.filePath(u"missing.jsonl"_s);
    const auto failed = ReplayProvider::loadFile(missing);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, u"replay_unreadable"_s);
    QVERIFY(failed.error().message.contains(missing));
}

QTEST_GUILESS_MAIN(TestReplayProvider)
#include "tst_replayprovider.moc"
