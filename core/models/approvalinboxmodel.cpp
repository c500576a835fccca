// SPDX-License-Identifier: MIT
#include "models/approvalinboxmodel.h"

#include "approval/approvalgate.h"
#include "models/coretext.h"

namespace Workbench {

ApprovalInboxModel::ApprovalInboxModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void ApprovalInboxModel::watch(ApprovalGate *gate)
{
    if (!gate)
        return;
    connect(gate, &ApprovalGate::approvalRequested, this,
            [this, gate](const ApprovalRequest &request) { add(gate, request); });
    connect(gate, &ApprovalGate::answered, this, [this, gate](const QString &id) { remove(gate, id); });
    connect(gate, &ApprovalGate::withdrawn, this, [this, gate](const QString &id) { remove(gate, id); });
    connect(gate, &QObject::destroyed, this, [this] {
        // QPointer already reads null for the dying gate: drop its rows.
        for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
            if (m_entries.at(row).gate)
                continue;
            const QString runId = m_entries.at(row).request.runId;
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            if (!hasPendingForRun(runId))
                Q_EMIT runPendingChanged(runId, false);
        }
    });
    for (const ApprovalRequest &r : gate->pending())
        add(gate, r);
}

void ApprovalInboxModel::setRunName(const QString &runId, const QString &name)
{
    m_runNames.insert(runId, name);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).request.runId == runId)
            Q_EMIT dataChanged(index(row, RunColumn), index(row, RunColumn));
    }
}

void ApprovalInboxModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void ApprovalInboxModel::refreshWaitingTimes()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, WaitingColumn), index(int(m_entries.size()) - 1, WaitingColumn),
                           {Qt::DisplayRole, WaitingSecondsRole});
}

void ApprovalInboxModel::add(ApprovalGate *gate, const ApprovalRequest &request)
{
    if (rowFor(request.runId, request.id) >= 0)
        return;
    const bool first = !hasPendingForRun(request.runId);
    // Newest first: a new request goes on top. Views keep their current row on the request the
    // user selected (persistent indexes move with it), so a key press acts on what they looked at.
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{gate, request, m_now()});
    endInsertRows();
    if (first)
        Q_EMIT runPendingChanged(request.runId, true);
}

void ApprovalInboxModel::remove(ApprovalGate *gate, const QString &id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        if (e.gate != gate || e.request.id != id)
            continue;
        const QString runId = e.request.runId;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
        if (!hasPendingForRun(runId))
            Q_EMIT runPendingChanged(runId, false);
        return;
    }
}

QString ApprovalInboxModel::runName(const QString &runId) const
{
    return m_runNames.value(runId, runId);
}

int ApprovalInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ApprovalInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalInboxModel::waitingText(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QVariant ApprovalInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const ApprovalRequest &r = e.request;
    const qint64 waited = e.requestedAt.secsTo(m_now());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RunColumn:
            return runName(r.runId);
        case ToolColumn:
            return r.action.ruleTool.isEmpty() ? r.action.toolName : r.action.ruleTool;
        case SummaryColumn:
            return CoreText::display(r.action.summary);
        case RiskColumn:
            return r.risks.isEmpty() ? QString() : CoreText::display(r.risks.constFirst());
        case WaitingColumn:
            return waitingText(waited);
        }
        return {};
    case Qt::ToolTipRole: {
        if (r.risks.isEmpty())
            return CoreText::display(r.reason);
        QStringList risks;
        for (const QString &risk : r.risks)
            risks.append(CoreText::display(risk));
        return risks.join(QLatin1Char('\n'));
    }
    case IdRole:
        return r.id;
    case RunIdRole:
        return r.runId;
    case RunNameRole:
        return runName(r.runId);
    case ToolRole:
        return r.action.ruleTool.isEmpty() ? r.action.toolName : r.action.ruleTool;
    case SummaryRole:
        return CoreText::display(r.action.summary);
    case RiskRole:
        return r.risks.isEmpty() ? QString() : CoreText::display(r.risks.constFirst());
    case ReasonRole:
        return CoreText::display(r.reason);
    case RequestedAtRole:
        return e.requestedAt;
    case WaitingSecondsRole:
        return waited;
    default:
        return {};
    }
}

QVariant ApprovalInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunColumn:
        return tr("Run");
    case ToolColumn:
        return tr("Tool");
    case SummaryColumn:
        return tr("Call");
    case RiskColumn:
        return tr("Risk");
    case WaitingColumn:
        return tr("Waiting");
    }
    return {};
}

QHash<int, QByteArray> ApprovalInboxModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(RunIdRole, "runId");
    names.insert(RunNameRole, "runName");
    names.insert(ToolRole, "tool");
    names.insert(SummaryRole, "summary");
    names.insert(RiskRole, "risk");
    names.insert(ReasonRole, "reason");
    names.insert(RequestedAtRole, "requestedAt");
    names.insert(WaitingSecondsRole, "waitingSeconds");
    return names;
}

ApprovalRequest ApprovalInboxModel::request(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).request : ApprovalRequest{};
}

ApprovalGate *ApprovalInboxModel::gate(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).gate.data() : nullptr;
}

int ApprovalInboxModel::rowFor(const QString &runId, const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).request.runId == runId && m_entries.at(row).request.id == id)
            return row;
    }
    return -1;
}

bool ApprovalInboxModel::hasPendingForRun(const QString &runId) const
{
    return firstRowForRun(runId) >= 0;
}

int ApprovalInboxModel::firstRowForRun(const QString &runId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).request.runId == runId)
            return row;
    }
    return -1;
}

bool ApprovalInboxModel::approve(int row)
{
    ApprovalGate *g = gate(row);
    if (!g)
        return false;
    // A copy: the gate's answered() removes the row, which would pull a reference from under it.
    const QString id = m_entries.at(row).request.id;
    g->approve(id);
    return true;
}

bool ApprovalInboxModel::deny(int row, const QString &message)
{
    ApprovalGate *g = gate(row);
    if (!g)
        return false;
    const QString id = m_entries.at(row).request.id;
    g->deny(id, message);
    return true;
}

} // namespace Workbench
