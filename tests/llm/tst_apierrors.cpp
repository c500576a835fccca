// SPDX-License-Identifier: MIT
#include "llm/apierrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {
QByteArray body(const QString &type, const QString &message, const QJsonObject &details = {})
{
    QJsonObject error{{"type"_L1, type}, {"message"_L1, message}};
    if (!details.isEmpty())
        error.insert("details"_L1, details);
    return QJsonDocument(
               QJsonObject{{"type"_L1, u"error"_s}, {"error"_L1, error}, {"request_id"_L1, u"req_body"_s}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestApiErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyErrorType_saysWhatHappenedAndWhatToDo_data();
    void everyErrorType_saysWhatHappenedAndWhatToDo();
    void spendLimit_isItsOwnCodeAndNotRateLimiting();
    void requestId_comesFromTheHeaderElseTheBody();
    void nonJsonBody_usesHttpStatusAndShowsTheText();
    void httpStatus_isRecoveredFromTheError();
    void retryNotice_namesCauseWaitAttemptAndRequestId_data();
    void retryNotice_namesCauseWaitAttemptAndRequestId();
};

void TestApiErrors::everyErrorType_saysWhatHappenedAndWhatToDo_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("action");
    QTest::newRow("400") << 400 << u"invalid_request_error"_s << u"rejected the request"_s << u"which part"_s;
    QTest::newRow("401") << 401 << u"authentication_error"_s << u"key was rejected"_s << u"Settings"_s;
    QTest::newRow("402") << 402 << u"billing_error"_s << u"billing"_s << u"Console"_s;
    QTest::newRow("403") << 403 << u"permission_error"_s << u"permission"_s << u"another model"_s;
    QTest::newRow("404") << 404 << u"not_found_error"_s << u"not found"_s << u"base URL"_s;
    QTest::newRow("408") << 408 << u"timeout"_s << u"timed out"_s << u"Try again"_s;
    QTest::newRow("409") << 409 << u"conflict_error"_s << u"conflict"_s << u"Try again"_s;
    QTest::newRow("413") << 413 << u"request_too_large"_s << u"too large"_s << u"Trim the conversation"_s;
    QTest::newRow("429") << 429 << u"rate_limit_error"_s << u"rate limiting"_s << u"rate limits"_s;
    QTest::newRow("500") << 500 << u"api_error"_s << u"server error"_s << u"Try again"_s;
    QTest::newRow("504") << 504 << u"timeout_error"_s << u"server error"_s << u"Try again"_s;
    QTest::newRow("529") << 529 << u"overloaded_error"_s << u"overloaded"_s << u"few minutes"_s;
}

void TestApiErrors::everyErrorType_saysWhatHappenedAndWhatToDo()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, what);
    QFETCH(QString, action);
    const Error e = ApiErrors::fromHttpResponse(status, body(type, u"the API's words"_s), u"req_h"_s);
    QCOMPARE(e.code, type);
    QVERIFY2(e.message.contains(what, Qt::CaseInsensitive), qPrintable(e.message));
    QVERIFY2(e.message.contains(action), qPrintable(e.message));
    QVERIFY2(e.message.endsWith(u"The API said: the API's words"_s), qPrintable(e.message));
    QCOMPARE(e.detail, u"HTTP %1: the API's words"_s.arg(status));
    QCOMPARE(e.requestId, u"req_h"_s);
}

void TestApiErrors::spendLimit_isItsOwnCodeAndNotRateLimiting()
{
    const QByteArray b = body(u"rate_limit_error"_s, u"You have reached your spend limit"_s,
                              QJsonObject{{"error_code"_L1, u"enforced_spend_limit_reached"_s}});
    QVERIFY(ApiErrors::isSpendLimitReached(429, b));
    QVERIFY(!ApiErrors::isSpendLimitReached(429, body(u"rate_limit_error"_s, u"slow down"_s)));
    QVERIFY(!ApiErrors::isSpendLimitReached(400, b));
    const Error e = ApiErrors::fromHttpResponse(429, b, {});
    QCOMPARE(e.code, u"spend_limit_reached"_s);
    QVERIFY2(e.message.contains(u"spend limit"_s) && e.message.contains(u"not retried"_s),
             qPrintable(e.message));
}

void TestApiErrors::requestId_comesFromTheHeaderElseTheBody()
{
    QCOMPARE(ApiErrors::fromHttpResponse(500, body(u"api_error"_s, u"x"_s), {}).requestId, u"req_body"_s);
    QCOMPARE(ApiErrors::fromHttpResponse(500, body(u"api_error"_s, u"x"_s), u"req_hdr"_s).requestId,
             u"req_hdr"_s);
}

void TestApiErrors::nonJsonBody_usesHttpStatusAndShowsTheText()
{
    const Error e = ApiErrors::fromHttpResponse(502, "<html>  Bad\n gateway </html>", {});
    QCOMPARE(e.code, u"http_502"_s);
    QVERIFY(e.message.contains(u"server error (HTTP 502)"_s));
    QVERIFY(e.message.contains(u"<html> Bad gateway </html>"_s));
}

void TestApiErrors::httpStatus_isRecoveredFromTheError()
{
    QCOMPARE(ApiErrors::httpStatus(ApiErrors::fromHttpResponse(529, "{}", {})), 529);
    QCOMPARE(ApiErrors::httpStatus(ApiErrors::connectionFailed(QUrl(u"http://x"_s), u"refused"_s)), 0);
}

void TestApiErrors::retryNotice_namesCauseWaitAttemptAndRequestId_data()
{
    QTest::addColumn<Error>("why");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("overloaded")
        << ApiErrors::fromHttpResponse(529, body(u"overloaded_error"_s, u"Overloaded"_s), u"req_011"_s) << 2
        << 4000 << u"The API is overloaded (529); retrying in 4 s — attempt 2 of 3. request-id: req_011"_s;
    QTest::newRow("rate limited")
        << ApiErrors::fromHttpResponse(429, "{}", u"req_2"_s) << 3 << 1500
        << u"The API is rate limiting this key (429); retrying in 1.5 s — attempt 3 of 3. request-id: req_2"_s;
    QTest::newRow("no connection") << ApiErrors::connectionFailed(QUrl(u"http://h"_s), u"refused"_s) << 2
                                   << 500
                                   << u"Could not reach the API; retrying in 0.5 s — attempt 2 of 3."_s;
}

void TestApiErrors::retryNotice_namesCauseWaitAttemptAndRequestId()
{
    QFETCH(Error, why);
    QFETCH(int, attempt);
    QFETCH(int, delayMs);
    QFETCH(QString, expected);
    QCOMPARE(ApiErrors::retryNotice(attempt, 3, delayMs, why), expected);
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
