// SPDX-License-Identifier: MIT
#include "models/timelinemodel.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace Workbench {

int TimelineBar::lane() const
{
    switch (kind) {
    case Kind::ModelTurn:
        return ModelLane;
    case Kind::ToolCall:
        return ToolLane;
    case Kind::ApprovalWait:
    case Kind::RetryWait:
        return WaitLane;
    }
    return ModelLane;
}

namespace {

bool sameBar(const TimelineBar &a, const TimelineBar &b)
{
    return a.kind == b.kind && a.turn == b.turn && a.toolCallId == b.toolCallId && a.index == b.index;
}

QString dur(qint64 ms)
{
    return RunInspection::formatDuration(ms);
}

TimelineBar turnBar(const RunInspection &run, const InspectedTurn &t, qint64 nowMs)
{
    const QLocale locale;
    TimelineBar b;
    b.kind = TimelineBar::Kind::ModelTurn;
    b.turn = t.turn;
    b.startMs = run.msSinceStart(t.requestAt);
    b.endMs = qMax(b.startMs, run.msSinceStart(t.endAt));
    b.open = !t.finished;
    if (b.open && nowMs >= 0)
        b.endMs = qMax(b.endMs, nowMs);
    b.failed = !t.errorCode.isEmpty();
    if (t.ttftMs >= 0)
        b.firstTokenMs = qBound(b.startMs, run.msSinceStart(t.sentAt()) + t.ttftMs, b.endMs);
    b.label = TimelineModel::tr("Turn %1").arg(t.turn);
    QStringList tip{TimelineModel::tr("Turn %1 · %2").arg(t.turn).arg(dur(b.durationMs()))};
    if (t.ttftMs >= 0)
        tip.append(TimelineModel::tr("Time to first token: %1").arg(dur(t.ttftMs)));
    if (const auto tps = t.tokensPerSecond())
        tip.append(TimelineModel::tr("Output: %1 tokens at %2 tokens/s")
                       .arg(locale.toString(t.usage.output))
                       .arg(locale.toString(*tps, 'f', 1)));
    else
        tip.append(TimelineModel::tr("Output: %1 tokens").arg(locale.toString(t.usage.output)));
    tip.append(TimelineModel::tr("Input: %1 · cache read %2 · cache write %3")
                   .arg(locale.toString(t.usage.input), locale.toString(t.usage.cacheRead),
                        locale.toString(t.usage.cacheWrite)));
    if (t.finished)
        tip.append(TimelineModel::tr("Cost: %1").arg(RunInspection::formatCost(t.costUsd)));
    if (!t.retries.isEmpty())
        tip.append(TimelineModel::tr("%n retry(s), %1 waited", nullptr, int(t.retries.size()))
                       .arg(dur(t.retryWaitMs())));
    if (b.failed)
        tip.append(TimelineModel::tr("Failed: %1").arg(t.errorMessage));
    else if (b.open && nowMs >= 0)
        tip.append(TimelineModel::tr("Still streaming"));
    else if (b.open)
        tip.append(TimelineModel::tr("Unfinished: the transcript ends while this answer was arriving"));
    else if (!t.stopReason.isEmpty())
        tip.append(TimelineModel::tr("Stopped: %1").arg(t.stopReason));
    b.toolTip = tip.join(QLatin1Char('\n'));
    return b;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &TimelineModel::apply);
}

void TimelineModel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    apply();
}

void TimelineModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    apply();
}

bool TimelineModel::isTicking() const
{
    return m_live && !m_inspection.finished && m_inspection.startedAt.isValid();
}

QList<TimelineBar> TimelineModel::barsFor(const RunInspection &run, qint64 nowMs)
{
    const QLocale locale;
    QList<TimelineBar> bars;
    const qint64 now = qMax(nowMs, run.msSinceStart(run.lastEventAt));
    for (const InspectedTurn &t : run.turns) {
        if (!t.requestAt.isValid())
            continue;
        bars.append(turnBar(run, t, nowMs));
        for (int i = 0; i < t.retries.size(); ++i) {
            const InspectedRetry &r = t.retries.at(i);
            TimelineBar b;
            b.kind = TimelineBar::Kind::RetryWait;
            b.turn = t.turn;
            b.index = i;
            b.startMs = run.msSinceStart(r.at);
            b.endMs = b.startMs + r.delayMs;
            b.label = tr("Retry %1").arg(r.attempt);
            b.toolTip = tr("Turn %1: attempt %2 of %3 after waiting %4\nWhy: %5")
                            .arg(t.turn)
                            .arg(r.attempt)
                            .arg(r.maxAttempts)
                            .arg(dur(r.delayMs), r.errorMessage.isEmpty() ? r.errorCode : r.errorMessage);
            bars.append(b);
        }
        for (const QString &id : t.toolCallIds) {
            const int ci = run.toolCallIndex(id);
            if (ci < 0)
                continue;
            const InspectedToolCall &c = run.toolCalls.at(ci);
            if (const QDateTime asked = c.askedAt(); asked.isValid()) {
                const QDateTime answered = c.answeredAt();
                TimelineBar b;
                b.kind = TimelineBar::Kind::ApprovalWait;
                b.turn = c.turn;
                b.toolCallId = c.id;
                b.startMs = run.msSinceStart(asked);
                b.open = !answered.isValid();
                b.endMs = qMax(b.startMs, b.open ? now : run.msSinceStart(answered));
                b.label = tr("Approval");
                const InspectedDecision &last = c.decisions.constLast();
                b.toolTip = b.open && nowMs >= 0
                                ? tr("Waiting for approval: %1\n%2").arg(dur(b.durationMs()), c.summary())
                            : b.open
                                ? tr("Unfinished: asked for approval, and the transcript ends %1 later "
                                     "without an answer\n%2")
                                      .arg(dur(b.durationMs()), c.summary())
                                : tr("Approval took %1: %2 by %3\n%4")
                                      .arg(dur(b.durationMs()), last.verdict, last.decidedBy, c.summary());
                bars.append(b);
            }
            if (c.started) {
                TimelineBar b;
                b.kind = TimelineBar::Kind::ToolCall;
                b.turn = c.turn;
                b.toolCallId = c.id;
                b.startMs = run.msSinceStart(c.startedAt);
                b.open = !c.execFinished && !c.hasToolResult;
                const qint64 recorded = c.durationMs();
                b.endMs = b.open ? qMax(b.startMs, now)
                                 : qMax(b.startMs, c.execFinished ? run.msSinceStart(c.finishedAt)
                                                                  : run.msSinceStart(c.resultAt));
                // The recorded duration is measured by the sandbox; trust it over write times.
                if (!b.open && recorded >= 0 && c.execFinished)
                    b.startMs = qMax<qint64>(0, qMin(b.startMs, b.endMs - recorded));
                b.failed = c.isError ||
                           (c.execFinished && c.result.value(QLatin1String("shellStatus")).toInt() != 0);
                b.label = c.summary();
                QStringList tip{c.summary()};
                if (b.open && nowMs >= 0)
                    tip.append(tr("Running for %1").arg(dur(b.durationMs())));
                else if (b.open)
                    tip.append(tr("Unfinished: no end was recorded; the transcript ends %1 after it started")
                                   .arg(dur(b.durationMs())));
                else if (c.execFinished)
                    tip.append(tr("%1 · %2").arg(c.endDescription(), dur(recorded)));
                else
                    tip.append(tr("Done in %1").arg(dur(b.durationMs())));
                if (const int n = c.changedFiles(); n > 0)
                    tip.append(tr("Changed %n file(s)", nullptr, n));
                b.toolTip = tip.join(QLatin1Char('\n'));
                bars.append(b);
            }
        }
    }
    // Without a clock to follow, an open bar's end is unknown: drawn open-ended.
    for (TimelineBar &b : bars)
        b.unfinished = b.open && nowMs < 0;
    std::stable_sort(bars.begin(), bars.end(),
                     [](const TimelineBar &a, const TimelineBar &b) { return a.startMs < b.startMs; });
    return bars;
}

void TimelineModel::setInspection(const RunInspection &inspection)
{
    m_inspection = inspection;
    apply();
}

void TimelineModel::apply()
{
    const RunInspection &inspection = m_inspection;
    const bool ticking = isTicking();
    const qint64 nowMs = ticking ? inspection.msSinceStart(m_clock()) : -1;
    QList<TimelineBar> bars = barsFor(inspection, nowMs);
    const bool anyOpen = std::any_of(bars.cbegin(), bars.cend(), [](const TimelineBar &b) { return b.open; });
    // The clock runs only while something is visibly growing.
    if (ticking && anyOpen) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
    qint64 span = inspection.msSinceStart(inspection.lastEventAt);
    if (ticking && anyOpen)
        span = qMax(span, nowMs);
    m_totals = inspection.totals();
    bool prefix = inspection.path == m_path && bars.size() >= m_bars.size();
    for (int i = 0; prefix && i < m_bars.size(); ++i)
        prefix = sameBar(bars.at(i), m_bars.at(i));
    if (!prefix) {
        beginResetModel();
        m_bars = bars;
        m_path = inspection.path;
        endResetModel();
    } else {
        const qsizetype had = m_bars.size();
        for (qsizetype i = 0; i < had; ++i)
            m_bars[i] = bars.at(i);
        if (had > 0)
            Q_EMIT dataChanged(index(0), index(int(had) - 1));
        if (bars.size() > had) {
            beginInsertRows({}, int(had), int(bars.size()) - 1);
            m_bars = bars;
            endInsertRows();
        }
    }
    if (span != m_spanMs || !prefix) {
        m_spanMs = span;
        Q_EMIT spanChanged();
    }
}

QString TimelineModel::totalsText() const
{
    const QLocale locale;
    const RunTotals &t = m_totals;
    const QString tokens = tr("%1 in / %2 out tokens (cache read %3, write %4)")
                               .arg(locale.toString(t.usage.input), locale.toString(t.usage.output),
                                    locale.toString(t.usage.cacheRead), locale.toString(t.usage.cacheWrite));
    const QString time =
        tr("%1 (Claude %2, tools %3, approvals %4, retries %5)")
            .arg(RunInspection::formatDuration(t.wallMs), RunInspection::formatDuration(t.modelMs),
                 RunInspection::formatDuration(t.toolMs), RunInspection::formatDuration(t.approvalWaitMs),
                 RunInspection::formatDuration(t.retryWaitMs));
    const QString text =
        tr("%1 · %2 · %3 · %4 · %5")
            .arg(tr("%n turn(s)", nullptr, t.turns), tr("%n tool call(s)", nullptr, t.toolCalls), tokens,
                 RunInspection::formatCost(t.costUsd), time);
    return text;
}

int TimelineModel::rowForTurn(int turn) const
{
    for (int i = 0; i < m_bars.size(); ++i)
        if (m_bars.at(i).kind == TimelineBar::Kind::ModelTurn && m_bars.at(i).turn == turn)
            return i;
    return -1;
}

int TimelineModel::rowForToolCall(const QString &id) const
{
    int wait = -1;
    for (int i = 0; i < m_bars.size(); ++i) {
        if (m_bars.at(i).toolCallId != id)
            continue;
        if (m_bars.at(i).kind == TimelineBar::Kind::ToolCall)
            return i;
        wait = i;
    }
    return wait;
}

QString TimelineModel::laneName(int lane)
{
    switch (lane) {
    case TimelineBar::ModelLane:
        return tr("Claude");
    case TimelineBar::ToolLane:
        return tr("Tools");
    case TimelineBar::WaitLane:
        return tr("Waiting");
    }
    return {};
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineBar &b = m_bars.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return b.label;
    case Qt::ToolTipRole:
        return b.toolTip;
    case KindRole:
        return int(b.kind);
    case LaneRole:
        return b.lane();
    case StartMsRole:
        return b.startMs;
    case EndMsRole:
        return b.endMs;
    case FirstTokenMsRole:
        return b.firstTokenMs;
    case TurnRole:
        return b.turn;
    case ToolCallIdRole:
        return b.toolCallId;
    case OpenRole:
        return b.open;
    case FailedRole:
        return b.failed;
    case UnfinishedRole:
        return b.unfinished;
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(LaneRole, "lane");
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(FirstTokenMsRole, "firstTokenMs");
    names.insert(TurnRole, "turn");
    names.insert(ToolCallIdRole, "toolCallId");
    names.insert(OpenRole, "open");
    names.insert(FailedRole, "failed");
    names.insert(UnfinishedRole, "unfinished");
    return names;
}

} // namespace Workbench
