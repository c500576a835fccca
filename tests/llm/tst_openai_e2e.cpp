// SPDX-License-Identifier: MIT
// The built binary against an OpenAI-compatible fake server: the model asks for a bash call, the
// command runs in the real sandbox, and the fake only ends the run once the command's output came
// back as a role "tool" message for the right call.
#include "binaryrun.h"
#include "fakeopenaiserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using Workbench::FakeOpenAiServer;
namespace TestSupport = Workbench::TestSupport;
using Outcome = TestSupport::BinaryOutcome;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = "sk-local-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);

} // namespace

class tst_OpenAiE2e : public QObject
{
    Q_OBJECT

    QString m_binary;
    QTemporaryDir m_dir;

    /// Runs the binary without blocking the event loop, so the in-process fake server answers.
    Outcome runBinary(const QStringList &args)
    {
        QProcessEnvironment env = TestSupport::environmentWithHome(m_dir.filePath(u"home"_s));
        env.remove(u"ANTHROPIC_API_KEY"_s);
        env.remove(u"ANTHROPIC_BASE_URL"_s);
        env.insert(u"OPENAI_API_KEY"_s, QString::fromLatin1(kSecret));
        return TestSupport::runBinary(m_binary, args, env, 120000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = TestSupport::prepareBinaryTest(&m_binary, m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void run_openAiProvider_runsTheToolCallAndSendsTheResultBackAsToolMessage()
    {
        const QString ws = m_dir.filePath(u"ws"_s);
        QVERIFY(QDir().mkpath(ws));
        const QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64());
        QFile n(ws + u"/nonce.txt"_s);
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(nonce);
        n.close();
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(nonce, QCryptographicHash::Sha256).toHex());

        FakeOpenAiServer server;
        QVERIFY(server.listen());
        // Turn 1: the call, its arguments split over several chunks.
        server.enqueue(FakeOpenAiServer::toolCallAnswer(
            u"call_e2e_1"_s, u"bash"_s, {u"{\"comm"_s, u"and\": \"sha256sum "_s, u"nonce.txt\"}"_s}));
        // Turn 2: end the run only if the sandboxed output came back for that call.
        QString seenToolContent;
        server.setHandler([&](const FakeOpenAiServer::Request &request) {
            const QJsonArray messages = request.json().value("messages"_L1).toArray();
            for (const QJsonValue &v : messages) {
                const QJsonObject m = v.toObject();
                if (m.value("role"_L1).toString() == "tool"_L1 &&
                    m.value("tool_call_id"_L1).toString() == "call_e2e_1"_L1)
                    seenToolContent = m.value("content"_L1).toString();
            }
            if (!seenToolContent.contains(expected))
                return FakeOpenAiServer::error(400, u"no tool message with the command's output"_s,
                                               u"invalid_request_error"_s);
            return FakeOpenAiServer::textAnswer({u"The hash is "_s, expected.left(12), u"."_s});
        });

        const QString transcript = m_dir.filePath(u"openai.jsonl"_s);
        const Outcome o =
            runBinary({u"run"_s, u"--task"_s, u"hash nonce.txt"_s, u"--json"_s, u"--provider"_s, u"openai"_s,
                       u"--base-url"_s, server.baseUrl().toString() + u"/v1"_s, u"--model"_s, u"qwen3:8b"_s,
                       u"--sandbox"_s, u"local"_s, u"--allow"_s, u"Bash(sha256sum:*)"_s, u"--workspace"_s, ws,
                       u"--transcript"_s, transcript});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY2(seenToolContent.contains(expected), qPrintable(seenToolContent));

        const QJsonObject result = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(result.value("stop_reason"_L1).toString(), u"end_turn"_s);
        QCOMPARE(result.value("turns"_L1).toInt(), 2);
        QVERIFY2(result.value("cost_usd"_L1).isNull(),
                 "a local model has no price: cost unknown, not guessed");
        QVERIFY(result.value("content"_L1)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value("text"_L1)
                    .toString()
                    .contains(expected.left(12)));

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QByteArray("/v1/chat/completions"));
        QCOMPARE(requests.at(0).headers.value("authorization"), "Bearer " + kSecret);
        QCOMPARE(requests.at(0).json().value("model"_L1).toString(), u"qwen3:8b"_s);
        // The assistant turn is echoed back with its tool_calls before the tool message.
        const QJsonArray second = requests.at(1).json().value("messages"_L1).toArray();
        const QJsonObject echoed = second.at(second.size() - 2).toObject();
        QCOMPARE(echoed.value("role"_L1).toString(), u"assistant"_s);
        QCOMPARE(echoed.value("tool_calls"_L1).toArray().at(0).toObject().value("id"_L1).toString(),
                 u"call_e2e_1"_s);
        QCOMPARE(second.last().toObject().value("role"_L1).toString(), u"tool"_s);

        QFile log(transcript);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY(logged.contains("openai.chunk"));
        QVERIFY2(!logged.contains(kSecret), "the key must never reach the transcript");
    }

    void run_openAiWithoutBaseUrl_isAUsageError()
    {
        const Outcome o = runBinary({u"run"_s, u"--task"_s, u"x"_s, u"--provider"_s, u"openai"_s,
                                     u"--model"_s, u"qwen3:8b"_s, u"--sandbox"_s, u"none"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains("--base-url"), o.err.constData());
    }

    void run_openAiServerDown_saysWhereItLookedAndFails()
    {
        QTcpServer probe; // a port that was free a moment ago and now refuses connections
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString url = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        const Outcome o = runBinary({u"run"_s, u"--task"_s, u"x"_s, u"--provider"_s, u"openai"_s,
                                     u"--base-url"_s, url, u"--model"_s, u"qwen3:8b"_s, u"--sandbox"_s,
                                     u"none"_s, u"--workspace"_s, m_dir.filePath(u"ws-down"_s)});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QByteArray("is the server running at ").append(url.toUtf8())),
                 o.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_OpenAiE2e)
#include "tst_openai_e2e.moc"
