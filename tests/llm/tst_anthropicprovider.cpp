// SPDX-License-Identifier: MIT
#include "fakemessagesserver.h"
#include "llm/anthropicprovider.h"
#include "llm/ssewriter.h"
#include "testdata.h"
#include "testmessages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const QString &name)
{
    return TestSupport::readTestFile(QStringLiteral(WB_TEST_DATA_DIR "/") + name);
}

QJsonObject obj(const char *json)
{
    return TestSupport::jsonObject(json);
}

const QJsonObject kRequest = TestSupport::messagesRequest(u"hi"_s, 1024);

QJsonObject textMessage(const QString &text)
{
    return TestSupport::textMessage(text, {.id = u"msg_t"_s, .inputTokens = 12, .outputTokens = 34});
}

FakeMessagesServer::Response sseResponse(const QByteArray &body, int chunkSize = 0, int chunkDelayMs = 0)
{
    FakeMessagesServer::Response r;
    r.headers = {{"content-type", "text/event-stream"}};
    r.body = body;
    r.chunkSize = chunkSize;
    r.chunkDelayMs = chunkDelayMs;
    return r;
}

} // namespace

class TestAnthropicProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void messagesUrl_joinsBaseAndPath_data();
    void messagesUrl_joinsBaseAndPath();
    void fromEnvironment_readsKeyAndBaseUrl();

    void textTurn_streamsSeveralDeltasAndFinalMessageMatches();
    void toolUseTurn_deliversParsedInput();
    void request_carriesHeadersAndStreamTrue();
    void request_sendsBetasCommaJoinedOnlyWhenSet();
    void bearerMode_sendsAuthorizationInsteadOfApiKey();
    void baseUrlWithPathPrefix_postsUnderThePrefix_data();
    void baseUrlWithPathPrefix_postsUnderThePrefix();
    void requestSent_neverContainsTheCredential_data();
    void requestSent_neverContainsTheCredential();
    void responseHeaders_reportStatusRequestIdAndRateLimits();
    void httpError_carriesApiMessageAndRequestId_data();
    void httpError_carriesApiMessageAndRequestId();
    void httpError_withoutJsonBody_usesHttpStatusCode();
    void midStreamError_keepsPartialTextAndFailsWithErrorType();
    void connectionDroppedMidStream_failsAsIncompleteStream();
    void connectionRefused_failsNamingTheUrl();
    void idleStream_failsWithTimeout();
    void cancel_finishesOnceWithCancelled();
    void deletingJobMidStream_stopsTheRequestSafely();

private:
    std::unique_ptr<ModelJob> runJob(const AnthropicConfig &config, const QJsonObject &body = kRequest);
    AnthropicConfig config() const;

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeMessagesServer> m_server;
};

void TestAnthropicProvider::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy); // loopback only, whatever the environment says
    m_server = std::make_unique<FakeMessagesServer>();
    QVERIFY(m_server->listen());
}

void TestAnthropicProvider::cleanup()
{
    m_server.reset();
    m_nam.reset();
}

AnthropicConfig TestAnthropicProvider::config() const
{
    AnthropicConfig c;
    c.baseUrl = m_server->baseUrl();
    c.apiKey = u"sk-ant-test-key"_s;
    c.maxRetries = 0; // these cases are about one attempt; tst_anthropicretry covers retries
    return c;
}

// Starts a job and waits (event loop, no sleeping) until it has finished.
std::unique_ptr<ModelJob> TestAnthropicProvider::runJob(const AnthropicConfig &config,
                                                        const QJsonObject &body)
{
    AnthropicProvider provider(config, m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(body, nullptr));
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000))
        qWarning("job did not finish");
    return job;
}

void TestAnthropicProvider::messagesUrl_joinsBaseAndPath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << u"https://api.anthropic.com"_s
                               << u"https://api.anthropic.com/v1/messages"_s;
    QTest::newRow("trailing slash") << u"https://api.anthropic.com/"_s
                                    << u"https://api.anthropic.com/v1/messages"_s;
    QTest::newRow("path prefix") << u"http://127.0.0.1:8080/proxy/anthropic"_s
                                 << u"http://127.0.0.1:8080/proxy/anthropic/v1/messages"_s;
    QTest::newRow("path prefix with slash")
        << u"http://gw.local/anthropic/"_s << u"http://gw.local/anthropic/v1/messages"_s;
}

void TestAnthropicProvider::messagesUrl_joinsBaseAndPath()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(AnthropicProvider::messagesUrl(QUrl(base)).toString(), expected);
}

void TestAnthropicProvider::fromEnvironment_readsKeyAndBaseUrl()
{
    const QByteArray oldKey = qgetenv("ANTHROPIC_API_KEY");
    const QByteArray oldBase = qgetenv("ANTHROPIC_BASE_URL");
    qputenv("ANTHROPIC_API_KEY", "sk-env");
    qputenv("ANTHROPIC_BASE_URL", "http://127.0.0.1:9/gw");
    const AnthropicConfig c = AnthropicConfig::fromEnvironment();
    qputenv("ANTHROPIC_API_KEY", oldKey);
    qputenv("ANTHROPIC_BASE_URL", oldBase);
    QCOMPARE(c.apiKey, u"sk-env"_s);
    QCOMPARE(c.baseUrl, QUrl(u"http://127.0.0.1:9/gw"_s));
    QCOMPARE(c.anthropicVersion, u"2023-06-01"_s);
    QVERIFY(!c.bearerAuth);
}

void TestAnthropicProvider::textTurn_streamsSeveralDeltasAndFinalMessageMatches()
{
    const QJsonObject message = textMessage(u"The script printed 55, so the sum of 1..10 is 55."_s);
    m_server->enqueue(sseResponse(SseWriter::fromMessage(message, 6), 40, 2));

    AnthropicProvider provider(config(), m_nam.get());
    QCOMPARE(provider.name(), u"anthropic"_s);
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy deltas(job.get(), &ModelJob::textDelta);
    QSignalSpy raw(job.get(), &ModelJob::rawEvent);
    QSignalSpy started(job.get(), &ModelJob::blockStarted);
    QSignalSpy blockDone(job.get(), &ModelJob::blockFinished);
    QSignalSpy usage(job.get(), &ModelJob::usageUpdated);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);

    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QVERIFY(deltas.size() > 3);
    QString text;
    for (const QList<QVariant> &args : std::as_const(deltas)) {
        QCOMPARE(args.at(0).toInt(), 0);
        QCOMPARE(args.at(1).toString(), u"text"_s);
        text += args.at(2).toString();
    }
    QCOMPARE(text, message.value("content"_L1).toArray().at(0).toObject().value("text"_L1).toString());
    QCOMPARE(job->message(), message);
    QCOMPARE(started.size(), 1);
    QCOMPARE(blockDone.size(), 1);
    QCOMPARE(blockDone.first().at(1).toJsonObject(), message.value("content"_L1).toArray().at(0).toObject());
    QCOMPARE(usage.last().first().toJsonObject(), obj(R"({"input_tokens":12,"output_tokens":34})"));
    QCOMPARE(raw.first().at(0).toString(), u"message_start"_s);
    QCOMPARE(raw.last().at(0).toString(), u"message_stop"_s);
    qint64 previous = 0;
    for (const QList<QVariant> &args : std::as_const(raw)) {
        QVERIFY(args.at(2).toLongLong() >= previous);
        previous = args.at(2).toLongLong();
    }
    QVERIFY(job->timeToFirstTokenMs() >= 0);
    QVERIFY(job->isFinished());
}

void TestAnthropicProvider::toolUseTurn_deliversParsedInput()
{
    m_server->enqueue(sseResponse(readData(u"tool_use_turn.sse"_s), 7));
    AnthropicProvider provider(config(), m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy blockDone(job.get(), &ModelJob::blockFinished);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QCOMPARE(blockDone.size(), 2);
    QCOMPARE(blockDone.at(1).at(0).toInt(), 1);
    QCOMPARE(
        blockDone.at(1).at(1).toJsonObject(),
        obj(R"({"type":"tool_use","id":"toolu_01AbC9","name":"bash","input":{"command":"ls -la build/"}})"));
    QCOMPARE(job->message().value("stop_reason"_L1).toString(), u"tool_use"_s);
    QCOMPARE(job->message().value("usage"_L1).toObject().value("output_tokens"_L1).toInt(), 58);
}

void TestAnthropicProvider::request_carriesHeadersAndStreamTrue()
{
    m_server->enqueueMessage(textMessage(u"ok"_s));
    const auto job = runJob(config());
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));

    QCOMPARE(m_server->requests().size(), 1);
    const FakeMessagesServer::Request request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/messages"));
    QCOMPARE(request.headers.value("x-api-key"), QByteArray("sk-ant-test-key"));
    QCOMPARE(request.headers.value("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("accept"), QByteArray("text/event-stream"));
    QVERIFY(!request.headers.contains("authorization"));
    QVERIFY(!request.headers.contains("anthropic-beta"));

    QJsonObject expectedBody = kRequest;
    expectedBody.insert("stream"_L1, true);
    QCOMPARE(request.json(), expectedBody);
}

void TestAnthropicProvider::request_sendsBetasCommaJoinedOnlyWhenSet()
{
    m_server->enqueueMessage(textMessage(u"ok"_s));
    AnthropicConfig c = config();
    c.betas = {u"context-1m-2025-08-07"_s, u"interleaved-thinking-2025-05-14"_s};
    c.anthropicVersion = u"2026-10-21"_s;
    const auto job = runJob(c);
    QVERIFY(job->error().isNull());
    const FakeMessagesServer::Request request = m_server->requests().first();
    QCOMPARE(request.headers.value("anthropic-beta"),
             QByteArray("context-1m-2025-08-07,interleaved-thinking-2025-05-14"));
    QCOMPARE(request.headers.value("anthropic-version"), QByteArray("2026-10-21"));
}

void TestAnthropicProvider::bearerMode_sendsAuthorizationInsteadOfApiKey()
{
    m_server->enqueueMessage(textMessage(u"ok"_s));
    AnthropicConfig c = config();
    c.bearerAuth = true;
    const auto job = runJob(c);
    QVERIFY(job->error().isNull());
    const FakeMessagesServer::Request request = m_server->requests().first();
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-ant-test-key"));
    QVERIFY(!request.headers.contains("x-api-key"));
}

void TestAnthropicProvider::baseUrlWithPathPrefix_postsUnderThePrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QByteArray>("expectedPath");
    QTest::newRow("no prefix, trailing slash") << u"/"_s << QByteArray("/v1/messages");
    QTest::newRow("prefix") << u"/api/anthropic"_s << QByteArray("/api/anthropic/v1/messages");
    QTest::newRow("prefix, trailing slash")
        << u"/api/anthropic/"_s << QByteArray("/api/anthropic/v1/messages");
}

void TestAnthropicProvider::baseUrlWithPathPrefix_postsUnderThePrefix()
{
    QFETCH(QString, prefix);
    QFETCH(QByteArray, expectedPath);
    m_server->enqueueMessage(textMessage(u"ok"_s));
    AnthropicConfig c = config();
    QUrl base = m_server->baseUrl();
    base.setPath(prefix);
    c.baseUrl = base;
    const auto job = runJob(c);
    QVERIFY(job->error().isNull());
    QCOMPARE(m_server->requests().first().path, expectedPath);
}

void TestAnthropicProvider::requestSent_neverContainsTheCredential_data()
{
    QTest::addColumn<bool>("bearer");
    QTest::newRow("x-api-key") << false;
    QTest::newRow("bearer") << true;
}

void TestAnthropicProvider::requestSent_neverContainsTheCredential()
{
    QFETCH(bool, bearer);
    m_server->enqueueMessage(textMessage(u"ok"_s));
    AnthropicConfig c = config();
    c.bearerAuth = bearer;
    AnthropicProvider provider(c, m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy sent(job.get(), &ModelJob::requestSent);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(sent.size(), 1);
    const QJsonObject headers = sent.first().first().toJsonObject();
    QCOMPARE(headers.value("anthropic-version"_L1).toString(), u"2023-06-01"_s);
    QVERIFY(!headers.contains("x-api-key"_L1));
    QVERIFY(!headers.contains("authorization"_L1));
    QVERIFY(!QJsonDocument(headers).toJson().contains("sk-ant-test-key"));
}

void TestAnthropicProvider::responseHeaders_reportStatusRequestIdAndRateLimits()
{
    FakeMessagesServer::Response r = sseResponse(SseWriter::fromMessage(textMessage(u"ok"_s)));
    r.headers.append(qMakePair(QByteArray("anthropic-ratelimit-requests-remaining"), QByteArray("49")));
    r.headers.append(qMakePair(QByteArray("anthropic-organization-id"), QByteArray("org-not-reported")));
    m_server->enqueue(r);
    AnthropicProvider provider(config(), m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy headers(job.get(), &ModelJob::responseHeaders);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(0).toInt(), 200);
    QCOMPARE(headers.first().at(1).toJsonObject(),
             obj(R"({"request-id":"req_fake_1","content-type":"text/event-stream",
                     "anthropic-ratelimit-requests-remaining":"49"})"));
}

void TestAnthropicProvider::httpError_carriesApiMessageAndRequestId_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("apiMessage");
    QTest::addColumn<QString>("plainWords");
    QTest::newRow("401") << 401 << u"authentication_error"_s << u"invalid x-api-key"_s
                         << u"ANTHROPIC_API_KEY"_s;
    QTest::newRow("429") << 429 << u"rate_limit_error"_s
                         << u"Number of requests has exceeded your rate limit"_s << u"rate limit"_s;
    QTest::newRow("529") << 529 << u"overloaded_error"_s << u"Overloaded"_s << u"overloaded"_s;
    QTest::newRow("500") << 500 << u"api_error"_s << u"Internal server error"_s << u"server error"_s;
    QTest::newRow("404") << 404 << u"not_found_error"_s << u"model: claude-nope"_s << u"model id"_s;
    QTest::newRow("400") << 400 << u"invalid_request_error"_s << u"max_tokens: Field required"_s
                         << u"rejected the request"_s;
}

void TestAnthropicProvider::httpError_carriesApiMessageAndRequestId()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, apiMessage);
    QFETCH(QString, plainWords);

    m_server->enqueueError(status, type, apiMessage);
    AnthropicProvider provider(config(), m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy headers(job.get(), &ModelJob::responseHeaders);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);

    const Error &e = job->error();
    QCOMPARE(e.code, type);
    QVERIFY2(e.message.contains(apiMessage), qPrintable(e.message));
    QVERIFY2(e.message.contains(plainWords, Qt::CaseInsensitive), qPrintable(e.message));
    QCOMPARE(e.detail, u"HTTP %1: %2"_s.arg(status).arg(apiMessage));
    QCOMPARE(e.requestId, u"req_fake_1"_s);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.first().at(0).toInt(), status);
}

void TestAnthropicProvider::httpError_withoutJsonBody_usesHttpStatusCode()
{
    FakeMessagesServer::Response r;
    r.status = 502;
    r.headers = {{"content-type", "text/html"}};
    r.body = "<html><body>Bad gateway</body></html>";
    m_server->enqueue(r);
    const auto job = runJob(config());
    QCOMPARE(job->error().code, u"http_502"_s);
    QVERIFY(job->error().message.contains(u"server error"_s));
    QCOMPARE(job->error().requestId, u"req_fake_1"_s);
}

void TestAnthropicProvider::midStreamError_keepsPartialTextAndFailsWithErrorType()
{
    m_server->enqueue(sseResponse(readData(u"midstream_error.sse"_s), 50));
    AnthropicProvider provider(config(), m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job->error().code, u"overloaded_error"_s);
    QCOMPARE(job->error().message, u"The API reported an error in the middle of the answer: Overloaded. "
                                   u"What arrived so far is kept. Try again in a few minutes."_s);
    QCOMPARE(job->error().requestId, u"req_fake_1"_s);
    const QJsonArray content = job->message().value("content"_L1).toArray();
    QCOMPARE(content.size(), 1);
    QCOMPARE(content.at(0).toObject().value("text"_L1).toString(), u"Let me start by reading the"_s);
}

void TestAnthropicProvider::connectionDroppedMidStream_failsAsIncompleteStream()
{
    FakeMessagesServer::Response r = sseResponse(readData(u"text_turn.sse"_s), 64);
    r.closeMidway = true;
    m_server->enqueue(r);
    AnthropicProvider provider(config(), m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy deltas(job.get(), &ModelJob::textDelta);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job->error().code, u"incomplete_stream"_s);
    QCOMPARE(job->error().message, u"The answer stopped before it was complete."_s);
    QVERIFY(deltas.size() >= 1); // what arrived stays
    QVERIFY(!job->message().value("content"_L1).toArray().isEmpty());
}

void TestAnthropicProvider::connectionRefused_failsNamingTheUrl()
{
    // A port that was just free: bind, remember, release.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(probe.serverPort());
    probe.close();

    AnthropicConfig c = config();
    c.baseUrl = base;
    const auto job = runJob(c);
    QCOMPARE(job->error().code, u"connection_failed"_s);
    QVERIFY2(job->error().message.contains(base.toString() + u"/v1/messages"_s),
             qPrintable(job->error().message));
    QVERIFY(!job->error().detail.isEmpty());
}

void TestAnthropicProvider::idleStream_failsWithTimeout()
{
    // The first chunk arrives, then the server goes quiet for much longer than the idle limit.
    m_server->enqueue(sseResponse(readData(u"text_turn.sse"_s), 200, 60000));
    AnthropicConfig c = config();
    c.idleTimeoutMs = 300;
    AnthropicProvider provider(c, m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy finished(job.get(), &ModelJob::finished);
    QSignalSpy headers(job.get(), &ModelJob::responseHeaders);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(job->error().code, u"timeout"_s);
    QCOMPARE(headers.size(), 1);
}

void TestAnthropicProvider::cancel_finishesOnceWithCancelled()
{
    m_server->enqueue(sseResponse(readData(u"text_turn.sse"_s), 100, 30));
    AnthropicProvider provider(config(), m_nam.get());
    std::unique_ptr<ModelJob> job(provider.createJob(kRequest, nullptr));
    QSignalSpy deltas(job.get(), &ModelJob::textDelta);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_VERIFY(!deltas.isEmpty());
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().code, u"cancelled"_s);
    job->cancel();
    QCOMPARE(finished.size(), 1);

    // Let the event loop run a whole second request; the cancelled job must stay silent.
    const qsizetype deltasAtCancel = deltas.size();
    m_server->enqueueMessage(textMessage(u"second"_s));
    const auto second = runJob(config());
    QVERIFY(second->error().isNull());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(deltas.size(), deltasAtCancel);
}

void TestAnthropicProvider::deletingJobMidStream_stopsTheRequestSafely()
{
    m_server->enqueue(sseResponse(readData(u"text_turn.sse"_s), 100, 30));
    AnthropicProvider provider(config(), m_nam.get());
    auto *job = provider.createJob(kRequest, nullptr);
    QSignalSpy deltas(job, &ModelJob::textDelta);
    job->start();
    QTRY_VERIFY(!deltas.isEmpty());
    delete job; // the reply is the job's child and goes with it

    m_server->enqueueMessage(textMessage(u"after"_s));
    const auto next = runJob(config());
    QVERIFY(next->error().isNull());
}

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
