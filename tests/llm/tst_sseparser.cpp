// SPDX-License-Identifier: MIT
#include "llm/sseparser.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Workbench;

Q_DECLARE_METATYPE(QList<Workbench::SseEvent>)

namespace {

QByteArray readData(const QString &name)
{
    return TestSupport::readTestFile(QStringLiteral(WB_TEST_DATA_DIR "/") + name);
}

QList<SseEvent> parseWhole(const QByteArray &bytes, bool *clean = nullptr)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(bytes);
    const bool c = parser.finish();
    if (clean)
        *clean = c;
    return events;
}

QList<SseEvent> parseSplit(const QByteArray &bytes, qsizetype k)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(bytes.left(k));
    events += parser.feed(bytes.mid(k));
    parser.finish();
    return events;
}

QList<SseEvent> parseByteByByte(const QByteArray &bytes)
{
    SseParser parser;
    QList<SseEvent> events;
    for (char c : bytes)
        events += parser.feed(QByteArray(1, c));
    parser.finish();
    return events;
}

QByteArray describe(const QList<SseEvent> &events)
{
    QByteArray out;
    for (const SseEvent &e : events)
        out += '[' + e.name + "|" + e.data + ']';
    return out;
}

// Every split point and one byte at a time must reproduce the whole-buffer parse.
void verifyAllSplits(const QByteArray &bytes, const QList<SseEvent> &expected)
{
    for (qsizetype k = 0; k <= bytes.size(); ++k) {
        const QList<SseEvent> got = parseSplit(bytes, k);
        if (got != expected)
            QFAIL(qPrintable(
                QStringLiteral("split at %1 differs: got %2 expected %3")
                    .arg(k)
                    .arg(QString::fromUtf8(describe(got)), QString::fromUtf8(describe(expected)))));
    }
    QCOMPARE(describe(parseByteByByte(bytes)), describe(expected));
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStream_anySplitMatchesWholeParse_data();
    void recordedStream_anySplitMatchesWholeParse();
    void lineEndings_allFormsGiveTheSameEvents_data();
    void lineEndings_allFormsGiveTheSameEvents();
    void edgeCase_parsesPerSpec_data();
    void edgeCase_parsesPerSpec();
    void crAtPieceEnd_thenLf_isOneLineEnd();
    void trailingPartialEvent_isDiscardedByFinish();
    void reset_forgetsPartialState();
};

void TestSseParser::recordedStream_anySplitMatchesWholeParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expectedEvents");
    QTest::addColumn<QByteArray>("firstName");
    QTest::addColumn<QByteArray>("lastName");
    QTest::newRow("text") << QStringLiteral("text_turn.sse") << 11 << QByteArray("message_start")
                          << QByteArray("message_stop");
    QTest::newRow("tool_use") << QStringLiteral("tool_use_turn.sse") << 13 << QByteArray("message_start")
                              << QByteArray("message_stop");
    QTest::newRow("thinking") << QStringLiteral("thinking_turn.sse") << 14 << QByteArray("message_start")
                              << QByteArray("message_stop");
    QTest::newRow("midstream error") << QStringLiteral("midstream_error.sse") << 5
                                     << QByteArray("message_start") << QByteArray("error");
    QTest::newRow("unknown types") << QStringLiteral("unknown_types.sse") << 12 << QByteArray("message_start")
                                   << QByteArray("message_stop");
    QTest::newRow("crlf + comments") << QStringLiteral("crlf_comments.sse") << 7
                                     << QByteArray("message_start") << QByteArray("message_stop");
}

void TestSseParser::recordedStream_anySplitMatchesWholeParse()
{
    QFETCH(QString, file);
    QFETCH(int, expectedEvents);
    QFETCH(QByteArray, firstName);
    QFETCH(QByteArray, lastName);

    const QByteArray bytes = readData(file);
    bool clean = false;
    const QList<SseEvent> whole = parseWhole(bytes, &clean);
    QVERIFY(clean);
    QCOMPARE(whole.size(), expectedEvents);
    QCOMPARE(whole.first().name, firstName);
    QCOMPARE(whole.last().name, lastName);
    for (const SseEvent &e : whole)
        QVERIFY2(e.data.startsWith(QByteArray("{\"type\":\"" + e.name + '"')), e.data.constData());

    verifyAllSplits(bytes, whole);
}

void TestSseParser::lineEndings_allFormsGiveTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CR") << QByteArray("\r");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

void TestSseParser::lineEndings_allFormsGiveTheSameEvents()
{
    QFETCH(QByteArray, eol);
    const QByteArray lf = readData(QStringLiteral("tool_use_turn.sse"));
    QByteArray converted = lf;
    converted.replace("\n", eol);
    const QList<SseEvent> expected = parseWhole(lf);
    QCOMPARE(describe(parseWhole(converted)), describe(expected));
    verifyAllSplits(converted, expected);
}

void TestSseParser::edgeCase_parsesPerSpec_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<SseEvent>>("expected");

    QTest::newRow("comment lines are skipped")
        << QByteArray(": hello\nevent: a\n: mid\ndata: 1\n\n") << QList<SseEvent>{{"a", "1"}};
    QTest::newRow("multi-line data joins with LF")
        << QByteArray("data: one\ndata: two\ndata:three\n\n") << QList<SseEvent>{{"", "one\ntwo\nthree"}};
    QTest::newRow("only one leading space is stripped")
        << QByteArray("data:  two spaces\n\n") << QList<SseEvent>{{"", " two spaces"}};
    QTest::newRow("leading BOM is dropped") << QByteArray("\xEF\xBB\xBF"
                                                          "event: x\ndata: y\n\n")
                                            << QList<SseEvent>{{"x", "y"}};
    QTest::newRow("BOM only at stream start")
        << QByteArray("data: \xEF\xBB\xBF\n\n") << QList<SseEvent>{{"", "\xEF\xBB\xBF"}};
    QTest::newRow("partial BOM-like prefix is data")
        << QByteArray("\xEF\xBBx\ndata: z\n\n") << QList<SseEvent>{{"", "z"}};
    QTest::newRow("field without colon is an empty value")
        << QByteArray("data\ndata\n\n") << QList<SseEvent>{{"", "\n"}};
    QTest::newRow("event without colon clears the name")
        << QByteArray("event: a\nevent\ndata: d\n\n") << QList<SseEvent>{{"", "d"}};
    QTest::newRow("empty data still dispatches")
        << QByteArray("event: e\ndata:\n\n") << QList<SseEvent>{{"e", ""}};
    QTest::newRow("event without data is not dispatched and its name is forgotten")
        << QByteArray("event: lonely\n\ndata: next\n\n") << QList<SseEvent>{{"", "next"}};
    QTest::newRow("id, retry and unknown fields are ignored")
        << QByteArray("id: 7\nretry: 10\nfoo: bar\nevent: a\ndata: b\n\n") << QList<SseEvent>{{"a", "b"}};
    QTest::newRow("colon inside value is kept")
        << QByteArray("data: {\"a\":\"b:c\"}\n\n") << QList<SseEvent>{{"", "{\"a\":\"b:c\"}"}};
    QTest::newRow("mixed line endings") << QByteArray("event: a\rdata: 1\r\n\nevent: b\ndata: 2\r\r")
                                        << QList<SseEvent>{{"a", "1"}, {"b", "2"}};
    QTest::newRow("CR CR LF is two line ends")
        << QByteArray("data: x\r\r\ndata: y\n\n") << QList<SseEvent>{{"", "x"}, {"", "y"}};
    QTest::newRow("trailing partial event is discarded")
        << QByteArray("data: done\n\nevent: half\ndata: cut") << QList<SseEvent>{{"", "done"}};
    QTest::newRow("name resets between events")
        << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n") << QList<SseEvent>{{"a", "1"}, {"", "2"}};
    QTest::newRow("multibyte UTF-8 is passed through as bytes")
        << QByteArray("data: \xF0\x9F\x99\x82 ok\n\n") << QList<SseEvent>{{"", "\xF0\x9F\x99\x82 ok"}};
    QTest::newRow("empty input") << QByteArray() << QList<SseEvent>{};
}

void TestSseParser::edgeCase_parsesPerSpec()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<SseEvent>, expected);
    QCOMPARE(describe(parseWhole(input)), describe(expected));
    verifyAllSplits(input, expected);
}

void TestSseParser::crAtPieceEnd_thenLf_isOneLineEnd()
{
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").isEmpty());
    // The LF belongs to the CR above; only the following CR ends the event.
    QVERIFY(parser.feed("\n").isEmpty());
    const QList<SseEvent> events = parser.feed("\r");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data, QByteArray("a"));
    QVERIFY(parser.finish());
}

void TestSseParser::trailingPartialEvent_isDiscardedByFinish()
{
    SseParser parser;
    QCOMPARE(parser.feed("event: a\ndata: 1\n").size(), 0);
    QVERIFY(!parser.finish());
    // finish() leaves a fresh parser behind.
    QCOMPARE(parser.feed("data: 2\n\n").size(), 1);
    QVERIFY(parser.finish());
}

void TestSseParser::reset_forgetsPartialState()
{
    SseParser parser;
    parser.feed("event: a\ndata: partial");
    parser.reset();
    const QList<SseEvent> events = parser.feed("\xEF\xBB\xBF"
                                               "data: fresh\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first(), (SseEvent{"", "fresh"}));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
