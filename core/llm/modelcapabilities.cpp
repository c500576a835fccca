// SPDX-License-Identifier: MIT
#include "llm/modelcapabilities.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initCapabilityResource()
{
    // The resource lives in a static library; make sure its initializer is linked in.
    Q_INIT_RESOURCE(models);
}

namespace Workbench {

namespace {

Error tableError(const QString &what)
{
    return Error{
        u"capabilities_invalid"_s, u"The model capability table cannot be used: %1."_s.arg(what), {}, {}};
}

} // namespace

Result<CapabilityTable> CapabilityTable::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return tableError(u"it is not a JSON object (%1)"_s.arg(err.errorString()));
    CapabilityTable table;
    for (const QJsonValue &v : doc.object().value("models"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value("prefix"_L1).isString())
            return tableError(u"an entry has no \"prefix\""_s);
        ModelCapability c;
        c.prefix = o.value("prefix"_L1).toString();
        const QString thinking = o.value("thinking"_L1).toString(u"none"_s);
        if (thinking == "adaptive"_L1)
            c.thinking = ModelCapability::Thinking::Adaptive;
        else if (thinking == "budget"_L1)
            c.thinking = ModelCapability::Thinking::Budget;
        else if (thinking == "both"_L1)
            c.thinking = ModelCapability::Thinking::Both;
        else if (thinking == "none"_L1)
            c.thinking = ModelCapability::Thinking::None;
        else
            return tableError(
                u"\"%1\" has thinking \"%2\"; use adaptive, budget, both or none"_s.arg(c.prefix, thinking));
        c.thinkingCanBeDisabled = o.value("thinking_can_be_disabled"_L1).toBool(true);
        c.samplingParams = o.value("sampling_params"_L1).toBool(false);
        c.forcedToolChoice = o.value("forced_tool_choice"_L1).toBool(false);
        c.contextWindow = o.value("context_window"_L1).toInteger(200000);
        c.maxOutputTokens = o.value("max_output_tokens"_L1).toInteger(8192);
        if (c.contextWindow <= 0 || c.maxOutputTokens <= 0)
            return tableError(u"\"%1\" needs positive context_window and max_output_tokens"_s.arg(c.prefix));
        table.m_models.append(c);
    }
    std::stable_sort(
        table.m_models.begin(), table.m_models.end(),
        [](const ModelCapability &a, const ModelCapability &b) { return a.prefix.size() > b.prefix.size(); });
    return table;
}

CapabilityTable CapabilityTable::bundled()
{
    initCapabilityResource();
    QFile file(u":/workbench/models.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto table = fromJson(file.readAll());
    return table ? *table : CapabilityTable{};
}

CapabilityTable CapabilityTable::userOrBundled()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QFile file(QDir(dir).filePath(u"agent-workbench/models.json"_s));
    if (!dir.isEmpty() && file.open(QIODevice::ReadOnly)) {
        auto table = fromJson(file.readAll());
        if (table)
            return *table;
    }
    return bundled();
}

ModelCapability CapabilityTable::find(const QString &modelId) const
{
    for (const ModelCapability &m : m_models) {
        if (modelId.startsWith(m.prefix))
            return m;
    }
    return {};
}

} // namespace Workbench
