// SPDX-License-Identifier: MIT
#pragma once

#include "transcript/runinspection.h"

#include <QAbstractListModel>

namespace Workbench {

/// One bar of the run's timeline, in milliseconds since the run started.
struct TimelineBar
{
    enum class Kind
    {
        ModelTurn,    ///< request → answer; startMs → firstTokenMs is the wait for the first token
        ToolCall,     ///< execution start → finish
        ApprovalWait, ///< the policy asked → the user (or headless) answered
        RetryWait     ///< a failed attempt → the retry, as planned
    };
    enum Lane
    {
        ModelLane,
        ToolLane,
        WaitLane,
        LaneCount
    };
    Kind kind = Kind::ModelTurn;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 firstTokenMs = -1; ///< model turns: when the first token arrived; -1 when none yet
    int turn = 0;
    QString toolCallId; ///< tool calls and approval waits
    int index = 0;      ///< retry waits: which retry of the turn
    bool open = false;  ///< still going: endMs is the last event seen
    bool failed = false;
    QString label;
    QString toolTip;

    [[nodiscard]] int lane() const;
    [[nodiscard]] qint64 durationMs() const { return endMs - startMs; }
};

/// The run as bars on a time axis, ordered by start (ties: the order they happened). Rows are
/// appended and changed in place as the transcript grows, so a view keeps its selection.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KindRole = Qt::UserRole + 1, ///< TimelineBar::Kind as int
        LaneRole,
        StartMsRole,
        EndMsRole,
        FirstTokenMsRole,
        TurnRole,
        ToolCallIdRole,
        OpenRole,
        FailedRole,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setInspection(const RunInspection &inspection);
    /// The bars a transcript makes (what setInspection() shows).
    static QList<TimelineBar> barsFor(const RunInspection &inspection);

    [[nodiscard]] const TimelineBar &bar(int row) const { return m_bars.at(row); }
    [[nodiscard]] const QList<TimelineBar> &bars() const { return m_bars; }
    /// The end of the axis: the last event of the run.
    [[nodiscard]] qint64 spanMs() const { return m_spanMs; }
    [[nodiscard]] const RunTotals &totals() const { return m_totals; }
    /// "5 turns · 4 tool calls · 12,151 in / 845 out tokens · $0.0503 · 8.2 s (…)".
    [[nodiscard]] QString totalsText() const;
    /// The first bar of a turn / of a tool call's execution (else its approval wait), or -1.
    [[nodiscard]] int rowForTurn(int turn) const;
    [[nodiscard]] int rowForToolCall(const QString &id) const;

    static QString laneName(int lane);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void spanChanged();

private:
    QList<TimelineBar> m_bars;
    qint64 m_spanMs = 0;
    RunTotals m_totals;
    QString m_path;
};

} // namespace Workbench
