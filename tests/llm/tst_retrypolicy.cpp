// SPDX-License-Identifier: MIT
#include "llm/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isRetryableStatus_matchesTheSdks_data();
    void isRetryableStatus_matchesTheSdks();
    void shouldRetryHeader_winsOverTheStatus_data();
    void shouldRetryHeader_winsOverTheStatus();
    void serverDelay_honouredOnlyBetweenZeroAndSixtySeconds_data();
    void serverDelay_honouredOnlyBetweenZeroAndSixtySeconds();
    void backoff_doublesFromHalfASecondAndCapsAtEight_data();
    void backoff_doublesFromHalfASecondAndCapsAtEight();
    void randomJitter_staysInItsInterval();
};

void TestRetryPolicy::isRetryableStatus_matchesTheSdks_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    const std::pair<int, bool> cases[] = {{400, false}, {401, false}, {402, false}, {403, false},
                                          {404, false}, {408, true},  {409, true},  {413, false},
                                          {422, false}, {429, true},  {500, true},  {502, true},
                                          {503, true},  {504, true},  {529, true}};
    for (const auto &[status, retryable] : cases)
        QTest::addRow("%d", status) << status << retryable;
}

void TestRetryPolicy::isRetryableStatus_matchesTheSdks()
{
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    QCOMPARE(RetryPolicy::shouldRetry(status, QString(), false), retryable);
}

void TestRetryPolicy::shouldRetryHeader_winsOverTheStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("spendLimit");
    QTest::addColumn<bool>("expected");
    QTest::newRow("400 told true") << 400 << u"true"_s << false << true;
    QTest::newRow("529 told false") << 529 << u"false"_s << false << false;
    QTest::newRow("429 told FALSE, any case") << 429 << u" FALSE "_s << false << false;
    QTest::newRow("500 garbage header ignored") << 500 << u"maybe"_s << false << true;
    QTest::newRow("429 spend limit") << 429 << QString() << true << false;
    QTest::newRow("429 spend limit told true") << 429 << u"true"_s << true << false;
}

void TestRetryPolicy::shouldRetryHeader_winsOverTheStatus()
{
    QFETCH(int, status);
    QFETCH(QString, header);
    QFETCH(bool, spendLimit);
    QFETCH(bool, expected);
    QCOMPARE(RetryPolicy::shouldRetry(status, header, spendLimit), expected);
}

void TestRetryPolicy::serverDelay_honouredOnlyBetweenZeroAndSixtySeconds_data()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(1, 0, 0), QTimeZone::utc());
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("retryAfterMs");
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<int>("expected");
    QTest::newRow("nothing") << now << QString() << QString() << -1;
    QTest::newRow("seconds") << now << QString() << u"1"_s << 1000;
    QTest::newRow("fractional seconds") << now << QString() << u"0.5"_s << 500;
    QTest::newRow("sixty seconds") << now << QString() << u"60"_s << 60000;
    QTest::newRow("over sixty") << now << QString() << u"61"_s << -1;
    QTest::newRow("zero") << now << QString() << u"0"_s << -1;
    QTest::newRow("negative") << now << QString() << u"-3"_s << -1;
    QTest::newRow("milliseconds") << now << u"250"_s << QString() << 250;
    QTest::newRow("milliseconds win") << now << u"1500"_s << u"9"_s << 1500;
    QTest::newRow("milliseconds too long") << now << u"70000"_s << u"2"_s << -1;
    QTest::newRow("bad milliseconds fall back") << now << u"soon"_s << u"2"_s << 2000;
    QTest::newRow("http date") << now << QString() << u"Sat, 28 Nov 2026 01:00:05 GMT"_s << 5000;
    QTest::newRow("http date past") << now << QString() << u"Sat, 28 Nov 2026 00:59:00 GMT"_s << -1;
    QTest::newRow("http date too far") << now << QString() << u"Sat, 28 Nov 2026 01:05:00 GMT"_s << -1;
    QTest::newRow("garbage") << now << QString() << u"later please"_s << -1;
}

void TestRetryPolicy::serverDelay_honouredOnlyBetweenZeroAndSixtySeconds()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, retryAfterMs);
    QFETCH(QString, retryAfter);
    QFETCH(int, expected);
    QCOMPARE(RetryPolicy::serverDelayMs(retryAfterMs, retryAfter, now), expected);
}

void TestRetryPolicy::backoff_doublesFromHalfASecondAndCapsAtEight_data()
{
    QTest::addColumn<int>("retriesTaken");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << 0 << 1.0 << 500;
    QTest::newRow("second") << 1 << 1.0 << 1000;
    QTest::newRow("third") << 2 << 1.0 << 2000;
    QTest::newRow("fourth") << 3 << 1.0 << 4000;
    QTest::newRow("fifth") << 4 << 1.0 << 8000;
    QTest::newRow("capped") << 9 << 1.0 << 8000;
    QTest::newRow("jittered") << 0 << 0.75 << 375;
    QTest::newRow("jittered capped") << 12 << 0.8 << 6400;
}

void TestRetryPolicy::backoff_doublesFromHalfASecondAndCapsAtEight()
{
    QFETCH(int, retriesTaken);
    QFETCH(double, jitter);
    QFETCH(int, expected);
    QCOMPARE(RetryPolicy::backoffMs(retriesTaken, jitter), expected);
}

void TestRetryPolicy::randomJitter_staysInItsInterval()
{
    for (int i = 0; i < 10000; ++i) {
        const double j = RetryPolicy::randomJitter();
        QVERIFY2(j > 0.75 && j <= 1.0, qPrintable(QString::number(j)));
    }
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
