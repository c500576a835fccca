// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
#include "common/error.h"
#include "sandbox/netproxy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Workbench {

class ApprovalGate;
class PermissionPolicy;
class TranscriptWriter;

/// Connects the sandbox's NetProxy to the approval path and the record of a run:
/// - a host no rule names becomes an ApprovalRequest of kind Network on the gate ("allow
///   api.example.com:443 for this run / always / deny"); whoever answers the gate answers it —
///   the GUI, the terminal prompt, or the headless approver, which denies (never consents);
/// - "always" also appends `WebFetch(domain:HOST:PORT)` to the remember file (the user's
///   permissions file, PermissionStore), so later runs allow it by rule;
/// - every decision of the proxy is written to the transcript as a `network_decision` event and
///   emitted as decisionMade() for the UI.
/// Neither the proxy, the gate nor the transcript is owned; each may be null or go away first.
class NetworkAccess : public QObject
{
    Q_OBJECT
public:
    NetworkAccess(NetProxy *proxy, ApprovalGate *gate, QObject *parent = nullptr);

    void setTranscript(TranscriptWriter *transcript) { m_transcript = transcript; }
    void setRunId(const QString &runId) { m_runId = runId; }
    /// Where "always" answers are kept; empty: they hold for this run only.
    void setRememberFile(const QString &file) { m_rememberFile = file; }

    /// Adds Claude Code's `WebFetch(domain:…)` allow and deny rules of `policy` to `domains`
    /// (other rules are left alone). A malformed domain is an error naming the rule.
    static Status addWebFetchRules(const PermissionPolicy &policy, DomainPolicy &domains);

Q_SIGNALS:
    void decisionMade(const Workbench::NetDecision &decision);

private:
    void onApprovalNeeded(quint64 id, const QString &host, int port);
    void onAnswered(const QString &requestId, const ApprovalAnswer &answer);

    QPointer<NetProxy> m_proxy;
    QPointer<ApprovalGate> m_gate;
    TranscriptWriter *m_transcript = nullptr;
    QString m_runId;
    QString m_rememberFile;
    QHash<QString, quint64> m_asked; // gate request id → proxy question id
    QHash<QString, QPair<QString, int>> m_targets;
};

} // namespace Workbench
