// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>

namespace Workbench {

class ApprovalGate;

/// Every approval still waiting, across all runs and gates: one row per pending request, newest
/// first (row 0 is the latest question; "next" in a view is the next older one). Rows appear when a watched
/// gate emits approvalRequested() and disappear when the gate answers or withdraws the request, whoever
/// answered it (the dialog, the inbox, a cancelled run).
///
/// The model only lists; approve() and deny() forward the user's answer to the gate that asked.
/// Gates are not owned; a destroyed gate's rows go away with it.
class ApprovalInboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RunColumn,
        ToolColumn,
        SummaryColumn,
        RiskColumn,
        WaitingColumn,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1, ///< the tool_use id
        RunIdRole,
        RunNameRole,
        ToolRole,    ///< as rules name it: "Bash", "RunScript", "Edit"
        SummaryRole, ///< one line
        RiskRole,    ///< the first classifier reason, or empty
        ReasonRole,  ///< why the policy asks
        RequestedAtRole,
        WaitingSecondsRole,
    };

    explicit ApprovalInboxModel(QObject *parent = nullptr);

    /// Lists `gate`'s requests from now on (and those already pending).
    void watch(ApprovalGate *gate);
    /// The name shown for a run ("Fibonacci demo", "#2 count lines"); default: the run id.
    void setRunName(const QString &runId, const QString &name);
    /// The clock used for "waiting since" (tests pass a fake one).
    void setClock(std::function<QDateTime()> now);
    /// Emits dataChanged for the waiting column, so a view's timer keeps the ages current.
    void refreshWaitingTimes();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] ApprovalRequest request(int row) const;
    [[nodiscard]] ApprovalGate *gate(int row) const;
    [[nodiscard]] int rowFor(const QString &runId, const QString &id) const;
    /// Whether some request of `runId` is waiting (for the tab badge).
    [[nodiscard]] bool hasPendingForRun(const QString &runId) const;
    /// The newest waiting request of `runId` (its topmost row), or -1.
    [[nodiscard]] int firstRowForRun(const QString &runId) const;

    /// The user's answers, forwarded to the gate that asked; false for an invalid row.
    bool approve(int row);
    bool deny(int row, const QString &message = {});

    /// "12 s", "3 min", "1 h 5 min".
    [[nodiscard]] static QString waitingText(qint64 seconds);

Q_SIGNALS:
    /// A run gained or lost its last waiting request.
    void runPendingChanged(const QString &runId, bool pending);

private:
    struct Entry
    {
        QPointer<ApprovalGate> gate;
        ApprovalRequest request;
        QDateTime requestedAt;
    };
    void add(ApprovalGate *gate, const ApprovalRequest &request);
    void remove(ApprovalGate *gate, const QString &id);
    [[nodiscard]] QString runName(const QString &runId) const;

    QList<Entry> m_entries;
    QHash<QString, QString> m_runNames;
    std::function<QDateTime()> m_now;
};

} // namespace Workbench
