// SPDX-License-Identifier: MIT
// The built agent-workbench binary against the fake Messages server: what a user of `run` sees
// when the API misbehaves (exit status, the one-line reason, the transcript).
#include "fakemessagesserver.h"
#include "llm/ssewriter.h"
#include "testdata.h"
#include "testmessages.h"

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

QByteArray readData(const QString &name)
{
    return TestSupport::readTestFile(QStringLiteral(WB_TEST_DATA_DIR "/") + name);
}

QJsonObject textMessage(const QString &text)
{
    return TestSupport::textMessage(text, {.id = u"msg_e"_s, .inputTokens = 1000, .outputTokens = 100});
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> transcript;
};

} // namespace

class TestFaultsE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void midStreamOverload_keepsPartialTextAndExitsNonZeroWithOneLine();
    void overloadedWithRetryAfterOne_completesWithTwoRequests();
    void unauthorized_endsAfterOneRequestPointingToTheKey();

private:
    Outcome run(const QStringList &extraArgs = {});

    QString m_binary;
    std::unique_ptr<FakeMessagesServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFaultsE2e::initTestCase()
{
    m_binary = qEnvironmentVariable("WORKBENCH_BINARY");
    if (m_binary.isEmpty() || !QFile::exists(m_binary))
        QSKIP("WORKBENCH_BINARY is not set (run through ctest)");
}

void TestFaultsE2e::init()
{
    m_server = std::make_unique<FakeMessagesServer>();
    QVERIFY(m_server->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFaultsE2e::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Outcome TestFaultsE2e::run(const QStringList &extraArgs)
{
    const QString transcript = m_dir->filePath(u"t.jsonl"_s);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-e2e"_s);
    env.remove(u"ANTHROPIC_BASE_URL"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_dir->path());
    env.remove(u"XDG_DATA_HOME"_s); // transcripts and checkpoints under the temporary HOME
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s)); // no user price table
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(m_binary, QStringList{u"run"_s, u"--task"_s, u"say hello"_s, u"--base-url"_s,
                                  m_server->baseUrl().toString(), u"--model"_s, u"claude-sonnet-4-6"_s,
                                  u"--sandbox"_s, u"none"_s, u"--permission-mode"_s, u"plan"_s,
                                  u"--workspace"_s, m_dir->filePath(u"ws"_s), u"--transcript"_s, transcript} +
                          extraArgs);
    Outcome o;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000)) {
        p.kill();
        (void)QTest::qWaitFor([&] { return !finished.isEmpty(); }, 5000);
        qWarning("agent-workbench did not finish");
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    QFile file(transcript);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                o.transcript.append(QJsonDocument::fromJson(line).object());
    }
    return o;
}

void TestFaultsE2e::midStreamOverload_keepsPartialTextAndExitsNonZeroWithOneLine()
{
    FakeMessagesServer::Response r;
    r.headers = {{"content-type", "text/event-stream"}};
    r.body = readData(u"midstream_error.sse"_s);
    m_server->enqueue(r);
    m_server->enqueueMessage(textMessage(u"a retry would fetch this"_s));
    const Outcome o = run();
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY2(o.exitCode != 0 && o.exitCode != -1, qPrintable(QString::number(o.exitCode)));
    // The partial answer was shown, and the reason is one clear line.
    QVERIFY2(o.out.contains("Let me start by reading the"), o.out.constData());
    QByteArray reason;
    for (const QByteArray &line : o.err.split('\n'))
        if (line.contains("run ended: "))
            reason = line;
    QVERIFY2(reason.contains("in the middle of the answer: Overloaded"), o.err.constData());
    QVERIFY2(reason.contains("req_fake_1"), reason.constData());

    bool partialKept = false;
    bool finishedWithError = false;
    for (const QJsonObject &e : o.transcript) {
        if (e.value("type"_L1).toString() == "model_error"_L1)
            partialKept = e.value("partial_message"_L1)["content"_L1][0]["text"_L1].toString() ==
                          "Let me start by reading the"_L1;
        if (e.value("type"_L1).toString() == "run_finished"_L1)
            finishedWithError = e.value("stop_reason"_L1).toString() == "error"_L1;
    }
    QVERIFY(partialKept);
    QVERIFY(finishedWithError);
}

void TestFaultsE2e::overloadedWithRetryAfterOne_completesWithTwoRequests()
{
    m_server->enqueueError(529, u"overloaded_error"_s, u"Overloaded"_s, {{"retry-after", "1"}});
    m_server->enqueueMessage(textMessage(u"Hello there."_s));
    const Outcome o = run({u"--json"_s});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(m_server->requests().size(), 2);
    const QJsonObject result = QJsonDocument::fromJson(o.out.trimmed()).object();
    QCOMPARE(result.value("stop_reason"_L1).toString(), u"end_turn"_s);
    // Sonnet 4.6: 1000 × $3 + 100 × $15 per million.
    QVERIFY2(qAbs(result.value("cost_usd"_L1).toDouble() - 0.0045) < 1e-9, o.out.constData());
    // One wait, the one the server asked for.
    QList<QJsonObject> retries;
    for (const QJsonObject &e : o.transcript)
        if (e.value("type"_L1).toString() == "retry"_L1)
            retries.append(e);
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().value("delay_ms"_L1).toInt(), 1000);
    QCOMPARE(retries.first().value("error"_L1)["code"_L1].toString(), u"overloaded_error"_s);
}

void TestFaultsE2e::unauthorized_endsAfterOneRequestPointingToTheKey()
{
    m_server->enqueueError(401, u"authentication_error"_s, u"invalid x-api-key"_s);
    const Outcome o = run();
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(o.exitCode > 0);
    QVERIFY2(o.err.contains("ANTHROPIC_API_KEY"), o.err.constData());
    // At once: no wait was planned, and the run ended with the error.
    for (const QJsonObject &e : o.transcript) {
        QVERIFY(e.value("type"_L1).toString() != "retry"_L1);
        if (e.value("type"_L1).toString() == "run_finished"_L1)
            QCOMPARE(e.value("error"_L1)["code"_L1].toString(), u"authentication_error"_s);
    }
}

QTEST_GUILESS_MAIN(TestFaultsE2e)
#include "tst_faults_e2e.moc"
