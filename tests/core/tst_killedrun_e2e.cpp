// SPDX-License-Identifier: MIT
// A real `agent-workbench run` killed with SIGKILL in the middle of a slowly dripping answer: its
// transcript opens again with `agent-workbench transcript show`, which reports the interrupted
// turn and the text that had arrived up to the last complete event.
#include "fakemessagesserver.h"
#include "llm/ssewriter.h"
#include "testmessages.h"
#include "transcript/transcriptreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

const QString kAnswer =
    u"Counting the lines of every Python file means walking the tree, opening each .py file and "
    u"adding up its newlines; a short script does it and prints one total per folder, then the "
    u"grand total at the end, which is what you asked for."_s;

QJsonObject answer()
{
    return TestSupport::textMessage(kAnswer, {.id = u"msg_drip"_s, .inputTokens = 500, .outputTokens = 60});
}

// The text the transcript's `sse` events carry, in order.
QString streamedText(const QList<QJsonObject> &events)
{
    QString text;
    for (const QJsonObject &e : events) {
        if (e.value("type"_L1).toString() != "sse"_L1)
            continue;
        const QJsonObject delta = e.value("data"_L1).toObject().value("delta"_L1).toObject();
        if (delta.value("type"_L1).toString() == "text_delta"_L1)
            text += delta.value("text"_L1).toString();
    }
    return text;
}

} // namespace

class TestKilledRunE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runKilledMidStream_transcriptShowReportsWhatArrived();

private:
    QProcessEnvironment environment(const QTemporaryDir &dir) const;
    QString m_binary;
};

void TestKilledRunE2e::initTestCase()
{
    m_binary = qEnvironmentVariable("WORKBENCH_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("WORKBENCH_BINARY is not set (run through ctest)");
}

QProcessEnvironment TestKilledRunE2e::environment(const QTemporaryDir &dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-e2e"_s);
    env.remove(u"ANTHROPIC_BASE_URL"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    return env;
}

void TestKilledRunE2e::runKilledMidStream_transcriptShowReportsWhatArrived()
{
    FakeMessagesServer server;
    QVERIFY(server.listen());
    // A slow drip: the whole answer would take several seconds.
    FakeMessagesServer::Response drip;
    drip.headers = {{"content-type", "text/event-stream"}};
    drip.body = SseWriter::fromMessage(answer(), 12);
    drip.chunkSize = 40;
    drip.chunkDelayMs = 30;
    server.enqueue(drip);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString transcript = dir.filePath(u"killed.jsonl"_s);
    QProcess run;
    run.setProcessEnvironment(environment(dir));
    QSignalSpy finished(&run, &QProcess::finished);
    run.start(m_binary, {u"run"_s, u"--task"_s, u"count the lines of every .py file"_s, u"--base-url"_s,
                         server.baseUrl().toString(), u"--model"_s, u"claude-sonnet-4-6"_s, u"--sandbox"_s,
                         u"none"_s, u"--permission-mode"_s, u"plan"_s, u"--workspace"_s,
                         dir.filePath(u"ws"_s), u"--transcript"_s, transcript});
    QVERIFY2(run.waitForStarted(), qPrintable(run.errorString()));

    // Kill it once a good part of the answer has been printed, well before the end.
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT(
        (printed += run.readAllStandardOutput()).contains("opening each") || !finished.isEmpty(), 30000);
    QVERIFY2(finished.isEmpty(), "the run ended before it could be killed");
    run.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QCOMPARE(run.exitStatus(), QProcess::CrashExit);
    printed += run.readAllStandardOutput();

    // What was printed had been written first: the transcript holds at least that much of the
    // answer, and nothing that was not sent.
    auto log = TranscriptReader::read(transcript);
    if (!log)
        QFAIL(qPrintable(log.error().toString()));
    const QString arrived = streamedText(log->events);
    QVERIFY2(kAnswer.startsWith(arrived), qPrintable(arrived));
    QVERIFY2(arrived.contains(u"opening each"_s), qPrintable(arrived));
    QVERIFY2(arrived.size() < kAnswer.size(), "the kill came after the whole answer");
    QVERIFY(log->warnings.size() <= 1);
    for (int i = 0; i < log->events.size(); ++i)
        QCOMPARE(log->events.at(i).value("seq"_L1).toInteger(), i + 1);

    QProcess show;
    show.setProcessEnvironment(environment(dir));
    show.start(m_binary, {u"transcript"_s, u"show"_s, transcript});
    QVERIFY(show.waitForFinished(30000));
    QCOMPARE(show.exitStatus(), QProcess::NormalExit);
    const QString text = QString::fromUtf8(show.readAllStandardOutput());
    QVERIFY2(show.exitCode() == 0, qPrintable(text + QString::fromUtf8(show.readAllStandardError())));
    QVERIFY2(text.contains(u"count the lines of every .py file"_s), qPrintable(text));
    QVERIFY2(text.contains(u"not finished"_s), qPrintable(text));
    // The summary names the interrupted turn and quotes the answer as far as it arrived.
    QVERIFY2(text.contains(u"Interrupted:"_s), qPrintable(text));
    QVERIFY2(text.contains(arrived.right(40).simplified()), qPrintable(text));

    show.start(m_binary, {u"transcript"_s, u"show"_s, transcript, u"--json"_s});
    QVERIFY(show.waitForFinished(30000));
    QCOMPARE(show.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(show.readAllStandardOutput()).object();
    QVERIFY(json.value("stop_reason"_L1).isNull());
    QCOMPARE(json.value("events"_L1).toInt(), int(log->events.size()));
    QCOMPARE(json.value("partial_text"_L1).toString(), arrived);
}

QTEST_GUILESS_MAIN(TestKilledRunE2e)
#include "tst_killedrun_e2e.moc"
