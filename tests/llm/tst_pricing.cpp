// SPDX-License-Identifier: MIT
#include "llm/pricing.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {
QJsonObject usage(qint64 input, qint64 output, qint64 cacheWrite = 0, qint64 cacheRead = 0)
{
    return QJsonObject{{"input_tokens"_L1, input},
                       {"output_tokens"_L1, output},
                       {"cache_creation_input_tokens"_L1, cacheWrite},
                       {"cache_read_input_tokens"_L1, cacheRead}};
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}
} // namespace

class TestPricing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledTable_pricesEveryCurrentModelId_data();
    void bundledTable_pricesEveryCurrentModelId();
    void longestPrefix_wins();
    void unknownModel_hasNoCost();
    void cost_addsEveryKindOfToken();
    void cacheWrites_splitIntoFiveMinuteAndOneHour();
    void cacheWrites_withoutSplit_areFiveMinute();
    void tieredModel_pricesLongPromptsHigher();
    void badTable_isRejectedWithAReason_data();
    void badTable_isRejectedWithAReason();
    void shippedFile_isTheBundledTable();
};

void TestPricing::bundledTable_pricesEveryCurrentModelId_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("output");
    const std::tuple<const char *, double, double> rows[] = {{"claude-fable-5-1", 10, 50},
                                                             {"claude-fable-5", 10, 50},
                                                             {"claude-mythos-5", 10, 50},
                                                             {"claude-opus-5-5", 4, 20},
                                                             {"claude-opus-5", 5, 25},
                                                             {"claude-opus-4-8", 5, 25},
                                                             {"claude-opus-4-7", 5, 25},
                                                             {"claude-opus-4-6", 5, 25},
                                                             {"claude-opus-4-5-20251101", 5, 25},
                                                             {"claude-opus-4-1-20250805", 15, 75},
                                                             {"claude-sonnet-5-5", 2, 10},
                                                             {"claude-sonnet-5", 2, 10},
                                                             {"claude-sonnet-4-6", 3, 15},
                                                             {"claude-sonnet-4-5-20250929", 3, 15},
                                                             {"claude-sonnet-4-20250514", 3, 15},
                                                             {"claude-haiku-5-5", 0.1, 0.5},
                                                             {"claude-haiku-4-5-20251001", 1, 5}};
    for (const auto &[model, input, output] : rows)
        QTest::newRow(model) << QString::fromLatin1(model) << input << output;
}

void TestPricing::bundledTable_pricesEveryCurrentModelId()
{
    QFETCH(QString, model);
    QFETCH(double, input);
    QFETCH(double, output);
    const PriceTable table = PriceTable::bundled();
    QVERIFY(!table.isEmpty());
    const ModelPrice *price = table.find(model);
    QVERIFY2(price, qPrintable(model));
    QCOMPARE(price->prices.input, input);
    QCOMPARE(price->prices.output, output);
    // Reference §5: 5-minute writes cost 1.25× input, 1-hour writes 2×.
    QVERIFY(near(price->prices.cacheWrite5m, input * 1.25));
    QVERIFY(near(price->prices.cacheWrite1h, input * 2));
}

void TestPricing::longestPrefix_wins()
{
    const PriceTable table = PriceTable::bundled();
    QCOMPARE(table.find(u"claude-sonnet-5-5"_s)->prefix, u"claude-sonnet-5-5"_s);
    QCOMPARE(table.find(u"claude-sonnet-5"_s)->prefix, u"claude-sonnet-5"_s);
    QCOMPARE(table.find(u"claude-fable-5-1"_s)->prices.cacheRead, 0.25);
    QCOMPARE(table.find(u"claude-fable-5"_s)->prices.cacheRead, 1.0);
}

void TestPricing::unknownModel_hasNoCost()
{
    const PriceTable table = PriceTable::bundled();
    QVERIFY(!table.cost(u"gpt-oss-20b"_s, usage(1000, 1000)).has_value());
    QVERIFY(!table.cost(u"test-model"_s, usage(1, 1)).has_value());
    QVERIFY(!table.cost(QString(), usage(1, 1)).has_value());
    QVERIFY(!PriceTable().cost(u"claude-sonnet-4-6"_s, usage(1, 1)).has_value());
}

void TestPricing::cost_addsEveryKindOfToken()
{
    // Sonnet 4.6: $3 in, $3.75 5m write, $0.30 hit, $15 out per million.
    const auto cost =
        PriceTable::bundled().cost(u"claude-sonnet-4-6"_s, usage(1'000'000, 100'000, 200'000, 500'000));
    QVERIFY(cost);
    QVERIFY2(near(*cost, 3.0 + 1.5 + 0.75 + 0.15), qPrintable(QString::number(*cost)));
}

void TestPricing::cacheWrites_splitIntoFiveMinuteAndOneHour()
{
    QJsonObject u = usage(0, 0, 300'000, 0);
    u.insert("cache_creation"_L1, QJsonObject{{"ephemeral_5m_input_tokens"_L1, 100'000},
                                              {"ephemeral_1h_input_tokens"_L1, 200'000}});
    const auto cost = PriceTable::bundled().cost(u"claude-opus-4-8"_s, u);
    QVERIFY(cost);
    QVERIFY2(near(*cost, 0.1 * 6.25 + 0.2 * 10.0), qPrintable(QString::number(*cost)));
}

void TestPricing::cacheWrites_withoutSplit_areFiveMinute()
{
    const auto cost = PriceTable::bundled().cost(u"claude-haiku-4-5"_s, usage(0, 0, 1'000'000, 0));
    QVERIFY(cost);
    QVERIFY(near(*cost, 1.25));
}

void TestPricing::tieredModel_pricesLongPromptsHigher()
{
    const PriceTable table = PriceTable::bundled();
    QVERIFY(near(*table.cost(u"claude-haiku-5-5"_s, usage(100'000, 10'000)), 0.01 + 0.005));
    QVERIFY(near(*table.cost(u"claude-haiku-5-5"_s, usage(100'001, 0)), 100'001 * 0.5 / 1e6));
    // Cache reads count toward the prompt size.
    QVERIFY(near(*table.cost(u"claude-haiku-5-5"_s, usage(1, 0, 0, 150'000)), (0.5 + 150'000 * 0.05) / 1e6));
}

void TestPricing::badTable_isRejectedWithAReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("no prefix") << QByteArray(R"({"models":[{"input":1}]})") << u"prefix"_s;
    QTest::newRow("missing price") << QByteArray(R"({"models":[{"prefix":"m","input":1,"output":2}]})")
                                   << u"\"m\" needs"_s;
    QTest::newRow("negative price")
        << QByteArray(
               R"({"models":[{"prefix":"m","input":-1,"cache_write_5m":1,"cache_write_1h":1,"cache_read":1,"output":1}]})")
        << u"non-negative"_s;
    QTest::newRow("tier without prices")
        << QByteArray(
               R"({"models":[{"prefix":"m","input":1,"cache_write_5m":1,"cache_write_1h":1,"cache_read":1,"output":1,"above_prompt_tokens":5}]})")
        << u"above"_s;
}

void TestPricing::badTable_isRejectedWithAReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const auto table = PriceTable::fromJson(json);
    QVERIFY(!table);
    QCOMPARE(table.error().code, u"pricing_invalid"_s);
    QVERIFY2(table.error().message.contains(reason), qPrintable(table.error().message));
}

void TestPricing::shippedFile_isTheBundledTable()
{
    QFile file(qEnvironmentVariable("WORKBENCH_SOURCE_DIR") + u"/resources/pricing.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("WORKBENCH_SOURCE_DIR is not set (run through ctest)");
    const auto table = PriceTable::fromJson(file.readAll());
    QVERIFY(table);
    QCOMPARE(*table->cost(u"claude-opus-5"_s, usage(1000, 1000)),
             *PriceTable::bundled().cost(u"claude-opus-5"_s, usage(1000, 1000)));
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
