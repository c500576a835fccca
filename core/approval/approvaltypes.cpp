// SPDX-License-Identifier: MIT
#include "approval/approvaltypes.h"

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
    return o;
}

} // namespace Workbench
