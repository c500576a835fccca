// SPDX-License-Identifier: MIT
#include "llm/messageaccumulator.h"
#include "llm/sseparser.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;
using Outcome = MessageAccumulator::Outcome;

namespace {

QByteArray readData(const QString &name)
{
    return TestSupport::readTestFile(QStringLiteral(WB_TEST_DATA_DIR "/") + name);
}

QJsonObject obj(const char *json)
{
    return TestSupport::jsonObject(json);
}

struct Run
{
    MessageAccumulator acc;
    QList<Outcome> outcomes;
};

Run accumulate(const QByteArray &bytes)
{
    Run run;
    SseParser parser;
    for (const SseEvent &e : parser.feed(bytes))
        run.outcomes.append(run.acc.apply(QString::fromUtf8(e.name), e.data));
    return run;
}

QByteArray frame(const char *name, const char *json)
{
    return QByteArray("event: ") + name + "\ndata: " + json + "\n\n";
}

QString pretty(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

class TestMessageAccumulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fastDeltaPath_agreesWithTheGeneralParser_data();
    void fastDeltaPath_agreesWithTheGeneralParser();
    void recordedStream_buildsFinalMessage_data();
    void recordedStream_buildsFinalMessage();
    void textDeltas_reportKindAndText();
    void toolInput_parsedAtBlockStop();
    void toolInput_emptyBufferIsEmptyObject();
    void toolInput_invalidJsonIsKeptAsUnknown();
    void usage_isReplacedByMessageDeltaNotAdded();
    void citationsDelta_pushesOntoCitations();
    void unknownEventAndDeltaAndBlock_areKept();
    void midStreamError_keepsPartialAndReportsError();
    void malformedData_isReportedAndKept_data();
    void malformedData_isReportedAndKept();
    void stopDetails_arePassedThrough();
    void emptyEventName_fallsBackToDataType();
};

void TestMessageAccumulator::recordedStream_buildsFinalMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<bool>("stopped");

    QTest::newRow("text") << u"text_turn.sse"_s << obj(R"({"id":"msg_01TextOnly","type":"message",
        "role":"assistant","model":"claude-sonnet-4-6",
        "content":[{"type":"text","text":"Hello! The build finished in 4.2 s — all 17 tests passed. ✓"}],
        "stop_reason":"end_turn","stop_sequence":null,
        "usage":{"input_tokens":25,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":15}})")
                          << true;
    QTest::newRow("tool_use") << u"tool_use_turn.sse"_s << obj(R"({"id":"msg_01Xq7","type":"message",
        "role":"assistant","model":"claude-sonnet-4-6",
        "content":[{"type":"text","text":"I'll list the build directory first."},
                   {"type":"tool_use","id":"toolu_01AbC9","name":"bash","input":{"command":"ls -la build/"}}],
        "stop_reason":"tool_use","stop_sequence":null,
        "usage":{"input_tokens":812,"cache_creation_input_tokens":0,"cache_read_input_tokens":2048,"output_tokens":58}})")
                              << true;
    QTest::newRow("thinking") << u"thinking_turn.sse"_s << obj(R"({"id":"msg_01Think","type":"message",
        "role":"assistant","model":"claude-sonnet-4-6",
        "content":[{"type":"thinking","thinking":"The user wants the sum of 1..10.\nThat is 10*11/2 = 55.",
                    "signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"},
                   {"type":"text","text":"The sum is **55**."}],
        "stop_reason":"end_turn","stop_sequence":null,
        "usage":{"input_tokens":120,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":96,
                 "output_tokens_details":{"thinking_tokens":70}}})")
                              << true;
    QTest::newRow("unknown types") << u"unknown_types.sse"_s << obj(R"({"id":"msg_01Unknown","type":"message",
        "role":"assistant","model":"claude-sonnet-4-6",
        "content":[{"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpP"},
                   {"type":"holo_block","payload":{"shape":"torus","n":3}},
                   {"type":"text","text":"Done."}],
        "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":30,"output_tokens":12}})")
                                   << true;
    QTest::newRow("crlf + comments") << u"crlf_comments.sse"_s << obj(R"({"id":"msg_01Crlf","type":"message",
        "role":"assistant","model":"claude-sonnet-4-6",
        "content":[{"type":"text","text":"Line one\r\nLine two and a 🙂 emoji"}],
        "stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":9,"output_tokens":9}})")
                                     << true;
    QTest::newRow("midstream error") << u"midstream_error.sse"_s << obj(R"({"id":"msg_01Err","type":"message",
        "role":"assistant","model":"claude-sonnet-4-6",
        "content":[{"type":"text","text":"Let me start by reading the"}],
        "stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":40,"output_tokens":1}})")
                                     << false;
}

void TestMessageAccumulator::recordedStream_buildsFinalMessage()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    QFETCH(bool, stopped);

    const Run run = accumulate(readData(file));
    QVERIFY(run.acc.hasStarted());
    QCOMPARE(run.acc.isStopped(), stopped);
    QCOMPARE(pretty(run.acc.message()), pretty(expected));
}

void TestMessageAccumulator::textDeltas_reportKindAndText()
{
    MessageAccumulator acc;
    acc.apply(u"message_start"_s, R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})");
    QCOMPARE(
        acc.apply(
            u"content_block_start"_s,
            R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}})"),
        Outcome::BlockStarted);
    QCOMPARE(
        acc.apply(
            u"content_block_delta"_s,
            R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"hmm"}})"),
        Outcome::TextAppended);
    QCOMPARE(acc.lastIndex(), 0);
    QCOMPARE(acc.lastDeltaKind(), u"thinking"_s);
    QCOMPARE(acc.lastDeltaText(), u"hmm"_s);
    QCOMPARE(
        acc.apply(
            u"content_block_delta"_s,
            R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"sig"}})"),
        Outcome::BlockUpdated);
    QCOMPARE(acc.apply(u"content_block_stop"_s, R"({"type":"content_block_stop","index":0})"),
             Outcome::BlockStopped);
    QCOMPARE(
        acc.apply(u"content_block_start"_s,
                  R"({"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}})"),
        Outcome::BlockStarted);
    QCOMPARE(
        acc.apply(u"content_block_delta"_s,
                  R"({"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"hi"}})"),
        Outcome::TextAppended);
    QCOMPARE(acc.lastIndex(), 1);
    QCOMPARE(acc.lastDeltaKind(), u"text"_s);
    QCOMPARE(acc.block(0), obj(R"({"type":"thinking","thinking":"hmm","signature":"sig"})"));
    QCOMPARE(acc.block(1), obj(R"({"type":"text","text":"hi"})"));
    QCOMPARE(acc.block(7), QJsonObject());
}

void TestMessageAccumulator::toolInput_parsedAtBlockStop()
{
    const Run run = accumulate(readData(u"tool_use_turn.sse"_s));
    QCOMPARE(run.acc.block(1).value("input"_L1).toObject(), obj(R"({"command":"ls -la build/"})"));
    QVERIFY(run.acc.unknownEvents().isEmpty());
}

void TestMessageAccumulator::toolInput_emptyBufferIsEmptyObject()
{
    const QByteArray stream =
        frame("message_start", R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})") +
        frame(
            "content_block_start",
            R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"t","name":"n","input":{}}})") +
        frame(
            "content_block_delta",
            R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":""}})") +
        frame("content_block_stop", R"({"type":"content_block_stop","index":0})");
    const Run run = accumulate(stream);
    QCOMPARE(run.outcomes.last(), Outcome::BlockStopped);
    QVERIFY(run.acc.block(0).value("input"_L1).isObject());
    QCOMPARE(run.acc.block(0).value("input"_L1).toObject(), QJsonObject());
}

void TestMessageAccumulator::toolInput_invalidJsonIsKeptAsUnknown()
{
    const QByteArray stream =
        frame("message_start", R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})") +
        frame(
            "content_block_start",
            R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"t","name":"n","input":{}}})") +
        frame(
            "content_block_delta",
            R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{\"code\": \"print("}})") +
        frame("content_block_stop", R"({"type":"content_block_stop","index":0})");
    const Run run = accumulate(stream);
    QCOMPARE(run.acc.block(0).value("input"_L1).toObject(), QJsonObject());
    QCOMPARE(run.acc.unknownEvents().size(), 1);
    QCOMPARE(run.acc.unknownEvents().first().value("partial_json"_L1).toString(), u"{\"code\": \"print("_s);
}

void TestMessageAccumulator::usage_isReplacedByMessageDeltaNotAdded()
{
    MessageAccumulator acc;
    acc.apply(
        u"message_start"_s,
        R"({"type":"message_start","message":{"id":"m","content":[],"usage":{"input_tokens":10,"cache_read_input_tokens":5,"output_tokens":1}}})");
    QCOMPARE(
        acc.apply(
            u"message_delta"_s,
            R"({"type":"message_delta","delta":{"stop_reason":"max_tokens","stop_sequence":null},"usage":{"output_tokens":40}})"),
        Outcome::MessageDelta);
    QCOMPARE(
        acc.apply(u"message_delta"_s,
                  R"({"type":"message_delta","delta":{},"usage":{"output_tokens":42,"input_tokens":10}})"),
        Outcome::MessageDelta);
    QCOMPARE(acc.usage(), obj(R"({"input_tokens":10,"cache_read_input_tokens":5,"output_tokens":42})"));
    QCOMPARE(acc.message().value("stop_reason"_L1).toString(), u"max_tokens"_s);
    QCOMPARE(acc.apply(u"message_stop"_s, R"({"type":"message_stop"})"), Outcome::MessageStopped);
    QVERIFY(acc.isStopped());
}

void TestMessageAccumulator::citationsDelta_pushesOntoCitations()
{
    MessageAccumulator acc;
    acc.apply(u"message_start"_s, R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})");
    acc.apply(u"content_block_start"_s,
              R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})");
    acc.apply(
        u"content_block_delta"_s,
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Grass is green."}})");
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(
            acc.apply(
                u"content_block_delta"_s,
                R"({"type":"content_block_delta","index":0,"delta":{"type":"citations_delta","citation":{"type":"char_location","cited_text":"green"}}})"),
            Outcome::BlockUpdated);
    }
    acc.apply(u"content_block_stop"_s, R"({"type":"content_block_stop","index":0})");
    const QJsonArray citations = acc.block(0).value("citations"_L1).toArray();
    QCOMPARE(citations.size(), 2);
    QCOMPARE(citations.at(0).toObject(), obj(R"({"type":"char_location","cited_text":"green"})"));
}

void TestMessageAccumulator::unknownEventAndDeltaAndBlock_areKept()
{
    const Run run = accumulate(readData(u"unknown_types.sse"_s));
    QCOMPARE(run.outcomes.at(1), Outcome::Unknown);
    QCOMPARE(run.outcomes.at(5), Outcome::Unknown);
    const QList<QJsonObject> unknown = run.acc.unknownEvents();
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.at(0).value("event"_L1).toString(), u"future_event"_s);
    QCOMPARE(unknown.at(0).value("data"_L1).toObject().value("detail"_L1).toObject(),
             obj(R"({"hint":"new in 2027"})"));
    QCOMPARE(unknown.at(1).value("event"_L1).toString(), u"content_block_delta"_s);
    QCOMPARE(unknown.at(1).value("data"_L1).toObject().value("delta"_L1).toObject(),
             obj(R"({"type":"holo_delta","spin":0.5})"));
    // The unknown block is content, kept verbatim so it can be echoed back.
    QCOMPARE(run.acc.block(1), obj(R"({"type":"holo_block","payload":{"shape":"torus","n":3}})"));
}

void TestMessageAccumulator::midStreamError_keepsPartialAndReportsError()
{
    const Run run = accumulate(readData(u"midstream_error.sse"_s));
    QCOMPARE(run.outcomes.last(), Outcome::StreamError);
    QCOMPARE(run.acc.streamError(), obj(R"({"type":"overloaded_error","message":"Overloaded"})"));
    QVERIFY(!run.acc.isStopped());
    QCOMPARE(run.acc.block(0).value("text"_L1).toString(), u"Let me start by reading the"_s);
}

void TestMessageAccumulator::malformedData_isReportedAndKept_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QJsonValue>("kept");
    QTest::newRow("not JSON") << u"content_block_delta"_s << QByteArray("{oops") << QJsonValue(u"{oops"_s);
    QTest::newRow("delta for a block never started")
        << u"content_block_delta"_s
        << QByteArray(R"({"type":"content_block_delta","index":3,"delta":{"type":"text_delta","text":"x"}})")
        << QJsonValue(
               obj(R"({"type":"content_block_delta","index":3,"delta":{"type":"text_delta","text":"x"}})"));
    QTest::newRow("stop without index")
        << u"content_block_stop"_s << QByteArray(R"({"type":"content_block_stop"})")
        << QJsonValue(obj(R"({"type":"content_block_stop"})"));
}

void TestMessageAccumulator::malformedData_isReportedAndKept()
{
    QFETCH(QString, event);
    QFETCH(QByteArray, data);
    QFETCH(QJsonValue, kept);
    MessageAccumulator acc;
    acc.apply(u"message_start"_s, R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})");
    QCOMPARE(acc.apply(event, data), Outcome::Malformed);
    QCOMPARE(acc.unknownEvents().size(), 1);
    QCOMPARE(acc.unknownEvents().first().value("event"_L1).toString(), event);
    QCOMPARE(acc.unknownEvents().first().value("data"_L1), kept);
}

void TestMessageAccumulator::stopDetails_arePassedThrough()
{
    MessageAccumulator acc;
    acc.apply(u"message_start"_s, R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})");
    acc.apply(
        u"message_delta"_s,
        R"({"type":"message_delta","delta":{"stop_reason":"refusal","stop_sequence":null,"stop_details":{"type":"refusal","category":"cyber"}},"usage":{"output_tokens":3}})");
    const QJsonObject message = acc.message();
    QCOMPARE(message.value("stop_reason"_L1).toString(), u"refusal"_s);
    QCOMPARE(message.value("stop_details"_L1).toObject(), obj(R"({"type":"refusal","category":"cyber"})"));
    QVERIFY(message.value("stop_sequence"_L1).isNull());
}

void TestMessageAccumulator::emptyEventName_fallsBackToDataType()
{
    MessageAccumulator acc;
    QCOMPARE(acc.apply(QString(), R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})"),
             Outcome::MessageStarted);
    QCOMPARE(acc.apply(QString(), R"({"type":"ping"})"), Outcome::Ignored);
    QVERIFY(acc.unknownEvents().isEmpty());
}

void TestMessageAccumulator::fastDeltaPath_agreesWithTheGeneralParser_data()
{
    QTest::addColumn<QByteArray>("delta");
    auto row = [](const char *name, const QByteArray &json) { QTest::newRow(name) << json; };
    row("plain", R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hello"}})");
    row("thinking",
        R"({"type":"content_block_delta","index":1,"delta":{"type":"thinking_delta","thinking":"hm"}})");
    row("keys reordered",
        R"({"delta":{"text":"x","type":"text_delta"},"index":0,"type":"content_block_delta"})");
    row("whitespace", " {\n \"type\" : \"content_block_delta\" ,\t\"index\":0 , \"delta\":{ "
                      "\"type\":\"text_delta\",\"text\":\"a b\" } }\r\n");
    row("escapes",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"q\"b\\s\/n\nr\rt\tb\bf\f"}})");
    row("unicode escapes",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\u00e9\u4e2d\ud83d\ude00"}})");
    row("raw utf-8", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
                     "\"text\":\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"}}");
    row("lone high surrogate",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\ud83db"}})");
    row("lone low surrogate",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\ude00"}})");
    row("invalid utf-8", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
                         "\"text\":\"a\xff\xfe\"}}");
    row("bad escape",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"\x"}})");
    row("control char", "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\","
                        "\"text\":\"a\x01\"}}");
    row("empty text", R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":""}})");
    row("missing text", R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta"}})");
    row("float index",
        R"({"type":"content_block_delta","index":0.0,"delta":{"type":"text_delta","text":"f"}})");
    row("negative index",
        R"({"type":"content_block_delta","index":-1,"delta":{"type":"text_delta","text":"n"}})");
    row("unknown index",
        R"({"type":"content_block_delta","index":7,"delta":{"type":"text_delta","text":"u"}})");
    row("huge index",
        R"({"type":"content_block_delta","index":123456789012,"delta":{"type":"text_delta","text":"h"}})");
    row("extra key",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"e","x":1}})");
    row("mismatched kind",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","thinking":"m"}})");
    row("json delta",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{"}})");
    row("truncated", R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"abc)");
    row("trailing garbage",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"t"}} x)");
    row("backslash at end",
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"\\");
    row("other type", R"({"type":"content_block_stop","index":0,"delta":{"type":"text_delta","text":"o"}})");
}

void TestMessageAccumulator::fastDeltaPath_agreesWithTheGeneralParser()
{
    QFETCH(QByteArray, delta);
    const QByteArray start = R"({"type":"message_start","message":{"id":"m","content":[],"usage":{}}})";
    const QByteArray text =
        R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":"<"}})";
    const QByteArray think =
        R"({"type":"content_block_start","index":1,"content_block":{"type":"thinking","thinking":""}})";
    MessageAccumulator general;
    MessageAccumulator fast;
    for (MessageAccumulator *acc : {&general, &fast}) {
        acc->apply(u"message_start"_s, start);
        acc->apply(u"content_block_start"_s, text);
        acc->apply(u"content_block_start"_s, think);
    }
    const auto g = general.apply(u"content_block_delta"_s, delta);
    const auto f = fast.apply(QByteArrayView("content_block_delta"), QByteArrayView(delta));
    QCOMPARE(f, g);
    QCOMPARE(fast.lastDeltaText(), general.lastDeltaText());
    QCOMPARE(fast.lastDeltaKind(), general.lastDeltaKind());
    QCOMPARE(fast.lastIndex(), general.lastIndex());
    QCOMPARE(fast.message(), general.message());
    QCOMPARE(fast.unknownEvents(), general.unknownEvents());
}

QTEST_GUILESS_MAIN(TestMessageAccumulator)
#include "tst_messageaccumulator.moc"
