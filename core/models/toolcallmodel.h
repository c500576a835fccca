// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"

#include <QAbstractListModel>
#include <QList>

namespace Workbench {

/// Every tool call of a run: what it runs (script, language), how it was decided, its output as
/// it streams, and how it ended. The script pane and the output pane render the selected row.
class ToolCallModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Status
    {
        Pending,
        AwaitingApproval,
        Running,
        Succeeded,
        Failed,
        Denied,
        Cancelled,
        Proposed ///< plan mode: recorded, never run
    };
    Q_ENUM(Status)
    enum class Stream
    {
        Stdout = 0,
        Stderr = 1
    };

    struct Chunk
    {
        Stream stream;
        QString text;
    };

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        ToolNameRole, ///< "bash", "run_script", "str_replace_based_edit_tool"
        SummaryRole,  ///< one line
        LanguageRole, ///< "bash", "python", …
        ScriptRole,   ///< the text that runs or is written
        WorkingDirectoryRole,
        StatusRole,     ///< Status as int
        StatusTextRole, ///< Status in words
        DecisionRole,   ///< the decision log entry in words
        ExitTextRole,   ///< "exited with status 0", "killed by signal 9"; empty while running
        ExitCodeRole,   ///< shell status, or -1 while running / not run
        DurationRole,   ///< milliseconds, or -1
        OutputRole,     ///< all kept output as one string
        ResultRole,     ///< the tool_result content sent to the model
        IsErrorRole,    ///< whether the tool_result carried is_error
        TurnRole,
        ChangesRole, ///< one line of what the run changed in the workspace; may be empty
        /// Plan mode: what the policy would decide outside plan mode, in words ("default mode
        /// would ask: …"); empty for calls that were not proposed.
        ProposalRole,
    };

    explicit ToolCallModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int addCall(const ToolAction &action, int turn);
    [[nodiscard]] int rowForId(const QString &id) const;
    void setStatus(int row, Status status);
    void setDecision(int row, const Decision &decision);
    /// Replaces what the call will run (after an edit before approval).
    void setAction(int row, const ToolAction &action);
    void appendOutput(int row, Stream stream, const QString &text);
    void setFinished(int row, const QString &exitText, int exitCode, qint64 durationMs);
    void setResult(int row, const QString &content, bool isError);
    /// The one-line "what changed" summary of a finished run (WorkspaceChanges::summary()).
    void setChanges(int row, const QString &summary);
    /// Output chunks kept for the row (bounded: past kMaxKeptChars the middle is elided).
    [[nodiscard]] QList<Chunk> output(int row) const;
    /// Characters of output dropped from the middle to keep memory bounded.
    [[nodiscard]] qsizetype elidedChars(int row) const;
    void clear();

    static QString statusText(Status status);
    static constexpr qsizetype kMaxKeptChars = 4 * 1024 * 1024;

Q_SIGNALS:
    /// Emitted for every output chunk, so views can append instead of re-rendering.
    void outputAppended(int row, Workbench::ToolCallModel::Stream stream, const QString &text);

private:
    struct Record
    {
        ToolAction action;
        int turn = 0;
        Status status = Status::Pending;
        Decision decision;
        bool decided = false;
        QList<Chunk> output;
        qsizetype outputChars = 0;
        qsizetype headChunks = 0; ///< leading chunks that are never dropped
        qsizetype elidedChars = 0;
        QString exitText;
        int exitCode = -1;
        qint64 durationMs = -1;
        QString result;
        bool isError = false;
        QString changes;
    };
    void changed(int row, const QList<int> &roles);
    QList<Record> m_records;
};

} // namespace Workbench
