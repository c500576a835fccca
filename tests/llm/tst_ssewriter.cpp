// SPDX-License-Identifier: MIT
#include "llm/messageaccumulator.h"
#include "llm/sseparser.h"
#include "llm/ssewriter.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

QJsonObject obj(const char *json)
{
    return TestSupport::jsonObject(json);
}

QList<SseEvent> parse(const QByteArray &bytes)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(bytes);
    if (!parser.finish())
        qFatal("stream ended mid-event");
    return events;
}

QJsonObject data(const SseEvent &e)
{
    return QJsonDocument::fromJson(e.data).object();
}

} // namespace

class TestSseWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void event_isOneFrame();
    void fromMessage_accumulatesBackToTheMessage_data();
    void fromMessage_accumulatesBackToTheMessage();
    void fromMessage_followsTheApiEventOrder();
    void fromMessage_splitsTextIntoPieces();
    void fromMessage_sendsToolInputAsFragmentsAfterAnEmptyOne();
    void fromMessage_neverSplitsASurrogatePair();
};

void TestSseWriter::event_isOneFrame()
{
    QCOMPARE(SseWriter::event(u"ping"_s, obj(R"({"type":"ping"})")),
             QByteArray("event: ping\ndata: {\"type\":\"ping\"}\n\n"));
}

void TestSseWriter::fromMessage_accumulatesBackToTheMessage_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<int>("pieceChars");

    const QJsonObject mixed = obj(R"({"id":"msg_1","type":"message","role":"assistant","model":"claude-x",
        "content":[{"type":"thinking","thinking":"Plan: run the script, then report.","signature":"sig=="},
                   {"type":"text","text":"Running it now — one moment.","citations":[{"type":"char_location","cited_text":"x"}]},
                   {"type":"tool_use","id":"toolu_9","name":"run_script",
                    "input":{"language":"python","code":"print(sum(range(11)))\n","args":["-q"],"n":3}},
                   {"type":"redacted_thinking","data":"opaque"},
                   {"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":[]}],
        "stop_reason":"tool_use","stop_sequence":null,
        "usage":{"input_tokens":100,"cache_read_input_tokens":20,"output_tokens":77}})");
    for (int pieces : {1, 5, 24, 0})
        QTest::addRow("mixed blocks, pieces of %d", pieces) << mixed << pieces;
    QTest::newRow("empty text and empty input")
        << obj(R"({"id":"m","type":"message","role":"assistant","model":"x",
                   "content":[{"type":"text","text":""},{"type":"tool_use","id":"t","name":"n","input":{}}],
                   "stop_reason":"tool_use","stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":2}})")
        << 24;
    QTest::newRow("stop sequence and details")
        << obj(R"({"id":"m","type":"message","role":"assistant","model":"x","content":[{"type":"text","text":"a"}],
                   "stop_reason":"stop_sequence","stop_sequence":"###","stop_details":{"type":"x"},
                   "usage":{"input_tokens":1,"output_tokens":0}})")
        << 24;
}

void TestSseWriter::fromMessage_accumulatesBackToTheMessage()
{
    QFETCH(QJsonObject, message);
    QFETCH(int, pieceChars);
    MessageAccumulator acc;
    for (const SseEvent &e : parse(SseWriter::fromMessage(message, pieceChars))) {
        const auto outcome = acc.apply(QString::fromUtf8(e.name), e.data);
        QVERIFY2(outcome != MessageAccumulator::Outcome::Unknown &&
                     outcome != MessageAccumulator::Outcome::Malformed,
                 e.data.constData());
    }
    QVERIFY(acc.isStopped());
    QCOMPARE(acc.message(), message);
}

void TestSseWriter::fromMessage_followsTheApiEventOrder()
{
    const QJsonObject message = obj(R"({"id":"m","type":"message","role":"assistant","model":"x",
        "content":[{"type":"text","text":"hi"}],"stop_reason":"end_turn","stop_sequence":null,
        "usage":{"input_tokens":5,"output_tokens":9}})");
    const QList<SseEvent> events = parse(SseWriter::fromMessage(message));
    QStringList names;
    for (const SseEvent &e : events) {
        names.append(QString::fromUtf8(e.name));
        QCOMPARE(data(e).value("type"_L1).toString(), names.last()); // data.type equals the event name
    }
    QCOMPARE(names,
             (QStringList{u"message_start"_s, u"ping"_s, u"content_block_start"_s, u"content_block_delta"_s,
                          u"content_block_stop"_s, u"message_delta"_s, u"message_stop"_s}));
    const QJsonObject start = data(events.first()).value("message"_L1).toObject();
    QCOMPARE(start.value("content"_L1).toArray(), QJsonArray());
    QVERIFY(start.value("stop_reason"_L1).isNull());
    QCOMPARE(start.value("usage"_L1).toObject().value("input_tokens"_L1).toInt(), 5);
    QCOMPARE(data(events.at(5)).value("usage"_L1).toObject(), obj(R"({"output_tokens":9})"));
}

void TestSseWriter::fromMessage_splitsTextIntoPieces()
{
    const QString text = QString(100, u'a');
    const QJsonObject message{
        {"content"_L1, QJsonArray{QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, text}}}}};
    QStringList pieces;
    for (const SseEvent &e : parse(SseWriter::fromMessage(message, 24))) {
        if (e.name == "content_block_delta")
            pieces.append(data(e).value("delta"_L1).toObject().value("text"_L1).toString());
    }
    QCOMPARE(pieces.size(), 5);
    QCOMPARE(pieces.first().size(), 24);
    QCOMPARE(pieces.join(QString()), text);
}

void TestSseWriter::fromMessage_sendsToolInputAsFragmentsAfterAnEmptyOne()
{
    const QJsonObject message = obj(R"({"content":[{"type":"tool_use","id":"t","name":"bash",
        "input":{"command":"ls -la build/ && echo done"}}]})");
    QStringList fragments;
    QJsonObject startBlock;
    for (const SseEvent &e : parse(SseWriter::fromMessage(message, 8))) {
        if (e.name == "content_block_start")
            startBlock = data(e).value("content_block"_L1).toObject();
        if (e.name == "content_block_delta")
            fragments.append(data(e).value("delta"_L1).toObject().value("partial_json"_L1).toString());
    }
    QCOMPARE(startBlock, obj(R"({"type":"tool_use","id":"t","name":"bash","input":{}})"));
    QVERIFY(fragments.size() > 2);
    QCOMPARE(fragments.first(), QString());
    QCOMPARE(fragments.join(QString()), u"{\"command\":\"ls -la build/ && echo done\"}"_s);
}

void TestSseWriter::fromMessage_neverSplitsASurrogatePair()
{
    const QString text = u"a🙂b🙂🙂c"_s;
    const QJsonObject message{
        {"content"_L1, QJsonArray{QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, text}}}}};
    QString joined;
    for (const SseEvent &e : parse(SseWriter::fromMessage(message, 2))) {
        if (e.name != "content_block_delta")
            continue;
        const QString piece = data(e).value("delta"_L1).toObject().value("text"_L1).toString();
        QVERIFY(!piece.isEmpty());
        QVERIFY2(!piece.back().isHighSurrogate(), qPrintable(piece));
        joined += piece;
    }
    QCOMPARE(joined, text);
}

QTEST_GUILESS_MAIN(TestSseWriter)
#include "tst_ssewriter.moc"
