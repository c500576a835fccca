// SPDX-License-Identifier: MIT
// The crash-safety harness for transcripts: a child process writes events through TranscriptWriter
// as fast as it can (small lines, lines of a few pages, lines of many pages, multi-byte text) and
// is killed with SIGKILL at a random moment, over and over. Every file must open, hold events
// numbered 1, 2, 3… without a gap, each complete, and report at most one torn line: the last.
//
// The seed is printed; WB_CRASH_SEED=<n> repeats a run's kill points and event sizes.
#include "transcript/transcriptreader.h"
#include "transcript/transcriptwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kKills = 105;

// Text of `chars` characters drawn from ASCII and 2-, 3- and 4-byte UTF-8, so a torn write can
// also split a character.
QString textOf(QRandomGenerator &random, int chars)
{
    static const QString alphabet = u"abcdefghijklmnopqrstuvwxyz0123456789 \"\\\néßж€漢🙂"_s;
    QString text;
    text.reserve(chars * 2);
    while (text.size() < chars) {
        const int i = int(random.bounded(alphabet.size()));
        // The emoji is a surrogate pair: take both halves.
        if (alphabet.at(i).isSurrogate())
            text += alphabet.mid(alphabet.size() - 2, 2);
        else
            text += alphabet.at(i);
    }
    return text;
}

// One event size in characters: mostly small, some a few pages, a few many pages long.
int eventChars(QRandomGenerator &random)
{
    const quint32 kind = random.bounded(10u);
    if (kind < 6)
        return int(random.bounded(10, 400));
    if (kind < 9)
        return int(random.bounded(2000, 9000));
    return int(random.bounded(20000, 120000));
}

// The child: says "ready" once the file is open, then writes until it is killed, syncing now and
// then as AgentRun does at turn boundaries. Each event carries its own length so the reader can
// tell a complete event from a damaged one.
int writeUntilKilled(const char *path, quint32 seed)
{
    TranscriptWriter writer;
    if (!writer.open(QString::fromLocal8Bit(path)).ok())
        return 2;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    QRandomGenerator random(seed);
    for (qint64 n = 1;; ++n) {
        const QString text = textOf(random, eventChars(random));
        writer.write(
            u"output"_s,
            {{"id"_L1, u"toolu_crash"_s}, {"n"_L1, n}, {"chars"_L1, qint64(text.size())}, {"text"_L1, text}});
        if (n % 16 == 0)
            writer.sync();
    }
}

// What the harness saw, over all kills.
struct Tally
{
    int torn = 0;
    int empty = 0;
    qint64 events = 0;
    qint64 bytes = 0;
};

// One killed child's file: opens, events 1, 2, 3… each complete, at most a torn last line; and
// writing to it again starts a line of its own.
void verifyKilledFile(const QString &path, int kill, const QString &where, Tally &tally)
{
    auto log = TranscriptReader::read(path);
    if (!log)
        QFAIL(qPrintable(where + u": "_s + log.error().toString()));
    tally.bytes += QFileInfo(path).size();
    for (int i = 0; i < log->events.size(); ++i) {
        const QJsonObject &e = log->events.at(i);
        QVERIFY2(e.value("seq"_L1).toInteger() == i + 1,
                 qPrintable(
                     u"%1: event %2 has seq %3"_s.arg(where).arg(i + 1).arg(e.value("seq"_L1).toInteger())));
        QVERIFY2(e.value("n"_L1).toInteger() == i + 1, qPrintable(where));
        QVERIFY2(e.value("text"_L1).toString().size() == e.value("chars"_L1).toInteger(),
                 qPrintable(u"%1: event %2 is not complete"_s.arg(where).arg(i + 1)));
    }
    tally.events += log->events.size();
    tally.empty += log->events.isEmpty();
    // Only the last line may be torn (a multi-page write stopped part-way by the kill).
    QVERIFY2(log->warnings.size() <= 1, qPrintable(where + u": "_s + log->warnings.value(1).message));
    if (!log->warnings.isEmpty()) {
        const LineWarning &w = log->warnings.first();
        QVERIFY2(w.torn, qPrintable(where + u": "_s + w.message));
        QVERIFY2(log->lineNumbers.isEmpty() || w.line > log->lineNumbers.last(), qPrintable(where));
        ++tally.torn;
    }

    {
        TranscriptWriter writer;
        QVERIFY(writer.open(path).ok());
        QVERIFY(writer.write(u"run_resumed"_s, {{"kill"_L1, kill}}));
    }
    auto again = TranscriptReader::read(path);
    QVERIFY(again.ok());
    QCOMPARE(again->events.size(), log->events.size() + 1);
    QCOMPARE(again->events.last().value("type"_L1).toString(), u"run_resumed"_s);
    QCOMPARE(again->events.last().value("kill"_L1).toInt(), kill);
    QCOMPARE(again->warnings.size(), log->warnings.size());
    if (!again->warnings.isEmpty())
        QVERIFY(!again->warnings.first().torn); // no longer the last line
}

} // namespace

class TestTranscriptCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAtRandomMoments_everyFileOpensWithContiguousCompleteEvents();
    void interruptedInsideATurn_summaryQuotesWhatStreamed();
    void interruptedBetweenTurns_summaryNamesTheLastEventOnly();
};

namespace {

QJsonObject textDelta(const QString &text)
{
    return {{"type"_L1, u"content_block_delta"_s},
            {"index"_L1, 0},
            {"delta"_L1, QJsonObject{{"type"_L1, u"text_delta"_s}, {"text"_L1, text}}}};
}

// A transcript of a run that ended in turn 1 and was killed while turn 2 streamed.
void writeInterruptedRun(TranscriptWriter &w, bool killedInsideTurn2)
{
    w.write(u"run_started"_s, {{"task"_L1, u"count lines"_s}});
    w.write(u"request"_s, {{"turn"_L1, 1}});
    w.write(u"sse"_s,
            {{"turn"_L1, 1}, {"event"_L1, u"content_block_delta"_s}, {"data"_L1, textDelta(u"Turn one."_s)}});
    w.write(u"assistant_message"_s, {{"turn"_L1, 1}, {"message"_L1, QJsonObject{}}});
    if (!killedInsideTurn2)
        return;
    w.write(u"request"_s, {{"turn"_L1, 2}});
    w.write(u"sse"_s,
            {{"turn"_L1, 2}, {"event"_L1, u"content_block_delta"_s}, {"data"_L1, textDelta(u"Half of "_s)}});
    w.write(u"sse"_s,
            {{"turn"_L1, 2}, {"event"_L1, u"content_block_delta"_s}, {"data"_L1, textDelta(u"turn two"_s)}});
}

} // namespace

void TestTranscriptCrash::interruptedInsideATurn_summaryQuotesWhatStreamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.jsonl"_s);
    {
        TranscriptWriter w;
        QVERIFY(w.open(path).ok());
        writeInterruptedRun(w, true);
    }
    auto s = TranscriptReader::summarize(path);
    QVERIFY(s.ok());
    QVERIFY(s->stopReason.isEmpty());
    QCOMPARE(s->events, 7);
    QCOMPARE(s->lastSeq, 7);
    QCOMPARE(s->lastType, u"sse"_s);
    QCOMPARE(s->interruptedTurn, 2);
    QCOMPARE(s->partialText, u"Half of turn two"_s); // turn one's text is not part of it
    const QString text = s->toText();
    QVERIFY2(text.contains(u"in turn 2, after event 7 (sse)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Half of turn two"_s), qPrintable(text));
}

void TestTranscriptCrash::interruptedBetweenTurns_summaryNamesTheLastEventOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.jsonl"_s);
    {
        TranscriptWriter w;
        QVERIFY(w.open(path).ok());
        writeInterruptedRun(w, false);
    }
    auto s = TranscriptReader::summarize(path);
    QVERIFY(s.ok());
    QCOMPARE(s->interruptedTurn, 0);
    QVERIFY(s->partialText.isEmpty());
    QVERIFY2(s->toText().contains(u"after event 4 (assistant_message)"_s), qPrintable(s->toText()));
    QVERIFY(!s->toText().contains(u"So far:"_s));
}

void TestTranscriptCrash::killedAtRandomMoments_everyFileOpensWithContiguousCompleteEvents()
{
    bool seeded = false;
    const quint32 fixed = quint32(qEnvironmentVariable("WB_CRASH_SEED").toUInt(&seeded));
    const quint32 usedSeed = seeded ? fixed : QRandomGenerator::system()->generate();
    QRandomGenerator random(usedSeed);
    qInfo("seed %u (repeat with WB_CRASH_SEED=%u)", usedSeed, usedSeed);

    QElapsedTimer clock;
    clock.start();
    Tally tally;
    // Process start-up dominates the time; children started together overlap it.
    constexpr int kAtOnce = 5;
    for (int first = 1; first <= kKills; first += kAtOnce) {
        const int batch = std::min(kAtOnce, kKills - first + 1);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::vector<std::unique_ptr<QProcess>> children;
        QStringList paths;
        QList<int> delays;
        for (int i = 0; i < batch; ++i) {
            paths.append(dir.filePath(u"killed-%1.jsonl"_s.arg(i)));
            auto child = std::make_unique<QProcess>();
            child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child->start(QCoreApplication::applicationFilePath(),
                         {u"--write-until-killed"_s, paths.last(), QString::number(random.generate())});
            children.push_back(std::move(child));
        }
        for (int i = 0; i < batch; ++i) {
            QProcess *child = children.at(i).get();
            QVERIFY2(child->waitForStarted(), qPrintable(child->errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(child->canReadLine() || child->state() == QProcess::NotRunning, 10000);
            QCOMPARE(child->readLine(), QByteArray("ready\n"));
            // A random moment while it writes: from at once to a few milliseconds into large events.
            delays.append(int(random.bounded(0, 40)));
            QTimer::singleShot(delays.last(), child, [child] { child->kill(); });
        }
        for (int i = 0; i < batch; ++i) {
            QProcess *child = children.at(i).get();
            QTRY_VERIFY_WITH_TIMEOUT(child->state() == QProcess::NotRunning, 10000);
            QCOMPARE(child->exitStatus(), QProcess::CrashExit);
            const int kill = first + i;
            verifyKilledFile(paths.at(i), kill,
                             u"kill %1 after %2 ms (seed %3)"_s.arg(kill).arg(delays.at(i)).arg(usedSeed),
                             tally);
            if (QTest::currentTestFailed())
                return;
        }
    }
    qInfo("%d kills in %lld ms: %lld events (%lld MB) read back, %d torn last lines, %d empty files", kKills,
          clock.elapsed(), tally.events, tally.bytes >> 20, tally.torn, tally.empty);
    // The harness proves little if the kills all land before the first event.
    QVERIFY2(tally.events > kKills, qPrintable(QString::number(tally.events)));
}

int main(int argc, char **argv)
{
    // The child needs no application object: that keeps each of the many start-ups short.
    if (argc == 4 && std::strcmp(argv[1], "--write-until-killed") == 0)
        return writeUntilKilled(argv[2], quint32(std::strtoul(argv[3], nullptr, 10)));
    QCoreApplication app(argc, argv);
    TestTranscriptCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_transcriptcrash.moc"
