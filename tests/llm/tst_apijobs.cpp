// SPDX-License-Identifier: MIT
// count_tokens, the paginated model list and rate-limit headers against the fake server.
#include "fakemessagesserver.h"
#include "llm/apijobs.h"
#include "llm/ratelimits.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

QJsonObject modelEntry(const QString &id, qint64 window)
{
    return QJsonObject{
        {"type"_L1, u"model"_s},
        {"id"_L1, id},
        {"display_name"_L1, u"Model %1"_s.arg(id)},
        {"created_at"_L1, u"2026-09-01T00:00:00Z"_s},
        {"max_input_tokens"_L1, window},
        {"max_tokens"_L1, 64000},
        {"capabilities"_L1,
         QJsonObject{{"thinking"_L1,
                      QJsonObject{{"types"_L1,
                                   QJsonObject{{"adaptive"_L1, QJsonObject{{"supported"_L1, true}}}}}}}}}};
}

} // namespace

class TestApiJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_server = std::make_unique<FakeMessagesServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        m_server.reset();
        m_nam.reset();
    }

    void countTokens_postsOnlyTheFieldsItTakesAndReadsTheCount()
    {
        FakeMessagesServer::Response r;
        r.headers = {{"content-type", "application/json"}};
        r.body = R"({"input_tokens": 2095})";
        m_server->setCountTokensReply(r);
        const QJsonObject request{
            {"model"_L1, u"claude-sonnet-4-6"_s},
            {"max_tokens"_L1, 1024},
            {"stream"_L1, true},
            {"stop_sequences"_L1, QJsonArray{u"x"_s}},
            {"system"_L1, u"sys"_s},
            {"messages"_L1, QJsonArray{QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, u"hi"_s}}}}};
        CountTokensJob job(config(), m_nam.get(), request);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(job.error().isNull(), qPrintable(job.error().toString()));
        QCOMPARE(job.inputTokens(), 2095);
        QCOMPARE(m_server->countTokensRequests().size(), 1);
        QCOMPARE(m_server->requests().size(), 0); // the Messages script is untouched
        const QJsonObject sent = m_server->countTokensRequests().first().json();
        QCOMPARE(sent.value("model"_L1).toString(), u"claude-sonnet-4-6"_s);
        QCOMPARE(sent.value("system"_L1).toString(), u"sys"_s);
        QVERIFY(!sent.contains("max_tokens"_L1));
        QVERIFY(!sent.contains("stream"_L1));
        QVERIFY(!sent.contains("stop_sequences"_L1));
        QCOMPARE(m_server->countTokensRequests().first().headers.value("x-api-key"),
                 QByteArray("sk-ant-test"));
    }

    void countTokens_errorIsAValueInPlainWords()
    {
        FakeMessagesServer::Response r;
        r.status = 401;
        r.headers = {{"content-type", "application/json"}};
        r.body = FakeMessagesServer::errorBody(u"authentication_error"_s, u"invalid x-api-key"_s, 1);
        m_server->setCountTokensReply(r);
        CountTokensJob job(config(), m_nam.get(), QJsonObject{{"model"_L1, u"m"_s}});
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.error().code, u"authentication_error"_s);
        QCOMPARE(job.inputTokens(), -1);
    }

    void models_followsEveryPage()
    {
        m_server->enqueueModelsPage(QJsonObject{
            {"data"_L1, QJsonArray{modelEntry(u"claude-a"_s, 200000), modelEntry(u"claude-b"_s, 1000000)}},
            {"has_more"_L1, true},
            {"first_id"_L1, u"claude-a"_s},
            {"last_id"_L1, u"claude-b"_s}});
        m_server->enqueueModelsPage(QJsonObject{{"data"_L1, QJsonArray{modelEntry(u"claude-c"_s, 200000)}},
                                                {"has_more"_L1, false},
                                                {"first_id"_L1, u"claude-c"_s},
                                                {"last_id"_L1, u"claude-c"_s}});
        ModelsJob job(config(), m_nam.get());
        job.setPageSize(2);
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(job.error().isNull(), qPrintable(job.error().toString()));
        QCOMPARE(job.pagesFetched(), 2);
        const QList<ModelInfo> models = job.models();
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(1).id, u"claude-b"_s);
        QCOMPARE(models.at(1).displayName, u"Model claude-b"_s);
        QCOMPARE(models.at(1).maxInputTokens, 1000000);
        QCOMPARE(models.at(1).maxTokens, 64000);
        QVERIFY(models.at(1).createdAt.isValid());
        QVERIFY(models.at(1).capabilities.contains("thinking"_L1));
        // The second page starts after the last id of the first.
        const auto requests = m_server->modelsRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        const QUrlQuery second(QUrl(QString::fromUtf8(requests.at(1).path)).query());
        QCOMPARE(second.queryItemValue(u"after_id"_s), u"claude-b"_s);
        QCOMPARE(second.queryItemValue(u"limit"_s), u"2"_s);
    }

    void models_pageWithoutNextId_failsInsteadOfLooping()
    {
        m_server->enqueueModelsPage(QJsonObject{{"data"_L1, QJsonArray{}}, {"has_more"_L1, true}});
        ModelsJob job(config(), m_nam.get());
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job.error().code, u"invalid_response"_s);
        QCOMPARE(m_server->modelsRequests().size(), 1);
    }

    void cancel_endsAtOnce()
    {
        ModelsJob job(config(), m_nam.get());
        QSignalSpy finished(&job, &ApiJob::finished);
        job.start();
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.error().code, u"cancelled"_s);
    }

    void rateLimits_parseEveryBucket()
    {
        const QJsonObject headers{{"anthropic-ratelimit-requests-limit"_L1, u"50"_s},
                                  {"anthropic-ratelimit-requests-remaining"_L1, u"49"_s},
                                  {"anthropic-ratelimit-requests-reset"_L1, u"2026-11-28T03:00:00Z"_s},
                                  {"anthropic-ratelimit-input-tokens-limit"_L1, u"40000"_s},
                                  {"anthropic-ratelimit-input-tokens-remaining"_L1, u"39000"_s},
                                  {"anthropic-ratelimit-output-tokens-remaining"_L1, u"8000"_s},
                                  {"request-id"_L1, u"req_1"_s}};
        const RateLimits r = RateLimits::fromHeaders(headers);
        QVERIFY(!r.isEmpty());
        QCOMPARE(r.requests.limit, 50);
        QCOMPARE(r.requests.remaining, 49);
        QCOMPARE(r.requests.reset, QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC));
        QCOMPARE(r.inputTokens.remaining, 39000);
        QCOMPARE(r.outputTokens.limit, -1);
        QCOMPARE(r.outputTokens.remaining, 8000);
        QVERIFY(!r.tokens.isKnown());
        QCOMPARE(r.toJson().value("requests"_L1)["remaining"_L1].toInt(), 49);
        QVERIFY(RateLimits::fromHeaders(QJsonObject{{"request-id"_L1, u"x"_s}}).isEmpty());
    }

private:
    AnthropicConfig config() const
    {
        AnthropicConfig c;
        c.baseUrl = m_server->baseUrl();
        c.apiKey = u"sk-ant-test"_s;
        return c;
    }

    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<FakeMessagesServer> m_server;
};

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_apijobs.moc"
