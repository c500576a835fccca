// SPDX-License-Identifier: MIT
#include "approval/approvaltypes.h"

#include <QJsonArray>

namespace Workbench {

QString permissionModeName(PermissionMode mode)
{
    switch (mode) {
    case PermissionMode::Default:
        return QStringLiteral("default");
    case PermissionMode::Plan:
        return QStringLiteral("plan");
    case PermissionMode::AcceptEdits:
        return QStringLiteral("acceptEdits");
    case PermissionMode::DontAsk:
        return QStringLiteral("dontAsk");
    case PermissionMode::BypassPermissions:
        return QStringLiteral("bypassPermissions");
    }
    return {};
}

bool parsePermissionMode(const QString &text, PermissionMode *mode)
{
    for (PermissionMode m : {PermissionMode::Default, PermissionMode::Plan, PermissionMode::AcceptEdits,
                             PermissionMode::DontAsk, PermissionMode::BypassPermissions}) {
        if (permissionModeName(m) == text) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString verdictName(Decision::Verdict verdict)
{
    switch (verdict) {
    case Decision::Verdict::Allow:
        return QStringLiteral("allow");
    case Decision::Verdict::Deny:
        return QStringLiteral("deny");
    case Decision::Verdict::Ask:
        return QStringLiteral("ask");
    }
    return {};
}

QJsonObject Decision::toJson() const
{
    QJsonObject o{{QStringLiteral("verdict"), verdictName(verdict)},
                  {QStringLiteral("decided_by"), decidedBy},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!rule.isEmpty())
        o.insert(QStringLiteral("rule"), rule);
    if (!ruleSource.isEmpty())
        o.insert(QStringLiteral("rule_source"), ruleSource);
    if (!userMessage.isEmpty())
        o.insert(QStringLiteral("user_message"), userMessage);
    if (!subcommands.isEmpty()) {
        QJsonArray subs;
        for (const Subcommand &s : subcommands) {
            QJsonObject so{{QStringLiteral("command"), s.command},
                           {QStringLiteral("verdict"), verdictName(s.verdict)},
                           {QStringLiteral("reason"), s.reason}};
            if (!s.rule.isEmpty())
                so.insert(QStringLiteral("rule"), s.rule);
            if (!s.ruleSource.isEmpty())
                so.insert(QStringLiteral("rule_source"), s.ruleSource);
            subs.append(so);
        }
        o.insert(QStringLiteral("subcommands"), subs);
    }
    if (!risks.isEmpty())
        o.insert(QStringLiteral("risks"), QJsonArray::fromStringList(risks));
    if (!parsedConfidently)
        o.insert(QStringLiteral("unparsed"), true);
    if (proposed) {
        QJsonObject po{{QStringLiteral("mode"), permissionModeName(proposal.wouldMode)},
                       {QStringLiteral("verdict"), verdictName(proposal.would)},
                       {QStringLiteral("reason"), proposal.reason}};
        if (!proposal.rule.isEmpty())
            po.insert(QStringLiteral("rule"), proposal.rule);
        if (!proposal.ruleSource.isEmpty())
            po.insert(QStringLiteral("rule_source"), proposal.ruleSource);
        o.insert(QStringLiteral("proposed"), po);
    }
    if (!editedInput.isEmpty()) {
        o.insert(QStringLiteral("original_input"), originalInput);
        o.insert(QStringLiteral("edited_input"), editedInput);
    }
    return o;
}

} // namespace Workbench
