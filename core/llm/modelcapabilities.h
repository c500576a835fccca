// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

namespace Workbench {

/// What one family of models accepts (resources/models.json), so requests carry nothing the
/// model would reject with a 400 (reference §1 "Model-dependent rejections").
struct ModelCapability
{
    enum class Thinking
    {
        None,     ///< no thinking parameter at all
        Adaptive, ///< {type: "adaptive"} only; budget_tokens is rejected
        Budget,   ///< {type: "enabled", budget_tokens} only
        Both,     ///< either; adaptive is preferred
    };
    QString prefix;
    Thinking thinking = Thinking::None;
    bool thinkingCanBeDisabled = true; ///< false: the model always thinks
    bool samplingParams = false;       ///< accepts temperature / top_p / top_k
    bool forcedToolChoice = false;     ///< accepts tool_choice any / tool
    qint64 contextWindow = 200000;
    qint64 maxOutputTokens = 8192;

    [[nodiscard]] bool supportsAdaptive() const
    {
        return thinking == Thinking::Adaptive || thinking == Thinking::Both;
    }
    [[nodiscard]] bool supportsBudget() const
    {
        return thinking == Thinking::Budget || thinking == Thinking::Both;
    }
};

/// The editable capability table. A model id matches the longest prefix; the entry with the
/// empty prefix (cautious defaults) answers for ids nothing else matches.
class CapabilityTable
{
public:
    static Result<CapabilityTable> fromJson(const QByteArray &json);
    /// The table shipped with the app (resources/models.json as a Qt resource).
    static CapabilityTable bundled();
    /// `<config dir>/agent-workbench/models.json` when it exists and parses, else bundled().
    static CapabilityTable userOrBundled();

    [[nodiscard]] ModelCapability find(const QString &modelId) const;
    [[nodiscard]] bool isEmpty() const { return m_models.isEmpty(); }
    /// Every entry, longest prefix first (the settings dialog lists them when the API cannot).
    [[nodiscard]] const QList<ModelCapability> &models() const { return m_models; }

private:
    QList<ModelCapability> m_models; // longest prefix first
};

} // namespace Workbench
