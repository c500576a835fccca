// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Workbench {

/// USD per million tokens for one kind of token use (reference §5).
struct TokenPrices
{
    double input = 0;
    double cacheWrite5m = 0;
    double cacheWrite1h = 0;
    double cacheRead = 0;
    double output = 0;
};

/// The prices of the model ids starting with `prefix`; above `abovePromptTokens` (when > 0) of
/// prompt (input + cache writes + cache reads) the `above` prices apply instead.
struct ModelPrice
{
    QString prefix;
    TokenPrices prices;
    qint64 abovePromptTokens = 0;
    TokenPrices above;
};

/// The editable price table (resources/pricing.json). Turns a Messages API `usage` object into
/// dollars. An unknown model has no price: cost() returns nullopt, never an estimate.
class PriceTable
{
public:
    /// Parses the pricing.json format; an error names what is wrong.
    static Result<PriceTable> fromJson(const QByteArray &json);
    /// The table shipped with the app (a Qt resource built from resources/pricing.json).
    static PriceTable bundled();
    /// `<config dir>/agent-workbench/pricing.json` when it exists and parses, else bundled().
    static PriceTable userOrBundled();

    [[nodiscard]] bool isEmpty() const { return m_models.isEmpty(); }
    /// The entries, longest prefix first (the settings dialog lists their prefixes as model ids).
    [[nodiscard]] const QList<ModelPrice> &models() const { return m_models; }
    /// The entry with the longest prefix of `modelId`, or nullptr.
    [[nodiscard]] const ModelPrice *find(const QString &modelId) const;
    /// Cost of one response's `usage` in USD: input, cache writes split by
    /// `cache_creation.ephemeral_5m/1h_input_tokens` (all 5-minute, the API's default lifetime,
    /// when the split is absent), cache reads and output. nullopt for an unknown model.
    [[nodiscard]] std::optional<double> cost(const QString &modelId, const QJsonObject &usage) const;

private:
    QList<ModelPrice> m_models; // longest prefix first
};

} // namespace Workbench
