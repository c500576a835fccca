// SPDX-License-Identifier: MIT
#include "agent/networkaccess.h"

#include "approval/approvalgate.h"
#include "approval/permissionpolicy.h"
#include "approval/permissionstore.h"
#include "transcript/transcriptwriter.h"

namespace Workbench {

NetworkAccess::NetworkAccess(NetProxy *proxy, ApprovalGate *gate, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_gate(gate)
{
    if (m_proxy) {
        connect(m_proxy, &NetProxy::approvalNeeded, this, &NetworkAccess::onApprovalNeeded);
        connect(m_proxy, &NetProxy::decided, this, [this](const NetDecision &d) {
            if (m_transcript)
                m_transcript->write(QStringLiteral("network_decision"), d.toJson());
            Q_EMIT decisionMade(d);
        });
    }
    if (m_gate)
        connect(m_gate, &ApprovalGate::answered, this, &NetworkAccess::onAnswered);
}

Status NetworkAccess::addWebFetchRules(const PermissionPolicy &policy, DomainPolicy &domains)
{
    for (const PermissionRule &r : policy.rules()) {
        if (r.tool != QLatin1String("WebFetch") || r.kind == PermissionRule::Kind::Ask)
            continue;
        const QString domain = DomainPolicy::domainFromWebFetch(r.pattern);
        if (domain.isEmpty())
            continue;
        const auto kind =
            r.kind == PermissionRule::Kind::Allow ? DomainRule::Kind::Allow : DomainRule::Kind::Deny;
        auto rule = DomainRule::parse(domain, kind, r.source);
        if (!rule)
            return Error{rule.error().code,
                         QStringLiteral("The rule %1 (from %2) names no usable domain: %3")
                             .arg(r.text, r.source, rule.error().message),
                         {},
                         {}};
        rule->text = r.text; // shown as written
        domains.addRule(*rule);
    }
    return {};
}

void NetworkAccess::onApprovalNeeded(quint64 id, const QString &host, int port)
{
    const QString target = QStringLiteral("%1:%2").arg(host).arg(port);
    if (!m_gate) {
        if (m_proxy)
            m_proxy->answer(id, false, QStringLiteral("headless"), QStringLiteral("there is no one to ask"));
        return;
    }
    ApprovalRequest req;
    req.kind = ApprovalRequest::Kind::Network;
    req.id = QStringLiteral("net-%1-%2").arg(quintptr(this), 0, 16).arg(id);
    req.runId = m_runId;
    req.host = host;
    req.port = port;
    req.action.toolUseId = req.id;
    req.action.toolName = QStringLiteral("network");
    req.action.ruleTool = QStringLiteral("WebFetch");
    req.action.ruleSubject = QStringLiteral("domain:") + target;
    req.action.language = QStringLiteral("text");
    req.action.summary = QStringLiteral("Allow network access to %1?").arg(target);
    req.action.script = QStringLiteral("A command in the sandbox asked the proxy to connect to %1.\n"
                                       "Allowing it lets every command of this run reach that host and port.")
                            .arg(target);
    req.action.effect = ToolAction::Effect::ReadOnly;
    req.reason =
        QStringLiteral("no domain rule names %1; network access is asked about host by host").arg(target);
    req.boundary.network = ExecutionBoundary::Network::Filtered;
    if (m_proxy)
        req.boundary.allowedDomains = m_proxy->policy().allowedTexts();
    m_asked.insert(req.id, id);
    m_targets.insert(req.id, {host, port});
    m_gate->request(req);
}

void NetworkAccess::onAnswered(const QString &requestId, const ApprovalAnswer &answer)
{
    const auto it = m_asked.find(requestId);
    if (it == m_asked.end())
        return;
    const quint64 id = *it;
    m_asked.erase(it);
    const auto [host, port] = m_targets.take(requestId);
    if (answer.approved && answer.remember && !m_rememberFile.isEmpty()) {
        const QString bracketed = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
        const QString rule = QStringLiteral("WebFetch(domain:%1:%2)").arg(bracketed).arg(port);
        if (Status s = PermissionStore::append(m_rememberFile, rule); !s && m_transcript)
            m_transcript->write(
                QStringLiteral("network_remember_failed"),
                {{QStringLiteral("rule"), rule}, {QStringLiteral("error"), s.error().toString()}});
    }
    if (m_proxy)
        m_proxy->answer(id, answer.approved, answer.decidedBy, answer.message);
}

} // namespace Workbench
