// SPDX-License-Identifier: MIT
#include "models/toolcallmodel.h"

#include "models/coretext.h"

#include <QHash>

namespace Workbench {

ToolCallModel::ToolCallModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

QString ToolCallModel::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("pending");
    case Status::AwaitingApproval:
        return tr("waiting for approval");
    case Status::Running:
        return tr("running");
    case Status::Succeeded:
        return tr("done");
    case Status::Failed:
        return tr("failed");
    case Status::Denied:
        return tr("denied");
    case Status::Cancelled:
        return tr("cancelled");
    case Status::Proposed:
        return tr("proposed");
    }
    return {};
}

// The verdict, mode and decider as a person reads them; the stored decision keeps the identifiers.
static QString verdictText(Decision::Verdict verdict)
{
    switch (verdict) {
    case Decision::Verdict::Allow:
        return ToolCallModel::tr("allow");
    case Decision::Verdict::Deny:
        return ToolCallModel::tr("deny");
    case Decision::Verdict::Ask:
        return ToolCallModel::tr("ask");
    }
    return {};
}

static QString deciderText(const QString &decidedBy)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("rule"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "rule")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "mode")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "user")},
        {QStringLiteral("classifier"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "classifier")},
        {QStringLiteral("headless"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "headless")},
        {QStringLiteral("gate"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "gate")},
        {QStringLiteral("proxy"), QT_TRANSLATE_NOOP("Workbench::ToolCallModel", "proxy")},
    };
    const auto it = names.constFind(decidedBy);
    return it == names.constEnd() ? decidedBy : ToolCallModel::tr(*it);
}

static QString proposalText(const Decision &d)
{
    if (!d.proposed)
        return {};
    QString text = ToolCallModel::tr("%1 mode would %2: %3")
                       .arg(permissionModeName(d.proposal.wouldMode), verdictText(d.proposal.would),
                            CoreText::display(d.proposal.reason));
    if (!d.proposal.rule.isEmpty())
        text = ToolCallModel::tr("%1 (%2)").arg(text, d.proposal.rule);
    return text;
}

static QString decisionText(const Decision &d)
{
    QString text = verdictText(d.verdict);
    if (!d.rule.isEmpty())
        text = ToolCallModel::tr("%1 by rule %2").arg(text, d.rule);
    if (!d.ruleSource.isEmpty())
        text = ToolCallModel::tr("%1 (%2)").arg(text, d.ruleSource);
    if (!d.decidedBy.isEmpty())
        text = ToolCallModel::tr("%1, decided by %2").arg(text, deciderText(d.decidedBy));
    if (!d.reason.isEmpty())
        text = ToolCallModel::tr("%1: %2").arg(text, CoreText::display(d.reason));
    if (!d.risks.isEmpty()) {
        QStringList risks;
        for (const QString &r : d.risks)
            risks.append(CoreText::display(r));
        text = ToolCallModel::tr("%1 — risky: %2").arg(text, risks.join(QStringLiteral("; ")));
    }
    if (d.proposed)
        text = ToolCallModel::tr("%1 — %2").arg(text, proposalText(d));
    for (const Decision::Subcommand &sub : d.subcommands) {
        text = ToolCallModel::tr("%1 · %2 → %3").arg(text, sub.command, verdictText(sub.verdict));
        if (!sub.rule.isEmpty())
            text = ToolCallModel::tr("%1 (%2)").arg(text, sub.rule);
    }
    return text;
}

QVariant ToolCallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Record &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return CoreText::display(r.action.summary);
    case IdRole:
        return r.action.toolUseId;
    case ToolNameRole:
        return r.action.toolName;
    case LanguageRole:
        return r.action.language;
    case ScriptRole:
        return r.action.script;
    case WorkingDirectoryRole:
        return r.action.workingDirectory;
    case StatusRole:
        return int(r.status);
    case StatusTextRole:
        return statusText(r.status);
    case DecisionRole:
        return r.decided ? decisionText(r.decision) : QString();
    case ProposalRole:
        return r.decided ? proposalText(r.decision) : QString();
    case ExitTextRole:
        return CoreText::display(r.exitText);
    case ChangesRole:
        return CoreText::display(r.changes);
    case ExitCodeRole:
        return r.exitCode;
    case DurationRole:
        return r.durationMs;
    case OutputRole: {
        QString all;
        for (const Chunk &c : r.output)
            all += c.text;
        return all;
    }
    case ResultRole:
        return CoreText::display(r.result);
    case IsErrorRole:
        return r.isError;
    case TurnRole:
        return r.turn;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolCallModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(ToolNameRole, "toolName");
    names.insert(SummaryRole, "summary");
    names.insert(LanguageRole, "language");
    names.insert(ScriptRole, "script");
    names.insert(WorkingDirectoryRole, "workingDirectory");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(DecisionRole, "decision");
    names.insert(ExitTextRole, "exitText");
    names.insert(ChangesRole, "changes");
    names.insert(ExitCodeRole, "exitCode");
    names.insert(DurationRole, "durationMs");
    names.insert(OutputRole, "output");
    names.insert(ResultRole, "result");
    names.insert(IsErrorRole, "isError");
    names.insert(TurnRole, "turn");
    names.insert(ProposalRole, "proposal");
    return names;
}

int ToolCallModel::addCall(const ToolAction &action, int turn)
{
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    Record r;
    r.action = action;
    r.turn = turn;
    m_records.append(r);
    endInsertRows();
    return row;
}

int ToolCallModel::rowForId(const QString &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).action.toolUseId == id)
            return i;
    }
    return -1;
}

void ToolCallModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, roles);
}

void ToolCallModel::setStatus(int row, Status status)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row].status = status;
    changed(row, {StatusRole, StatusTextRole});
}

void ToolCallModel::setDecision(int row, const Decision &decision)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row].decision = decision;
    m_records[row].decided = true;
    changed(row, {DecisionRole, ProposalRole});
}

void ToolCallModel::setAction(int row, const ToolAction &action)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row].action = action;
    changed(row, {SummaryRole, Qt::DisplayRole, LanguageRole, ScriptRole, WorkingDirectoryRole});
}

void ToolCallModel::appendOutput(int row, Stream stream, const QString &text)
{
    if (row < 0 || row >= m_records.size() || text.isEmpty())
        return;
    Record &r = m_records[row];
    // Small chunks of the same stream are merged so a chatty program doesn't make a chunk per line.
    constexpr qsizetype kMergeBelow = 64 * 1024;
    const bool merge = r.output.size() > r.headChunks && r.output.constLast().stream == stream &&
                       r.output.constLast().text.size() < kMergeBelow;
    if (merge)
        r.output.last().text += text;
    else
        r.output.append(Chunk{stream, text});
    r.outputChars += text.size();
    if (r.outputChars < kMaxKeptChars / 2)
        r.headChunks = r.output.size();
    // Keep the head and a bounded tail: drop the oldest tail chunks, so a flood costs O(chunk).
    while (r.outputChars > kMaxKeptChars && r.output.size() > r.headChunks + 1) {
        r.outputChars -= r.output.at(r.headChunks).text.size();
        r.elidedChars += r.output.at(r.headChunks).text.size();
        r.output.removeAt(r.headChunks);
    }
    if (r.outputChars > kMaxKeptChars) {
        Chunk &only = r.output.last();
        const qsizetype drop = r.outputChars - kMaxKeptChars;
        only.text.remove(0, drop);
        r.outputChars -= drop;
        r.elidedChars += drop;
    }
    Q_EMIT outputAppended(row, stream, text);
    changed(row, {OutputRole});
}

void ToolCallModel::setChanges(int row, const QString &summary)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row].changes = summary;
    changed(row, {ChangesRole});
}

void ToolCallModel::setFinished(int row, const QString &exitText, int exitCode, qint64 durationMs)
{
    if (row < 0 || row >= m_records.size())
        return;
    Record &r = m_records[row];
    r.exitText = exitText;
    r.exitCode = exitCode;
    r.durationMs = durationMs;
    changed(row, {ExitTextRole, ExitCodeRole, DurationRole});
}

void ToolCallModel::setResult(int row, const QString &content, bool isError)
{
    if (row < 0 || row >= m_records.size())
        return;
    m_records[row].result = content;
    m_records[row].isError = isError;
    changed(row, {ResultRole, IsErrorRole});
}

QList<ToolCallModel::Chunk> ToolCallModel::output(int row) const
{
    if (row < 0 || row >= m_records.size())
        return {};
    return m_records.at(row).output;
}

qsizetype ToolCallModel::elidedChars(int row) const
{
    return row < 0 || row >= m_records.size() ? 0 : m_records.at(row).elidedChars;
}

void ToolCallModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

} // namespace Workbench
