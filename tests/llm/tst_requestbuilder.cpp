// SPDX-License-Identifier: MIT
// The request body per model capability: thinking as the model takes it, options the model
// rejects left out (with the reason), and cache breakpoints on system, tools and history.
#include "llm/modelcapabilities.h"
#include "llm/requestbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

QJsonObject userText(const QString &text)
{
    return QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, text}};
}

QJsonObject assistant(const QJsonArray &content)
{
    return QJsonObject{{"role"_L1, u"assistant"_s}, {"content"_L1, content}};
}

QJsonObject toolResults(const QString &id)
{
    return QJsonObject{
        {"role"_L1, u"user"_s},
        {"content"_L1, QJsonArray{QJsonObject{
                           {"type"_L1, u"tool_result"_s}, {"tool_use_id"_L1, id}, {"content"_L1, u"ok"_s}}}}};
}

int countCacheControl(const QJsonValue &v)
{
    int n = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        n += o.contains("cache_control"_L1);
        for (auto it = o.begin(); it != o.end(); ++it)
            n += countCacheControl(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            n += countCacheControl(e);
    }
    return n;
}

RequestBuilder builderFor(const QString &model)
{
    RequestBuilder b;
    b.model = model;
    b.maxTokens = 8192;
    b.system = u"You are careful."_s;
    b.tools = QJsonArray{QJsonObject{{"type"_L1, u"bash_20250124"_s}, {"name"_L1, u"bash"_s}},
                         QJsonObject{{"name"_L1, u"run_script"_s}, {"input_schema"_L1, QJsonObject{}}}};
    b.messages = QJsonArray{userText(u"task"_s)};
    b.capability = CapabilityTable::bundled().find(model);
    return b;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledTable_parsesAndKnowsTheDefaultModel()
    {
        const CapabilityTable table = CapabilityTable::bundled();
        QVERIFY(!table.isEmpty());
        const ModelCapability sonnet = table.find(u"claude-sonnet-4-6"_s);
        QCOMPARE(sonnet.prefix, u"claude-sonnet-4-6"_s);
        QVERIFY(sonnet.supportsAdaptive());
        // Longest prefix wins: claude-opus-5-5 is not claude-opus-5.
        QCOMPARE(table.find(u"claude-opus-5-5-20261001"_s).prefix, u"claude-opus-5-5"_s);
        QVERIFY(!table.find(u"claude-opus-5-5"_s).forcedToolChoice);
        QVERIFY(table.find(u"claude-opus-5"_s).forcedToolChoice);
        // Unknown ids get the cautious catch-all.
        const ModelCapability unknown = table.find(u"llama3"_s);
        QCOMPARE(unknown.prefix, QString());
        QCOMPARE(unknown.thinking, ModelCapability::Thinking::None);
        QVERIFY(!unknown.samplingParams);
    }

    void badTable_isRefusedWithAReason()
    {
        const auto r = CapabilityTable::fromJson(R"({"models":[{"prefix":"x","thinking":"maybe"}]})");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"maybe"_s));
    }

    void thinkingSetting_parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("budget");
        QTest::newRow("off") << u"off"_s << true << int(ThinkingSetting::Mode::Off) << 0;
        QTest::newRow("on") << u"on"_s << true << int(ThinkingSetting::Mode::On) << 0;
        QTest::newRow("budget=") << u"budget=4000"_s << true << int(ThinkingSetting::Mode::Budget) << 4000;
        QTest::newRow("budget:") << u"budget:2048"_s << true << int(ThinkingSetting::Mode::Budget) << 2048;
        QTest::newRow("number") << u"1024"_s << true << int(ThinkingSetting::Mode::Budget) << 1024;
        QTest::newRow("below minimum") << u"budget=100"_s << false << 0 << 0;
        QTest::newRow("junk") << u"lots"_s << false << 0 << 0;
    }

    void thinkingSetting_parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto s = ThinkingSetting::parse(text);
        QCOMPARE(s.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, mode);
        QFETCH(int, budget);
        QCOMPARE(int(s->mode), mode);
        QCOMPARE(s->budgetTokens, budget);
        QCOMPARE(ThinkingSetting::parse(s->toString())->budgetTokens, budget);
    }

    void thinking_followsTheModelsCapability_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expectedType"); // empty: no thinking field
        QTest::addColumn<int>("expectedBudget");
        QTest::addColumn<bool>("adjusted");
        QTest::newRow("adaptive model, on") << u"claude-opus-4-8"_s << u"on"_s << u"adaptive"_s << 0 << false;
        QTest::newRow("adaptive model, budget")
            << u"claude-opus-4-8"_s << u"budget=4096"_s << u"adaptive"_s << 0 << true;
        QTest::newRow("budget model, on")
            << u"claude-sonnet-4-5"_s << u"on"_s << u"enabled"_s << 4096 << false;
        QTest::newRow("budget model, budget")
            << u"claude-haiku-4-5"_s << u"budget=2048"_s << u"enabled"_s << 2048 << false;
        QTest::newRow("both, budget asked")
            << u"claude-sonnet-4-6"_s << u"budget=3000"_s << u"enabled"_s << 3000 << false;
        QTest::newRow("both, on") << u"claude-sonnet-4-6"_s << u"on"_s << u"adaptive"_s << 0 << false;
        QTest::newRow("off") << u"claude-sonnet-4-6"_s << u"off"_s << QString() << 0 << false;
        QTest::newRow("unknown model, on") << u"local-model"_s << u"on"_s << QString() << 0 << true;
    }

    void thinking_followsTheModelsCapability()
    {
        QFETCH(QString, model);
        QFETCH(QString, setting);
        QFETCH(QString, expectedType);
        QFETCH(int, expectedBudget);
        QFETCH(bool, adjusted);
        RequestBuilder b = builderFor(model);
        b.thinking = *ThinkingSetting::parse(setting);
        const auto built = b.build();
        const QJsonObject thinking = built.body.value("thinking"_L1).toObject();
        QCOMPARE(thinking.value("type"_L1).toString(), expectedType);
        QCOMPARE(thinking.value("budget_tokens"_L1).toInt(), expectedBudget);
        if (expectedBudget > 0)
            QVERIFY(built.body.value("max_tokens"_L1).toInt() > expectedBudget);
        QCOMPARE(!built.adjustments.isEmpty(), adjusted);
    }

    void budgetAboveMaxTokens_raisesMaxTokensWithinTheModelsLimit()
    {
        RequestBuilder b = builderFor(u"claude-sonnet-4-5"_s);
        b.maxTokens = 2000;
        b.thinking = *ThinkingSetting::parse(u"budget=8000"_s);
        const auto built = b.build();
        QCOMPARE(built.body.value("thinking"_L1)["budget_tokens"_L1].toInt(), 8000);
        QCOMPARE(built.body.value("max_tokens"_L1).toInt(), 10000);
        QVERIFY(built.adjustments.join(u' ').contains(u"max_tokens raised"_s));
    }

    void rejectedOptions_areLeftOutWithAReason_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("temperatureSent");
        QTest::addColumn<bool>("forcedChoiceSent");
        QTest::newRow("old model, no thinking") << u"claude-sonnet-4-5"_s << u"off"_s << true << true;
        QTest::newRow("old model, thinking") << u"claude-sonnet-4-5"_s << u"on"_s << false << false;
        QTest::newRow("no sampling params") << u"claude-opus-4-7"_s << u"off"_s << false << true;
        QTest::newRow("always thinks") << u"claude-opus-5-5"_s << u"off"_s << false << false;
        QTest::newRow("unknown model") << u"local-model"_s << u"off"_s << false << false;
    }

    void rejectedOptions_areLeftOutWithAReason()
    {
        QFETCH(QString, model);
        QFETCH(QString, setting);
        QFETCH(bool, temperatureSent);
        QFETCH(bool, forcedChoiceSent);
        RequestBuilder b = builderFor(model);
        b.thinking = *ThinkingSetting::parse(setting);
        b.temperature = 0.2;
        b.toolChoice = QJsonObject{{"type"_L1, u"any"_s}};
        const auto built = b.build();
        QCOMPARE(built.body.contains("temperature"_L1), temperatureSent);
        QCOMPARE(built.body.contains("tool_choice"_L1), forcedChoiceSent);
        const int leftOut = int(!temperatureSent) + int(!forcedChoiceSent);
        int reasons = 0;
        for (const QString &a : built.adjustments)
            reasons +=
                a.contains(u"not sent"_s) && (a.contains(u"temperature"_s) || a.contains(u"tool_choice"_s));
        QCOMPARE(reasons, leftOut);
    }

    void autoToolChoice_isAlwaysSent()
    {
        RequestBuilder b = builderFor(u"claude-opus-5-5"_s);
        b.toolChoice = QJsonObject{{"type"_L1, u"auto"_s}};
        QCOMPARE(b.build().body.value("tool_choice"_L1)["type"_L1].toString(), u"auto"_s);
    }

    void caching_marksSystemToolsAndTheNewestTwoUserTurns()
    {
        RequestBuilder b = builderFor(u"claude-sonnet-4-6"_s);
        const QJsonObject thinkingBlock{
            {"type"_L1, u"thinking"_s}, {"thinking"_L1, u"hmm"_s}, {"signature"_L1, u"sig=="_s}};
        const QJsonObject redacted{{"type"_L1, u"redacted_thinking"_s}, {"data"_L1, u"ENCRYPTED"_s}};
        const QJsonObject toolUse{{"type"_L1, u"tool_use"_s},
                                  {"id"_L1, u"t1"_s},
                                  {"name"_L1, u"bash"_s},
                                  {"input"_L1, QJsonObject{}}};
        const QJsonObject toolUse2{{"type"_L1, u"tool_use"_s},
                                   {"id"_L1, u"t2"_s},
                                   {"name"_L1, u"bash"_s},
                                   {"input"_L1, QJsonObject{}}};
        b.messages = QJsonArray{userText(u"task"_s), assistant({thinkingBlock, redacted, toolUse}),
                                toolResults(u"t1"_s), assistant({toolUse2}), toolResults(u"t2"_s)};
        const auto built = b.build();
        QCOMPARE(built.cacheBreakpoints, 4);
        QCOMPARE(countCacheControl(built.body), 4);
        QVERIFY(built.body.value("system"_L1)[0]["cache_control"_L1].isObject());
        const QJsonArray tools = built.body.value("tools"_L1).toArray();
        QVERIFY(!tools.at(0).toObject().contains("cache_control"_L1));
        QVERIFY(tools.at(1).toObject().contains("cache_control"_L1));
        const QJsonArray messages = built.body.value("messages"_L1).toArray();
        QVERIFY(messages.at(4)["content"_L1][0].toObject().contains("cache_control"_L1));
        QVERIFY(messages.at(2)["content"_L1][0].toObject().contains("cache_control"_L1));
        QVERIFY(messages.at(0)["content"_L1].isString()); // beyond the two newest: untouched
        // Thinking blocks pass through byte for byte; the caller's history is not changed.
        QCOMPARE(messages.at(1)["content"_L1][0].toObject(), thinkingBlock);
        QCOMPARE(messages.at(1)["content"_L1][1].toObject(), redacted);
        QCOMPARE(countCacheControl(b.messages), 0);
    }

    void caching_movesForwardAsTheHistoryGrows()
    {
        RequestBuilder b = builderFor(u"claude-sonnet-4-6"_s);
        const QJsonObject toolUse{{"type"_L1, u"tool_use"_s},
                                  {"id"_L1, u"t1"_s},
                                  {"name"_L1, u"bash"_s},
                                  {"input"_L1, QJsonObject{}}};
        b.messages = QJsonArray{userText(u"task"_s)};
        const QJsonArray first = b.build().body.value("messages"_L1).toArray();
        QVERIFY(first.at(0)["content"_L1][0].toObject().contains("cache_control"_L1));
        b.messages.append(assistant({toolUse}));
        b.messages.append(toolResults(u"t1"_s));
        const QJsonArray second = b.build().body.value("messages"_L1).toArray();
        // The prefix written by the first request is still marked (read back), the new end too.
        QVERIFY(second.at(0)["content"_L1][0].toObject().contains("cache_control"_L1));
        QVERIFY(second.at(2)["content"_L1][0].toObject().contains("cache_control"_L1));
        QCOMPARE(countCacheControl(QJsonValue(second)), 2);
    }

    void cachingOff_sendsThePlainShape()
    {
        RequestBuilder b = builderFor(u"claude-sonnet-4-6"_s);
        b.promptCaching = false;
        const auto built = b.build();
        QCOMPARE(built.cacheBreakpoints, 0);
        QCOMPARE(countCacheControl(built.body), 0);
        QCOMPARE(built.body.value("system"_L1).toString(), u"You are careful."_s);
    }

    void stopSequences_areSent()
    {
        RequestBuilder b = builderFor(u"claude-sonnet-4-6"_s);
        b.stopSequences = {u"###"_s};
        QCOMPARE(b.build().body.value("stop_sequences"_L1).toArray(), QJsonArray{u"###"_s});
        b.stopSequences.clear();
        QVERIFY(!b.build().body.contains("stop_sequences"_L1));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
