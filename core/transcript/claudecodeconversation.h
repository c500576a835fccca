// SPDX-License-Identifier: MIT
#pragma once

#include "transcript/claudecodereader.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Workbench {

class ConversationModel;
class ToolCallModel;

/// One branch of a Claude Code session, laid out in the models a live run fills, so the same
/// conversation, script and output panes show it (read-only):
///  - users' prompts, Claude's text and thinking, one tool call row per `tool_use` (Bash
///    commands as bash, Write contents by file type, Edit as a diff, anything else as JSON),
///    each call's result and Bash output from `toolUseResult`;
///  - sub-agent traffic (sidechains) between notices right after the Task/Agent call that
///    started it;
///  - a compaction boundary as a divider notice, its summary as a notice;
///  - API-error placeholders as errors; lines of unknown types as notices with their raw JSON;
///  - where the tree forks, a notice naming the other branches.
/// The branch shown is the active one (ending at the latest leaf) until chooseBranchThrough()
/// picks the one through another message. The session is borrowed and must outlive this.
class ClaudeCodeConversation
{
public:
    explicit ClaudeCodeConversation(const ClaudeCodeSession *session);

    /// Shows the branch that passes through `entry` (an index into session().entries).
    void chooseBranchThrough(int entry);
    /// Back to the active branch.
    void showActiveBranch();
    [[nodiscard]] bool showsActiveBranch() const { return m_choice.isEmpty(); }

    /// Clears both models and fills them with the chosen branch.
    void fill(ConversationModel *conversation, ToolCallModel *toolCalls);

    /// The conversation row showing `entry`, or -1 when it is not on the branch shown.
    [[nodiscard]] int rowOfEntry(int entry) const { return m_rowOfEntry.value(entry, -1); }
    /// The entry a conversation row came from, or -1 (dividers, notices of their own).
    [[nodiscard]] int entryOfRow(int row) const { return m_entryOfRow.value(row, -1); }
    /// The entry that started a sub-agent chain (its Task/Agent call), or -1.
    [[nodiscard]] int hostOf(int sidechainRoot) const { return m_host.value(sidechainRoot, -1); }

private:
    struct Fill;
    int nextOnChain(int entry) const;

    const ClaudeCodeSession *m_session;
    QHash<int, int> m_choice;           // entry → the child that continues the branch shown
    QHash<int, QList<int>> m_sideRoots; // host entry → sub-agent roots it started
    QHash<int, int> m_host;
    QHash<int, int> m_rowOfEntry;
    QHash<int, int> m_entryOfRow;
};

struct ClaudeCodeLoadMailbox;

/// Reads a Claude Code session (and its sub-agent files) on a worker thread. Owned by its
/// parent; emits finished() once, then session() or error() hold the result.
class ClaudeCodeLoadJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaudeCodeLoadJob)
public:
    explicit ClaudeCodeLoadJob(QString path, QObject *parent = nullptr);
    ~ClaudeCodeLoadJob() override;

    void start();
    /// The result is dropped; finished() is emitted at once.
    void cancel();
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isCancelled() const { return m_cancelled; }
    [[nodiscard]] const Error &error() const { return m_error; }
    /// Valid after finished() without error; take it with std::move if you keep it.
    [[nodiscard]] ClaudeCodeSession &session() { return m_session; }

Q_SIGNALS:
    void finished();

private:
    QString m_path;
    ClaudeCodeSession m_session;
    Error m_error;
    bool m_cancelled = false;
    bool m_done = false;
    std::shared_ptr<ClaudeCodeLoadMailbox> m_box;
};

} // namespace Workbench
