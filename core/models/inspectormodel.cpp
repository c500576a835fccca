// SPDX-License-Identifier: MIT
#include "models/inspectormodel.h"

#include <QLocale>

namespace Workbench {

namespace {

QString tokensText(const InspectedUsage &u)
{
    const QLocale locale;
    if (u.isEmpty())
        return {};
    return InspectorModel::tr("%1 in · %2 out").arg(locale.toString(u.input), locale.toString(u.output));
}

QString startText(qint64 ms)
{
    return InspectorModel::tr("+%1").arg(RunInspection::formatDuration(ms));
}

} // namespace

InspectorModel::InspectorModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void InspectorModel::setInspection(const RunInspection &inspection)
{
    // The same run grown: append and update in place. Anything else: start over.
    const bool sameRun = inspection.path == m_run.path && inspection.turns.size() >= m_run.turns.size() &&
                         inspection.startedAt == m_run.startedAt;
    bool prefix = sameRun;
    for (int i = 0; prefix && i < m_calls.size(); ++i) {
        const InspectedTurn &t = inspection.turns.at(i);
        prefix = t.turn == m_run.turns.at(i).turn && t.toolCallIds.size() >= m_calls.at(i).size() &&
                 t.toolCallIds.mid(0, m_calls.at(i).size()) == m_calls.at(i);
    }
    if (!prefix) {
        beginResetModel();
        m_run = inspection;
        m_calls.clear();
        for (const InspectedTurn &t : std::as_const(m_run.turns))
            m_calls.append(t.toolCallIds);
        endResetModel();
        return;
    }
    const int oldTurns = int(m_calls.size());
    m_run = inspection;
    // Existing turns: new calls appended under them, then their cells refreshed.
    for (int i = 0; i < oldTurns; ++i) {
        const QStringList &ids = m_run.turns.at(i).toolCallIds;
        const int had = int(m_calls.at(i).size());
        if (ids.size() > had) {
            beginInsertRows(index(i, 0), had, int(ids.size()) - 1);
            m_calls[i] = ids;
            endInsertRows();
        }
        if (had > 0)
            Q_EMIT dataChanged(index(0, 0, index(i, 0)), index(had - 1, ColumnCount - 1, index(i, 0)));
    }
    if (oldTurns > 0)
        Q_EMIT dataChanged(index(0, 0), index(oldTurns - 1, ColumnCount - 1));
    if (m_run.turns.size() > oldTurns) {
        beginInsertRows({}, oldTurns, int(m_run.turns.size()) - 1);
        for (int i = oldTurns; i < m_run.turns.size(); ++i)
            m_calls.append(m_run.turns.at(i).toolCallIds);
        endInsertRows();
    }
}

QModelIndex InspectorModel::indexForTurn(int turn, int column) const
{
    const int row = m_run.turnIndex(turn);
    return row < 0 || row >= m_calls.size() ? QModelIndex() : index(row, column);
}

QModelIndex InspectorModel::indexForToolCall(const QString &id, int column) const
{
    for (int t = 0; t < m_calls.size(); ++t) {
        const int row = int(m_calls.at(t).indexOf(id));
        if (row >= 0)
            return index(row, column, index(t, 0));
    }
    return {};
}

const InspectedToolCall *InspectorModel::call(int turnRow, int row) const
{
    if (turnRow < 0 || turnRow >= m_calls.size() || row < 0 || row >= m_calls.at(turnRow).size())
        return nullptr;
    const int i = m_run.toolCallIndex(m_calls.at(turnRow).at(row));
    return i < 0 ? nullptr : &m_run.toolCalls.at(i);
}

const InspectedTurn *InspectorModel::turnAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 0 || index.row() >= m_calls.size())
        return nullptr;
    return &m_run.turns.at(index.row());
}

const InspectedToolCall *InspectorModel::toolCallAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return call(int(index.internalId()) - 1, index.row());
}

QModelIndex InspectorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_calls.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_calls.size())
        return {};
    return row < m_calls.at(parent.row()).size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                 : QModelIndex();
}

QModelIndex InspectorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int InspectorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_calls.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_calls.size())
        return 0;
    return int(m_calls.at(parent.row()).size());
}

int InspectorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InspectorModel::turnData(const InspectedTurn &t, int column, int role) const
{
    const qint64 start = m_run.msSinceStart(t.requestAt);
    const qint64 duration = t.requestAt.isValid() && t.endAt.isValid() ? t.requestAt.msecsTo(t.endAt) : -1;
    QString status = t.errorCode.isEmpty() ? t.stopReason : tr("error: %1").arg(t.errorMessage);
    if (!t.finished)
        status = tr("streaming");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn:
            return status.isEmpty() ? tr("Turn %1").arg(t.turn) : tr("Turn %1 · %2").arg(t.turn).arg(status);
        case StartColumn:
            return startText(start);
        case DurationColumn:
            return duration < 0 ? QString() : RunInspection::formatDuration(duration);
        case TokensColumn:
            return tokensText(t.usage);
        case CostColumn:
            return t.finished ? RunInspection::formatCost(t.costUsd) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StepColumn)
            return t.model.isEmpty() ? QVariant() : tr("Turn %1, answered by %2").arg(t.turn).arg(t.model);
        return {};
    case KindRole:
        return int(Kind::Turn);
    case TurnRole:
        return t.turn;
    case StartMsRole:
        return start;
    case DurationMsRole:
        return duration;
    case StatusRole:
        return status;
    case FinishedRole:
        return t.finished;
    }
    return {};
}

QVariant InspectorModel::callData(const InspectedToolCall &c, int column, int role) const
{
    const QDateTime begin = c.started ? c.startedAt : c.calledAt;
    const qint64 start = m_run.msSinceStart(begin);
    QString status = c.verdict();
    if (c.execFinished)
        status = c.endDescription();
    else if (c.started && c.hasToolResult) // an edit the app made itself: no sandbox, no exit status
        status = c.isError ? tr("failed") : tr("done");
    else if (c.started && !c.hasToolResult)
        status = tr("running");
    else if (c.askedAt().isValid() && !c.answeredAt().isValid())
        status = tr("waiting for approval");
    else if (c.verdict() == QLatin1String("deny"))
        status = tr("denied");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case StepColumn:
            return c.summary();
        case StartColumn:
            return startText(start);
        case DurationColumn:
            return c.durationMs() < 0 ? QString() : RunInspection::formatDuration(c.durationMs());
        case TokensColumn:
            return status;
        case CostColumn:
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        return column == StepColumn ? QVariant(tr("%1 (%2)").arg(c.name, c.id)) : QVariant();
    case KindRole:
        return int(Kind::ToolCall);
    case TurnRole:
        return c.turn;
    case ToolCallIdRole:
        return c.id;
    case StartMsRole:
        return start;
    case DurationMsRole:
        return c.durationMs();
    case StatusRole:
        return status;
    case FinishedRole:
        return c.hasToolResult;
    }
    return {};
}

QVariant InspectorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const InspectedTurn *t = turnAt(index))
        return turnData(*t, index.column(), role);
    if (const InspectedToolCall *c = toolCallAt(index))
        return callData(*c, index.column(), role);
    return {};
}

QVariant InspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens / result");
    case CostColumn:
        return tr("Cost");
    }
    return {};
}

QHash<int, QByteArray> InspectorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(TurnRole, "turn");
    names.insert(ToolCallIdRole, "toolCallId");
    names.insert(StartMsRole, "startMs");
    names.insert(DurationMsRole, "durationMs");
    names.insert(StatusRole, "status");
    names.insert(FinishedRole, "finished");
    return names;
}

// --- SSE events --------------------------------------------------------------------------------

SseEventModel::SseEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SseEventModel::setEvents(const QList<InspectedSseEvent> &events)
{
    // Events are only ever appended to a turn; anything else is another turn.
    const qsizetype had = m_events.size();
    const bool grown = events.size() > had && had > 0 &&
                       events.at(had - 1).ref.offset == m_events.last().ref.offset &&
                       events.first().ref.offset == m_events.first().ref.offset;
    if (grown) {
        beginInsertRows({}, int(had), int(events.size()) - 1);
        m_events = events;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_events = events;
    endResetModel();
}

int SseEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SseEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SseEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InspectedSseEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 ms").arg(e.tMs);
        case EventColumn:
            return e.name;
        case DataColumn:
            return e.preview;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DataColumn ? QVariant(e.preview) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case TimeMsRole:
        return e.tMs;
    case LineRole:
        return e.ref.line;
    }
    return {};
}

QVariant SseEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case EventColumn:
        return tr("Event");
    case DataColumn:
        return tr("Data");
    }
    return {};
}

} // namespace Workbench
