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
    if (m_pending.remove(id) == 0)
        return;
    Q_EMIT decided(id, true, {}, decidedBy);
}

void ApprovalGate::deny(const QString &id, const QString &message, const QString &decidedBy)
{
    if (m_pending.remove(id) == 0)
        return;
    Q_EMIT decided(id, false, message, decidedBy);
}

void ApprovalGate::withdraw(const QString &id)
{
    if (m_pending.remove(id) == 0)
        return;
    Q_EMIT withdrawn(id);
}

} // namespace Workbench
