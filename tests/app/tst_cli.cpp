// SPDX-License-Identifier: MIT
// The built binary, end to end: `run` against a fake Messages server on 127.0.0.1 and against a
// replay file, `sandbox-exec` and `transcript show`. Every tool call runs in the real sandbox.
#include "binaryrun.h"
#include "fakemessagesserver.h"
#include "testmessages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using Workbench::FakeMessagesServer;
using namespace Workbench::TestSupport;
using Outcome = BinaryOutcome;

namespace {

const QByteArray kSecret = "sk-ant-test-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);

const MessageMeta kMeta{
    .id = QStringLiteral("msg_cli"), .model = QStringLiteral("claude-test"), .outputTokens = 9};

/// The first tool_result block of the request's last message.
QJsonObject lastToolResult(const QJsonObject &request)
{
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    return messages.last().toObject().value(QLatin1String("content")).toArray().at(0).toObject();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QString m_binary;
    QTemporaryDir m_dir;

    /// Runs the binary without blocking the event loop, so the in-process fake server answers.
    Outcome runBinary(const QStringList &args, const QUrl &baseUrl = {}, int timeoutMs = 90000)
    {
        QProcessEnvironment env = environmentWithHome(m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QString::fromLatin1(kSecret));
        if (baseUrl.isValid())
            env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), baseUrl.toString());
        return Workbench::TestSupport::runBinary(m_binary, args, env, timeoutMs);
    }

    QString freshWorkspace(const QString &name)
    {
        const QString ws = m_dir.filePath(name);
        QDir().mkpath(ws);
        return ws;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = prepareBinaryTest(&m_binary, m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void run_againstFakeServer_sendsRealOutputBack()
    {
        FakeMessagesServer server;
        QVERIFY(server.listen());
        const QString ws = freshWorkspace(QStringLiteral("ws-fake"));
        const QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64());
        QFile n(ws + QStringLiteral("/nonce.txt"));
        QVERIFY(n.open(QIODevice::WriteOnly));
        n.write(nonce);
        n.close();
        const QString expected =
            QString::fromLatin1(QCryptographicHash::hash(nonce, QCryptographicHash::Sha256).toHex());
        server.enqueueMessage(
            bashMessage(QStringLiteral("toolu_h"), QStringLiteral("sha256sum nonce.txt"), kMeta));
        server.enqueueMessage(textMessage(QStringLiteral("Done."), kMeta));
        const QString transcript = m_dir.filePath(QStringLiteral("fake.jsonl"));

        const Outcome o = runBinary({QStringLiteral("run"), QStringLiteral("--task"),
                                     QStringLiteral("hash nonce.txt"), QStringLiteral("--json"),
                                     QStringLiteral("--permission-mode"), QStringLiteral("bypassPermissions"),
                                     QStringLiteral("--workspace"), ws, QStringLiteral("--transcript"),
                                     transcript, QStringLiteral("--model"), QStringLiteral("claude-test")},
                                    server.baseUrl());
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(result.value(QLatin1String("stop_reason")).toString(), QStringLiteral("end_turn"));
        QCOMPARE(result.value(QLatin1String("turns")).toInt(), 2);
        QCOMPARE(result.value(QLatin1String("transcript")).toString(),
                 QFileInfo(transcript).absoluteFilePath());
        QCOMPARE(result.value(QLatin1String("content"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("text"))
                     .toString(),
                 QStringLiteral("Done."));
        QCOMPARE(
            result.value(QLatin1String("usage")).toObject().value(QLatin1String("output_tokens")).toInt(),
            18);

        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).headers.value("x-api-key"), kSecret);
        QCOMPARE(requests.at(0).json().value(QLatin1String("model")).toString(),
                 QStringLiteral("claude-test"));
        QCOMPARE(requests.at(0).json().value(QLatin1String("stream")).toBool(), true);
        const QJsonObject toolResult = lastToolResult(requests.at(1).json());
        QCOMPARE(toolResult.value(QLatin1String("tool_use_id")).toString(), QStringLiteral("toolu_h"));
        QVERIFY2(toolResult.value(QLatin1String("content")).toString().contains(expected),
                 qPrintable(toolResult.value(QLatin1String("content")).toString()));

        const QByteArray log = readAll(transcript);
        QVERIFY(log.contains(expected.toLatin1()));
        QVERIFY2(!log.contains(kSecret), "the API key must never reach the transcript");
    }

    void run_withReplay_executesRecordedScriptForReal()
    {
        const QString ws = freshWorkspace(QStringLiteral("ws-replay"));
        // The recorded script draws a fresh random value: its hash exists only if it really ran.
        const QString code = QStringLiteral("import hashlib, os\n"
                                            "value = os.urandom(16).hex()\n"
                                            "open('value.txt', 'w').write(value)\n"
                                            "print(hashlib.sha256(value.encode()).hexdigest())\n");
        const QJsonObject turn1 = assistantMessage(
            QJsonArray{toolUseBlock(QStringLiteral("toolu_r"), QStringLiteral("run_script"),
                                    QJsonObject{{QStringLiteral("language"), QStringLiteral("python")},
                                                {QStringLiteral("code"), code}})},
            QStringLiteral("tool_use"), kMeta);
        const QString replay = m_dir.filePath(QStringLiteral("recording.jsonl"));
        QFile r(replay);
        QVERIFY(r.open(QIODevice::WriteOnly));
        r.write(QJsonDocument(turn1).toJson(QJsonDocument::Compact) + '\n');
        r.write(QJsonDocument(textMessage(QStringLiteral("hash: {{tool_result:toolu_r}}"), kMeta))
                    .toJson(QJsonDocument::Compact) +
                '\n');
        r.close();
        const QString transcript = m_dir.filePath(QStringLiteral("replay.jsonl"));

        const Outcome o =
            runBinary({QStringLiteral("run"), QStringLiteral("--provider"), QStringLiteral("replay"),
                       QStringLiteral("--replay"), replay, QStringLiteral("--json"),
                       QStringLiteral("--permission-mode"), QStringLiteral("bypassPermissions"),
                       QStringLiteral("--workspace"), ws, QStringLiteral("--task"), QStringLiteral("x"),
                       QStringLiteral("--transcript"), transcript});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QByteArray value = readAll(ws + QStringLiteral("/value.txt"));
        QCOMPARE(value.size(), 32);
        const QByteArray hash = QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
        QVERIFY(readAll(transcript).contains(hash));
        QVERIFY(o.out.contains(hash)); // the final answer quotes what the script computed
    }

    void run_defaultModeWithoutTerminal_deniesAndKeepsTheFile()
    {
        FakeMessagesServer server;
        QVERIFY(server.listen());
        const QString ws = freshWorkspace(QStringLiteral("ws-deny"));
        QFile keep(ws + QStringLiteral("/keep.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("keep me");
        keep.close();
        server.enqueueMessage(bashMessage(QStringLiteral("toolu_rm"), QStringLiteral("rm keep.txt"), kMeta));
        server.enqueueMessage(textMessage(QStringLiteral("I could not delete it."), kMeta));
        const QString transcript = m_dir.filePath(QStringLiteral("deny.jsonl"));
        const Outcome o = runBinary(
            {QStringLiteral("run"), QStringLiteral("--task"), QStringLiteral("delete keep.txt"),
             QStringLiteral("--json"), QStringLiteral("--permission-mode"), QStringLiteral("default"),
             QStringLiteral("--workspace"), ws, QStringLiteral("--transcript"), transcript},
            server.baseUrl());
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY(QFile::exists(ws + QStringLiteral("/keep.txt")));
        QCOMPARE(server.requests().size(), 2);
        const QJsonObject toolResult = lastToolResult(server.requests().at(1).json());
        QCOMPARE(toolResult.value(QLatin1String("is_error")).toBool(), true);
        QVERIFY(toolResult.value(QLatin1String("content")).toString().contains(QStringLiteral("denied")));
        QVERIFY(readAll(transcript).contains("\"decided_by\":\"headless\""));
    }

    void run_sandboxSeesNoSecretFromTheAppEnvironment()
    {
        FakeMessagesServer server;
        QVERIFY(server.listen());
        const QString ws = freshWorkspace(QStringLiteral("ws-env"));
        server.enqueueMessage(
            bashMessage(QStringLiteral("toolu_env"),
                        QStringLiteral("env; cat /proc/*/environ | tr '\\0' '\\n'; echo END"), kMeta));
        server.enqueueMessage(textMessage(QStringLiteral("ok"), kMeta));
        const Outcome o = runBinary({QStringLiteral("run"), QStringLiteral("--task"), QStringLiteral("env"),
                                     QStringLiteral("--json"), QStringLiteral("--permission-mode"),
                                     QStringLiteral("bypassPermissions"), QStringLiteral("--workspace"), ws},
                                    server.baseUrl());
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const QString seen =
            lastToolResult(server.requests().at(1).json()).value(QLatin1String("content")).toString();
        QVERIFY2(seen.contains(QStringLiteral("PATH=")), qPrintable(seen));
        QVERIFY(seen.contains(QStringLiteral("END")));
        QVERIFY2(!seen.contains(QString::fromLatin1(kSecret)), "the API key leaked into the sandbox");
        QVERIFY(!seen.contains(QStringLiteral("ANTHROPIC")));
    }

    void run_httpError_endsNonZeroWithTheApiMessage()
    {
        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueError(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
        const Outcome o = runBinary({QStringLiteral("run"), QStringLiteral("--task"), QStringLiteral("x"),
                                     QStringLiteral("--json"), QStringLiteral("--workspace"),
                                     freshWorkspace(QStringLiteral("ws-401"))},
                                    server.baseUrl());
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.err.contains("invalid x-api-key"), o.err.constData());
        QCOMPARE(QJsonDocument::fromJson(o.out).object().value(QLatin1String("stop_reason")).toString(),
                 QStringLiteral("error"));
    }

    void sandboxExec_passesExitStatusAndOutput()
    {
        const QString ws = freshWorkspace(QStringLiteral("ws-exec"));
        Outcome o = runBinary({QStringLiteral("sandbox-exec"), QStringLiteral("--workspace"), ws,
                               QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                               QStringLiteral("echo out; echo err >&2; exit 7")});
        QCOMPARE(o.exitCode, 7);
        QCOMPARE(o.out, QByteArray("out\n"));
        QVERIFY(o.err.contains("err"));

        o = runBinary({QStringLiteral("sandbox-exec"), QStringLiteral("--workspace"), ws,
                       QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--"),
                       QStringLiteral("sleep"), QStringLiteral("30")});
        QCOMPARE(o.exitCode, 137);
        QVERIFY2(o.err.contains("wall-clock"), o.err.constData());
    }

    void sandboxExec_noCgroups_keepsTheLimitsToRlimitsAndSaysSo()
    {
        const QString ws = freshWorkspace(QStringLiteral("ws-nocgroups"));
        const Outcome o = runBinary({QStringLiteral("sandbox-exec"), QStringLiteral("--workspace"), ws,
                                     QStringLiteral("--show-policy"), QStringLiteral("--no-cgroups"),
                                     QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(o.exitCode, 0);
        // The policy comes first on stderr as indented JSON; what follows is the run's own report.
        const qsizetype end = o.err.indexOf("\n}\n");
        QVERIFY2(end > 0, o.err.constData());
        QJsonParseError error;
        const QJsonObject spec = QJsonDocument::fromJson(o.err.left(end + 2), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject limits = spec.value(QLatin1String("limits")).toObject();
        QCOMPARE(limits.value(QLatin1String("mechanism")).toString(), QStringLiteral("rlimits"));
    }

    void sandboxExec_network_allowsItsRuleDeniesTheRestAndSaysWhy()
    {
        // The host's own server, reachable only through the proxy and an explicit private rule.
        QTcpServer upstream;
        QVERIFY(upstream.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&upstream, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = upstream.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    if (s->readAll().contains("\r\n\r\n")) {
                        s->write(
                            "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nhello-cli\n");
                        s->disconnectFromHost();
                    }
                });
            }
        });
        const quint16 port = upstream.serverPort();
        const quint16 otherPort = port == 65535 ? port - 1 : port + 1;
        const QString ws = freshWorkspace(QStringLiteral("ws-net"));
        const QString script =
            QStringLiteral(
                "curl -sS --noproxy '' -x \"$HTTP_PROXY\" http://127.0.0.1:%1/ok; "
                "for u in http://unknown.example/ http://127.0.0.1:%2/; do "
                "curl -s -o /dev/null -w 'refused=%{http_code}\\n' --noproxy '' -x \"$HTTP_PROXY\" $u; "
                "done; exit 3")
                .arg(port)
                .arg(otherPort);
        const Outcome o = runBinary({QStringLiteral("sandbox-exec"), QStringLiteral("--workspace"), ws,
                                     QStringLiteral("--network"), QStringLiteral("--allow-private-domain"),
                                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--"),
                                     QStringLiteral("sh"), QStringLiteral("-c"), script});
        const QByteArray both = o.out + "\n--- stderr ---\n" + o.err;
        QCOMPARE(o.exitCode, 3);
        QVERIFY2(o.out.startsWith("hello-cli\n"), both.constData());
        QCOMPARE(o.out.count("refused=403\n"), 2);
        QCOMPARE(connections, 1);
        // Each decision, and why the run ended, on stderr.
        const QString err = QString::fromUtf8(o.err);
        QVERIFY2(err.contains(QStringLiteral("sandbox: network: allowed 127.0.0.1:%1").arg(port)),
                 both.constData());
        QVERIFY2(err.contains(QStringLiteral("sandbox: network: denied unknown.example:80")),
                 both.constData());
        QVERIFY2(err.contains(QStringLiteral("sandbox: network: denied 127.0.0.1:%1").arg(otherPort)),
                 both.constData());
        // No terminal to ask: both unknown targets were denied, and the reason says so.
        QCOMPARE(err.count(QStringLiteral("sandbox: network: denied ")), 2);
        QCOMPARE(err.count(QStringLiteral("no terminal to ask")), 2);
        QVERIFY2(err.contains(QStringLiteral("sandbox: exited with status 3")), both.constData());
    }

    void transcriptShow_summarisesARun()
    {
        const QString transcript = m_dir.filePath(QStringLiteral("fake.jsonl"));
        QVERIFY2(QFile::exists(transcript), "runs after run_againstFakeServer_sendsRealOutputBack");
        const Outcome o = runBinary({QStringLiteral("transcript"), QStringLiteral("show"), transcript});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains("Turns:"));
        QVERIFY(o.out.contains("end_turn"));
        QVERIFY(o.out.contains("claude-test"));
    }

    void badArguments_areExplained()
    {
        Outcome o = runBinary({QStringLiteral("run")});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains("--task"));
        o = runBinary({QStringLiteral("run"), QStringLiteral("--task"), QStringLiteral("x"),
                       QStringLiteral("--permission-mode"), QStringLiteral("yolo"),
                       QStringLiteral("--provider"), QStringLiteral("replay"), QStringLiteral("--replay"),
                       QStringLiteral("/nonexistent.jsonl")});
        QVERIFY(o.exitCode != 0);
        QVERIFY(o.err.contains("yolo") || o.err.contains("nonexistent"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
