// SPDX-License-Identifier: MIT
#pragma once

#include "llm/modelcapabilities.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Workbench {

/// What the user asked for about extended thinking (`--thinking off|on|budget=N`).
struct ThinkingSetting
{
    enum class Mode
    {
        Off,
        On,     ///< adaptive where the model has it, else a budget of half the output limit
        Budget, ///< a fixed budget where the model accepts one, else adaptive
    };
    Mode mode = Mode::Off;
    int budgetTokens = 0; ///< for Budget; the API's minimum is 1024

    /// "off", "on", "budget=N", "budget:N" or a plain number N (a budget). nullopt if none of these.
    static std::optional<ThinkingSetting> parse(const QString &text);
    [[nodiscard]] QString toString() const;
};

/// Builds one Messages request body from the run's state and the model's capabilities:
/// thinking as the model takes it, no option the model would reject (sampling parameters or a
/// forced tool_choice next to thinking or on models that refuse them), and prompt-cache
/// breakpoints on the system prompt, the tools and the newest two user turns (≤ 4 in all, so each
/// request reads what the previous one wrote and writes a new prefix for the next).
/// The history passed in is never changed: breakpoints live on a copy, and thinking and
/// redacted_thinking blocks are passed through byte for byte.
struct RequestBuilder
{
    QString model;
    int maxTokens = 8192;
    QString system;
    QJsonArray tools;
    QJsonArray messages;
    QStringList stopSequences;
    ThinkingSetting thinking;
    std::optional<double> temperature;
    QJsonObject toolChoice; ///< empty: the API's default (auto)
    bool promptCaching = true;
    ModelCapability capability;

    struct Built
    {
        QJsonObject body;
        /// Plain words for each option left out or changed, and why (shown and logged).
        QStringList adjustments;
        int cacheBreakpoints = 0;
    };
    [[nodiscard]] Built build() const;

    static constexpr int kMaxCacheBreakpoints = 4;
    static constexpr int kMinThinkingBudget = 1024;
};

} // namespace Workbench
