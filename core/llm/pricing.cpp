// SPDX-License-Identifier: MIT
#include "llm/pricing.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initPricingResource()
{
    // The resource lives in a static library; make sure its initializer is linked in.
    Q_INIT_RESOURCE(pricing);
}

namespace Workbench {

namespace {

constexpr double kPerMillion = 1'000'000.0;

std::optional<TokenPrices> parsePrices(const QJsonObject &o)
{
    TokenPrices p;
    const std::pair<QLatin1StringView, double *> fields[] = {{"input"_L1, &p.input},
                                                             {"cache_write_5m"_L1, &p.cacheWrite5m},
                                                             {"cache_write_1h"_L1, &p.cacheWrite1h},
                                                             {"cache_read"_L1, &p.cacheRead},
                                                             {"output"_L1, &p.output}};
    for (const auto &[name, target] : fields) {
        const QJsonValue v = o.value(name);
        if (!v.isDouble() || v.toDouble() < 0)
            return std::nullopt;
        *target = v.toDouble();
    }
    return p;
}

Error tableError(const QString &what)
{
    return Error{u"pricing_invalid"_s, u"The price table cannot be used: %1."_s.arg(what), {}, {}};
}

} // namespace

Result<PriceTable> PriceTable::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return tableError(u"it is not a JSON object (%1)"_s.arg(err.errorString()));
    PriceTable table;
    const QJsonArray models = doc.object().value("models"_L1).toArray();
    for (const QJsonValue &v : models) {
        const QJsonObject o = v.toObject();
        ModelPrice m;
        m.prefix = o.value("prefix"_L1).toString();
        if (m.prefix.isEmpty())
            return tableError(u"an entry has no \"prefix\""_s);
        const auto prices = parsePrices(o);
        if (!prices)
            return tableError(u"\"%1\" needs non-negative numbers for input, cache_write_5m, "
                              u"cache_write_1h, cache_read and output"_s.arg(m.prefix));
        m.prices = *prices;
        m.abovePromptTokens = o.value("above_prompt_tokens"_L1).toInteger();
        if (m.abovePromptTokens > 0) {
            const auto above = parsePrices(o.value("above"_L1).toObject());
            if (!above)
                return tableError(
                    u"\"%1\" has above_prompt_tokens but no complete \"above\" prices"_s.arg(m.prefix));
            m.above = *above;
        }
        table.m_models.append(m);
    }
    std::stable_sort(
        table.m_models.begin(), table.m_models.end(),
        [](const ModelPrice &a, const ModelPrice &b) { return a.prefix.size() > b.prefix.size(); });
    return table;
}

PriceTable PriceTable::bundled()
{
    initPricingResource();
    QFile file(u":/workbench/pricing.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto table = fromJson(file.readAll());
    return table ? *table : PriceTable{};
}

PriceTable PriceTable::userOrBundled()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QFile file(QDir(dir).filePath(u"agent-workbench/pricing.json"_s));
    if (!dir.isEmpty() && file.open(QIODevice::ReadOnly)) {
        auto table = fromJson(file.readAll());
        if (table)
            return *table;
    }
    return bundled();
}

const ModelPrice *PriceTable::find(const QString &modelId) const
{
    if (modelId.isEmpty())
        return nullptr;
    for (const ModelPrice &m : m_models) {
        if (modelId.startsWith(m.prefix))
            return &m;
    }
    return nullptr;
}

std::optional<double> PriceTable::cost(const QString &modelId, const QJsonObject &usage) const
{
    const ModelPrice *m = find(modelId);
    if (!m)
        return std::nullopt;
    const double input = double(usage.value("input_tokens"_L1).toInteger());
    const double output = double(usage.value("output_tokens"_L1).toInteger());
    const double read = double(usage.value("cache_read_input_tokens"_L1).toInteger());
    const double written = double(usage.value("cache_creation_input_tokens"_L1).toInteger());
    double write5m = written;
    double write1h = 0;
    const QJsonObject split = usage.value("cache_creation"_L1).toObject();
    if (split.contains("ephemeral_5m_input_tokens"_L1) || split.contains("ephemeral_1h_input_tokens"_L1)) {
        write5m = double(split.value("ephemeral_5m_input_tokens"_L1).toInteger());
        write1h = double(split.value("ephemeral_1h_input_tokens"_L1).toInteger());
    }
    const double prompt = input + written + read;
    const TokenPrices &p =
        (m->abovePromptTokens > 0 && prompt > double(m->abovePromptTokens)) ? m->above : m->prices;
    return (input * p.input + write5m * p.cacheWrite5m + write1h * p.cacheWrite1h + read * p.cacheRead +
            output * p.output) /
           kPerMillion;
}

} // namespace Workbench
