// SPDX-License-Identifier: MIT
// Retries of AnthropicProvider against the fake server: which failures are retried, how many
// requests go out, the waits announced, and cancel during a wait.
#include "fakemessagesserver.h"
#include "llm/anthropicprovider.h"
#include "testmessages.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QJsonObject kRequest = TestSupport::messagesRequest(u"hi"_s, 64);

QJsonObject textMessage(const QString &text)
{
    return TestSupport::textMessage(text, {.id = u"msg_r"_s, .inputTokens = 3, .outputTokens = 4});
}

QString typeFor(int status)
{
    switch (status) {
    case 408:
        return u"timeout_error"_s;
    case 409:
        return u"conflict_error"_s;
    case 429:
        return u"rate_limit_error"_s;
    case 529:
        return u"overloaded_error"_s;
    case 504:
        return u"timeout_error"_s;
    default:
        return status >= 500 ? u"api_error"_s : u"invalid_request_error"_s;
    }
}

} // namespace

class TestAnthropicRetry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void retryableStatus_isRetriedAsTheHeadersSay_data();
    void retryableStatus_isRetriedAsTheHeadersSay();
    void nonRetryableError_endsAfterOneRequest_data();
    void nonRetryableError_endsAfterOneRequest();
    void persistentOverload_givesUpAfterThreeRequestsWithGrowingWaits();
    void maxRetries_isConfigurable_data();
    void maxRetries_isConfigurable();
    void everyAttempt_sendsItsRetryCount();
    void overloadedWithRetryAfterOne_realWait_succeedsWithTwoRequests();
    void cancelDuringWait_endsAtOnceAndSendsNothingMore();
    void silentServer_idleTimeoutBeforeTheAnswer_isRetried();
    void connectionClosedBeforeTheAnswerBegan_isRetried();

private:
    AnthropicConfig config(int maxRetries = 2) const;
    std::unique_ptr<ModelJob> startJob(const AnthropicConfig &c);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeMessagesServer> m_server;
    std::unique_ptr<AnthropicProvider> m_provider;
};

void TestAnthropicRetry::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_server = std::make_unique<FakeMessagesServer>();
    QVERIFY(m_server->listen());
}

void TestAnthropicRetry::cleanup()
{
    m_provider.reset();
    m_server.reset();
    m_nam.reset();
}

AnthropicConfig TestAnthropicRetry::config(int maxRetries) const
{
    AnthropicConfig c;
    c.baseUrl = m_server->baseUrl();
    c.apiKey = u"sk-ant-test"_s;
    c.maxRetries = maxRetries;
    c.actualDelay = [](int) { return 0; }; // the planned delay is reported; nobody waits for it
    return c;
}

std::unique_ptr<ModelJob> TestAnthropicRetry::startJob(const AnthropicConfig &c)
{
    m_provider = std::make_unique<AnthropicProvider>(c, m_nam.get());
    std::unique_ptr<ModelJob> job(m_provider->createJob(kRequest, nullptr));
    return job;
}

void TestAnthropicRetry::retryableStatus_isRetriedAsTheHeadersSay_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("minDelay");
    QTest::addColumn<int>("maxDelay");
    QTest::addColumn<bool>("succeeds");
    for (int status : {408, 409, 429, 500, 502, 503, 504, 529}) {
        QTest::addRow("%d plain", status) << status << Headers{} << 2 << 375 << 500 << true;
        QTest::addRow("%d retry-after 2", status)
            << status << Headers{{"retry-after", "2"}} << 2 << 2000 << 2000 << true;
        QTest::addRow("%d retry-after-ms 250", status)
            << status << Headers{{"retry-after-ms", "250"}} << 2 << 250 << 250 << true;
        QTest::addRow("%d retry-after 120 ignored", status)
            << status << Headers{{"retry-after", "120"}} << 2 << 375 << 500 << true;
        QTest::addRow("%d x-should-retry false", status)
            << status << Headers{{"x-should-retry", "false"}} << 1 << 0 << 0 << false;
    }
}

void TestAnthropicRetry::retryableStatus_isRetriedAsTheHeadersSay()
{
    QFETCH(int, status);
    QFETCH(Headers, headers);
    QFETCH(int, requests);
    QFETCH(int, minDelay);
    QFETCH(int, maxDelay);
    QFETCH(bool, succeeds);

    m_server->enqueueError(status, typeFor(status), u"try later"_s, headers);
    m_server->enqueueMessage(textMessage(u"after the retry"_s));
    auto job = startJob(config());
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);

    QCOMPARE(int(m_server->requests().size()), requests);
    QCOMPARE(int(retrying.size()), requests - 1);
    if (!retrying.isEmpty()) {
        const QList<QVariant> args = retrying.first();
        QCOMPARE(args.at(0).toInt(), 2); // the attempt about to be made
        QCOMPARE(args.at(1).toInt(), 3);
        const int delay = args.at(2).toInt();
        QVERIFY2(delay >= minDelay && delay <= maxDelay, qPrintable(QString::number(delay)));
        const Error why = args.at(3).value<Error>();
        QCOMPARE(why.code, typeFor(status));
        QCOMPARE(why.requestId, u"req_fake_1"_s);
    }
    if (succeeds) {
        QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
        QCOMPARE(job->message().value("content"_L1).toArray().at(0)["text"_L1].toString(),
                 u"after the retry"_s);
    } else {
        QCOMPARE(job->error().code, typeFor(status));
    }
}

void TestAnthropicRetry::nonRetryableError_endsAfterOneRequest_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    auto body = [](const QString &type, const QString &msg) {
        return FakeMessagesServer::errorBody(type, msg, 1);
    };
    QTest::newRow("400") << 400 << body(u"invalid_request_error"_s, u"messages: required"_s) << Headers{}
                         << u"invalid_request_error"_s << u"messages: required"_s;
    QTest::newRow("401") << 401 << body(u"authentication_error"_s, u"invalid x-api-key"_s) << Headers{}
                         << u"authentication_error"_s << u"ANTHROPIC_API_KEY"_s;
    QTest::newRow("403") << 403 << body(u"permission_error"_s, u"no"_s) << Headers{} << u"permission_error"_s
                         << u"permission"_s;
    QTest::newRow("404") << 404 << body(u"not_found_error"_s, u"model: x"_s) << Headers{}
                         << u"not_found_error"_s << u"model id"_s;
    QTest::newRow("413") << 413 << body(u"request_too_large"_s, u"too big"_s) << Headers{}
                         << u"request_too_large"_s << u"Trim"_s;
    QTest::newRow("401 even with retry-after")
        << 401 << body(u"authentication_error"_s, u"bad"_s) << Headers{{"retry-after", "1"}}
        << u"authentication_error"_s << u"Settings"_s;
    QTest::newRow("429 spend limit")
        << 429
        << QByteArray(R"({"type":"error","error":{"type":"rate_limit_error","message":"spend limit reached",)"
                      R"("details":{"error_code":"enforced_spend_limit_reached"}}})")
        << Headers{{"content-type", "application/json"}} << u"spend_limit_reached"_s << u"not retried"_s;
}

void TestAnthropicRetry::nonRetryableError_endsAfterOneRequest()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(QString, code);
    QFETCH(QString, says);

    FakeMessagesServer::Response r;
    r.status = status;
    r.headers = Headers{{"content-type", "application/json"}} + headers;
    r.body = body;
    m_server->enqueue(r);
    m_server->enqueueMessage(textMessage(u"never asked for"_s));
    auto job = startJob(config());
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(job->error().code, code);
    QVERIFY2(job->error().message.contains(says), qPrintable(job->error().message));
}

void TestAnthropicRetry::persistentOverload_givesUpAfterThreeRequestsWithGrowingWaits()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueueError(529, u"overloaded_error"_s, u"Overloaded"_s);
    auto job = startJob(config());
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(1).at(0).toInt(), 3);
    const int first = retrying.at(0).at(2).toInt();
    const int second = retrying.at(1).at(2).toInt();
    // Jitter is drawn from (0.75, 1] and the delay rounded to whole milliseconds: 375 can come out.
    QVERIFY2(first >= 375 && first <= 500, qPrintable(QString::number(first)));
    QVERIFY2(second >= 750 && second <= 1000, qPrintable(QString::number(second)));
    QCOMPARE(job->error().code, u"overloaded_error"_s);
    QCOMPARE(job->error().requestId, u"req_fake_3"_s);
}

void TestAnthropicRetry::maxRetries_isConfigurable_data()
{
    QTest::addColumn<int>("maxRetries");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("four") << 4;
}

void TestAnthropicRetry::maxRetries_isConfigurable()
{
    QFETCH(int, maxRetries);
    for (int i = 0; i < 6; ++i)
        m_server->enqueueError(500, u"api_error"_s, u"boom"_s);
    auto job = startJob(config(maxRetries));
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(int(m_server->requests().size()), maxRetries + 1);
    QCOMPARE(job->error().code, u"api_error"_s);
}

void TestAnthropicRetry::everyAttempt_sendsItsRetryCount()
{
    m_server->enqueueError(500, u"api_error"_s, u"boom"_s);
    m_server->enqueueError(503, u"api_error"_s, u"boom"_s);
    m_server->enqueueMessage(textMessage(u"third time"_s));
    auto job = startJob(config());
    QSignalSpy sent(job.get(), &ModelJob::requestSent);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(job->error().isNull());
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(requests.at(i).headers.value("x-stainless-retry-count"), QByteArray::number(i));
        QCOMPARE(requests.at(i).json(), requests.at(0).json()); // the same request each time
    }
    QCOMPARE(sent.size(), 3);
}

void TestAnthropicRetry::overloadedWithRetryAfterOne_realWait_succeedsWithTwoRequests()
{
    // The acceptance case, with the real wait.
    m_server->enqueueError(529, u"overloaded_error"_s, u"Overloaded"_s, {{"retry-after", "1"}});
    m_server->enqueueMessage(textMessage(u"done"_s));
    AnthropicConfig c = config();
    c.actualDelay = nullptr;
    auto job = startJob(c);
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    QElapsedTimer clock;
    clock.start();
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(job->error().isNull());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(2).toInt(), 1000);
    QVERIFY2(elapsed >= 1000 && elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TestAnthropicRetry::cancelDuringWait_endsAtOnceAndSendsNothingMore()
{
    m_server->enqueueError(529, u"overloaded_error"_s, u"Overloaded"_s, {{"retry-after", "30"}});
    m_server->enqueueMessage(textMessage(u"must not be fetched"_s));
    AnthropicConfig c = config();
    c.actualDelay = nullptr; // a real 30 s wait, cut short by cancel
    auto job = startJob(c);
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(2).toInt(), 30000);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error().code, u"cancelled"_s);

    // A second job is served the queued message; the cancelled one never asked for it.
    auto next = startJob(config());
    QSignalSpy nextFinished(next.get(), &ModelJob::finished);
    next->start();
    QTRY_COMPARE(nextFinished.size(), 1);
    QVERIFY(next->error().isNull());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(finished.size(), 1);
}

void TestAnthropicRetry::silentServer_idleTimeoutBeforeTheAnswer_isRetried()
{
    FakeMessagesServer::Response silent;
    silent.silent = true;
    m_server->enqueue(silent);
    m_server->enqueueMessage(textMessage(u"awake"_s));
    AnthropicConfig c = config();
    c.idleTimeoutMs = 300;
    auto job = startJob(c);
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(3).value<Error>().code, u"timeout"_s);
}

void TestAnthropicRetry::connectionClosedBeforeTheAnswerBegan_isRetried()
{
    // A 200 head and then nothing: no answer began, so the attempt is simply made again. (A close
    // inside the head is resent by Qt's HTTP layer itself; tst_faults covers that.)
    FakeMessagesServer::Response dropped;
    dropped.headers = {{"content-type", "text/event-stream"}};
    dropped.dropAfterBodyBytes = 0;
    m_server->enqueue(dropped);
    m_server->enqueueMessage(textMessage(u"second try"_s));
    auto job = startJob(config());
    QSignalSpy retrying(job.get(), &ModelJob::retrying);
    QSignalSpy finished(job.get(), &ModelJob::finished);
    job->start();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(job->error().isNull(), qPrintable(job->error().toString()));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(retrying.size(), 1);
}

QTEST_GUILESS_MAIN(TestAnthropicRetry)
#include "tst_anthropicretry.moc"
