// SPDX-License-Identifier: MIT
#pragma once

#include "transcript/runinspection.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>

namespace Workbench {

/// The steps of a run for the inspector: one top-level row per model turn, its tool calls as
/// children. setInspection() can be called again as the transcript grows: rows are appended
/// and changed in place (no reset), so a view keeps its selection and what it expanded.
class InspectorModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        StepColumn,     ///< "Turn 2 · tool_use" / "bash: ls -la"
        StartColumn,    ///< "+1.20 s" since the run started
        DurationColumn, ///< request → answer / execution time
        TokensColumn,   ///< "1,890 in · 212 out"
        CostColumn,
        ColumnCount
    };
    enum class Kind
    {
        Turn,
        ToolCall
    };
    enum Roles
    {
        KindRole = Qt::UserRole + 1, ///< Kind as int
        TurnRole,                    ///< turn number (a call's turn for calls)
        ToolCallIdRole,              ///< empty for turns
        StartMsRole,                 ///< ms since the run started
        DurationMsRole,              ///< -1 when not known yet
        StatusRole,                  ///< stop reason / verdict and end, in words
        FinishedRole,                ///< the turn answered / the call has its result
    };

    explicit InspectorModel(QObject *parent = nullptr);

    void setInspection(const RunInspection &inspection);
    [[nodiscard]] const RunInspection &inspection() const { return m_run; }

    [[nodiscard]] QModelIndex indexForTurn(int turn, int column = 0) const;
    [[nodiscard]] QModelIndex indexForToolCall(const QString &id, int column = 0) const;
    /// The records behind an index (null when it shows the other kind).
    [[nodiscard]] const InspectedTurn *turnAt(const QModelIndex &index) const;
    [[nodiscard]] const InspectedToolCall *toolCallAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Internal id: 0 for a turn row, else 1 + the row of its turn (a call row's parent).
    QVariant turnData(const InspectedTurn &t, int column, int role) const;
    QVariant callData(const InspectedToolCall &c, int column, int role) const;
    [[nodiscard]] const InspectedToolCall *call(int turnRow, int row) const;

    RunInspection m_run;
    QList<QStringList> m_calls; ///< tool call ids shown under each turn row
};

/// The SSE events of one turn: when each arrived (t_ms), its name and a preview of its data.
class SseEventModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        EventColumn,
        DataColumn,
        ColumnCount
    };
    enum Roles
    {
        TimeMsRole = Qt::UserRole + 1,
        LineRole, ///< line in the transcript
    };
    explicit SseEventModel(QObject *parent = nullptr);

    void setEvents(const QList<InspectedSseEvent> &events);
    [[nodiscard]] const InspectedSseEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<InspectedSseEvent> m_events;
};

} // namespace Workbench
