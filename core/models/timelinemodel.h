// SPDX-License-Identifier: MIT
#pragma once

#include "transcript/runinspection.h"

#include <QAbstractListModel>

#include <functional>

class QTimer;

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
    bool open = false;  ///< no end recorded: endMs is "now" for a live run, else the last event
    /// Open in a transcript that will not grow (the run stopped, was killed, or the file is read
    /// as it is): the bar's real end is unknown, so it is drawn open-ended and says "unfinished".
    bool unfinished = false;
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
        UnfinishedRole,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setInspection(const RunInspection &inspection);
    /// The bars a transcript makes (what setInspection() shows). With `nowMs` >= 0 (a live run),
    /// open bars reach that time; otherwise they end at the last event.
    static QList<TimelineBar> barsFor(const RunInspection &inspection, qint64 nowMs = -1);

    /// Whether the transcript is being written by a run that is going on (a run page follows
    /// it). While it is and the run has not finished, open bars and the axis reach "now" and
    /// the model ticks (about four times a second) so they keep growing. Otherwise open bars are
    /// unfinished. Off by default (a transcript read as it is).
    void setLive(bool live);
    [[nodiscard]] bool isLive() const { return m_live; }
    /// True while open bars follow the clock.
    [[nodiscard]] bool isTicking() const;
    /// Replaces the wall clock (tests). The clock gives UTC times.
    void setClock(std::function<QDateTime()> clock);

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
    void apply();

    QList<TimelineBar> m_bars;
    qint64 m_spanMs = 0;
    RunTotals m_totals;
    QString m_path;
    RunInspection m_inspection; // kept to extend open bars on each tick (implicitly shared)
    std::function<QDateTime()> m_clock;
    QTimer *m_tick;
    bool m_live = false;
};

} // namespace Workbench
