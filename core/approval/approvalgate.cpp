// SPDX-License-Identifier: MIT
#include "approval/approvalgate.h"

namespace Workbench {

void ApprovalGate::request(const ApprovalRequest &request)
{
    if (request.id.isEmpty() || m_pending.contains(request.id))
        return;
    m_pending.insert(request.id, request);
    Q_EMIT approvalRequested(request);
}

void ApprovalGate::approve(const QString &id, const QString &decidedBy)
{
    answer(id, ApprovalAnswer{true, {}, decidedBy, false, {}});
}

void ApprovalGate::approveEdited(const QString &id, const QString &editedScript, const QString &decidedBy)
{
    answer(id, ApprovalAnswer{true, {}, decidedBy, true, editedScript});
}

void ApprovalGate::approveAlways(const QString &id, const QString &decidedBy)
{
    ApprovalAnswer a{true, {}, decidedBy, false, {}};
    a.remember = true;
    answer(id, a);
}

void ApprovalGate::deny(const QString &id, const QString &message, const QString &decidedBy)
{
    answer(id, ApprovalAnswer{false, message, decidedBy, false, {}});
}

void ApprovalGate::answer(const QString &idRef, const ApprovalAnswer &a)
{
    // Own the id: a listener of answered() may destroy whatever the caller's reference points into.
    const QString id = idRef;
    if (m_pending.remove(id) == 0)
        return;
    Q_EMIT answered(id, a);
    Q_EMIT decided(id, a.approved, a.message, a.decidedBy);
}

void ApprovalGate::withdraw(const QString &id)
{
    if (m_pending.remove(id) == 0)
        return;
    Q_EMIT withdrawn(id);
}

} // namespace Workbench
