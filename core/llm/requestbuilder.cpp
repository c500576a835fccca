// SPDX-License-Identifier: MIT
#include "llm/requestbuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

QJsonObject ephemeral()
{
    return QJsonObject{{"type"_L1, u"ephemeral"_s}};
}

// Blocks that may carry cache_control. Thinking blocks may not (and must stay verbatim).
bool cacheable(const QJsonObject &block)
{
    static const QStringList types{u"text"_s, u"image"_s, u"document"_s, u"tool_result"_s, u"tool_use"_s};
    const QString type = block.value("type"_L1).toString();
    if (type == "text"_L1 && block.value("text"_L1).toString().isEmpty())
        return false;
    return types.contains(type);
}

// Puts a breakpoint on the last cacheable block of messages[i]; false when it has none.
bool markMessage(QJsonArray &messages, qsizetype i)
{
    QJsonObject message = messages.at(i).toObject();
    QJsonValue content = message.value("content"_L1);
    QJsonArray blocks;
    if (content.isString()) {
        if (content.toString().isEmpty())
            return false;
        blocks.append(QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, content.toString()}});
    } else {
        blocks = content.toArray();
    }
    for (qsizetype b = blocks.size() - 1; b >= 0; --b) {
        QJsonObject block = blocks.at(b).toObject();
        if (!cacheable(block))
            continue;
        block.insert("cache_control"_L1, ephemeral());
        blocks.replace(b, block);
        message.insert("content"_L1, blocks);
        messages.replace(i, message);
        return true;
    }
    return false;
}

} // namespace

std::optional<ThinkingSetting> ThinkingSetting::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    ThinkingSetting s;
    if (t == "off"_L1 || t == "none"_L1 || t == "disabled"_L1) {
        s.mode = Mode::Off;
        return s;
    }
    if (t == "on"_L1 || t == "adaptive"_L1 || t == "enabled"_L1) {
        s.mode = Mode::On;
        return s;
    }
    QString number = t;
    if (number.startsWith("budget"_L1))
        number = number.mid(6);
    if (number.startsWith(u'=') || number.startsWith(u':'))
        number = number.mid(1);
    bool ok = false;
    const int budget = number.toInt(&ok);
    if (!ok || budget < RequestBuilder::kMinThinkingBudget)
        return std::nullopt;
    s.mode = Mode::Budget;
    s.budgetTokens = budget;
    return s;
}

QString ThinkingSetting::toString() const
{
    switch (mode) {
    case Mode::Off:
        return u"off"_s;
    case Mode::On:
        return u"on"_s;
    case Mode::Budget:
        return u"budget=%1"_s.arg(budgetTokens);
    }
    return {};
}

RequestBuilder::Built RequestBuilder::build() const
{
    Built out;
    const ModelCapability &cap = capability;
    int max = maxTokens;
    QJsonObject thinkingParam;

    if (thinking.mode != ThinkingSetting::Mode::Off) {
        const bool wantsBudget = thinking.mode == ThinkingSetting::Mode::Budget;
        if (cap.thinking == ModelCapability::Thinking::None) {
            out.adjustments << u"thinking was not requested: %1 does not support it"_s.arg(model);
        } else if (cap.supportsAdaptive() && (!wantsBudget || !cap.supportsBudget())) {
            thinkingParam = QJsonObject{{"type"_L1, u"adaptive"_s}};
            if (wantsBudget)
                out.adjustments << u"thinking budget of %1 tokens not sent: %2 sets its own budget (adaptive "
                                   u"thinking)"_s.arg(thinking.budgetTokens)
                                       .arg(model);
        } else {
            int budget = wantsBudget ? thinking.budgetTokens : std::max(kMinThinkingBudget, max / 2);
            budget = std::max(kMinThinkingBudget, budget);
            if (budget >= max) {
                // budget_tokens must stay below max_tokens: make room for the answer after it.
                const int raised = int(std::min<qint64>(qint64(budget) + max, cap.maxOutputTokens));
                if (raised > budget) {
                    out.adjustments << u"max_tokens raised from %1 to %2 to leave room above the thinking "
                                       u"budget"_s.arg(max)
                                           .arg(raised);
                    max = raised;
                } else {
                    budget = max - 1;
                }
            }
            if (budget >= kMinThinkingBudget)
                thinkingParam = QJsonObject{{"type"_L1, u"enabled"_s}, {"budget_tokens"_L1, budget}};
            else
                out.adjustments
                    << u"thinking was not requested: max_tokens %1 leaves no room for the minimum "
                       u"budget of %2"_s.arg(max)
                           .arg(kMinThinkingBudget);
        }
    }
    // A model that always thinks counts as thinking for the options thinking rules out.
    const bool thinkingActive = !thinkingParam.isEmpty() || !cap.thinkingCanBeDisabled;

    out.body.insert("model"_L1, model);
    out.body.insert("max_tokens"_L1, max);
    if (!thinkingParam.isEmpty())
        out.body.insert("thinking"_L1, thinkingParam);

    if (temperature) {
        if (!cap.samplingParams)
            out.adjustments << u"temperature not sent: %1 rejects sampling parameters"_s.arg(model);
        else if (thinkingActive)
            out.adjustments << u"temperature not sent: it cannot be combined with thinking"_s;
        else
            out.body.insert("temperature"_L1, *temperature);
    }
    const QString choice = toolChoice.value("type"_L1).toString();
    if (!choice.isEmpty()) {
        const bool forced = choice == "any"_L1 || choice == "tool"_L1;
        if (forced && !cap.forcedToolChoice)
            out.adjustments << u"tool_choice \"%1\" not sent: %2 rejects forced tool use"_s.arg(choice,
                                                                                                model);
        else if (forced && thinkingActive)
            out.adjustments << u"tool_choice \"%1\" not sent: forced tool use cannot be combined with "
                               u"thinking"_s.arg(choice);
        else
            out.body.insert("tool_choice"_L1, toolChoice);
    }
    if (!stopSequences.isEmpty())
        out.body.insert("stop_sequences"_L1, QJsonArray::fromStringList(stopSequences));

    int breakpoints = 0;
    if (!system.isEmpty()) {
        QJsonObject block{{"type"_L1, u"text"_s}, {"text"_L1, system}};
        if (promptCaching) {
            block.insert("cache_control"_L1, ephemeral());
            ++breakpoints;
        }
        out.body.insert("system"_L1, promptCaching ? QJsonValue(QJsonArray{block}) : QJsonValue(system));
    }
    QJsonArray toolList = tools;
    if (promptCaching && !toolList.isEmpty()) {
        QJsonObject last = toolList.last().toObject();
        last.insert("cache_control"_L1, ephemeral());
        toolList.replace(toolList.size() - 1, last);
        ++breakpoints;
    }
    if (!toolList.isEmpty())
        out.body.insert("tools"_L1, toolList);

    QJsonArray history = messages;
    if (promptCaching) {
        // The newest user turn gets a breakpoint (written now, read next turn); the one before it
        // keeps the breakpoint it had last turn, so this request reads that prefix back.
        int marked = 0;
        for (qsizetype i = history.size() - 1; i >= 0 && marked < 2 && breakpoints < kMaxCacheBreakpoints;
             --i) {
            if (history.at(i).toObject().value("role"_L1).toString() == "user"_L1 &&
                markMessage(history, i)) {
                ++marked;
                ++breakpoints;
            }
        }
    }
    out.body.insert("messages"_L1, history);
    out.cacheBreakpoints = breakpoints;
    return out;
}

} // namespace Workbench
