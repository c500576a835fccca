// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "transcript/jsonlreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Workbench {

/// One node of a Claude Code session: a line, or several lines merged (an assistant message
/// streamed as one content block per line, all sharing `message.id`).
struct ClaudeCodeEntry
{
    enum class Kind
    {
        User,
        Assistant,
        System,
        Summary,      ///< `summary`
        Title,        ///< `ai-title`
        FileSnapshot, ///< `file-history-snapshot`
        QueueOperation,
        Attachment,
        Progress,
        Unknown ///< a line type this version does not know: kept, shown raw
    };

    Kind kind = Kind::Unknown;
    QString type;    ///< the line's `type` as written
    QString subtype; ///< `system` lines: `compact_boundary`, `stop_hook_summary`, …
    int file = 0;    ///< index into ClaudeCodeSession::files (0 = the session file)
    int line = 0;    ///< first line (1-based)
    QList<int> lines;
    QString uuid;
    QString parentUuid;
    QString logicalParentUuid; ///< compaction: the node before the boundary
    QString messageId;
    QString requestId;
    QString model;
    QString agentId;
    QDateTime timestamp;
    bool sidechain = false;       ///< sub-agent traffic
    bool compactBoundary = false; ///< `system/compact_boundary`: the context was compacted here
    bool compactSummary = false;  ///< the summary that replaced the compacted context
    bool meta = false;            ///< `isMeta`: written by Claude Code, not typed by the user
    bool apiError = false;        ///< `isApiErrorMessage` placeholder
    bool orphan = false;          ///< names a parent that is not in the file
    bool activeBranch = false;    ///< on the chain that ends at the latest leaf
    QString stopReason;
    QJsonArray content; ///< message content blocks, merged (a string becomes one text block)
    QJsonObject usage;  ///< usage counted for this node (de-duplicated); empty when none
    QJsonValue toolUseResult;
    QJsonObject raw; ///< the first line as written
    int parent = -1;
    QList<int> children;

    /// One readable line of what this node says (for lists and search).
    [[nodiscard]] QString summaryText() const;
    /// Everything it says, as plain text.
    [[nodiscard]] QString fullText() const;
    [[nodiscard]] bool isMessage() const { return kind == Kind::User || kind == Kind::Assistant; }
};

struct TokenTotals
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite = 0;
    void add(const QJsonObject &usage);
};

/// A Claude Code session, read-only: its nodes in file order, the tree they form, and the lines
/// that could not be read.
struct ClaudeCodeSession
{
    QStringList files; ///< the session file, then its sub-agent files
    QString sessionId;
    QString title; ///< last `ai-title`, else the last `summary`
    QString cwd;
    QString version;
    QString gitBranch;
    QDateTime started;
    QDateTime ended;
    QList<ClaudeCodeEntry> entries;
    QList<int> roots; ///< entries without a parent, in file order
    QList<LineWarning> warnings;
    TokenTotals usage;             ///< de-duplicated by message.id + requestId
    std::optional<double> costUsd; ///< nullopt when a model has no price
    int userMessages = 0;
    int assistantMessages = 0;
    int toolCalls = 0;
    int sidechainEntries = 0;
    int compactions = 0;

    [[nodiscard]] QString toText() const;
};

/// Reads Claude Code's session transcripts (reference §6). Read-only: never writes anything.
class ClaudeCodeReader
{
public:
    /// Reads `path` and, when `includeSubagents`, the sub-agent files next to it
    /// (`<session>/subagents/*.jsonl`). Fails only when `path` cannot be opened.
    static Result<ClaudeCodeSession> read(const QString &path, bool includeSubagents = true);
};

/// What the browser shows about one session without building its tree.
struct ClaudeCodeSessionInfo
{
    QString path;
    QString sessionId;
    QString firstPrompt;
    QString title;
    QString cwd;
    QDateTime started;
    QDateTime lastModified;
    int messageCount = 0; ///< user prompts and tool results plus distinct assistant messages
    qint64 sizeBytes = 0;
    int subagentFiles = 0;
    int malformedLines = 0;
};

struct ClaudeCodeProject
{
    QString dirName; ///< the encoded working directory, e.g. `-home-ann-src-app`
    QString path;
    QString cwd;                           ///< the real working directory when a session names it, else empty
    QList<ClaudeCodeSessionInfo> sessions; ///< newest first
};

/// Finds projects and sessions under a Claude Code projects folder.
class ClaudeCodeBrowser
{
public:
    /// `$CLAUDE_CONFIG_DIR/projects` (each entry of the comma-separated list),
    /// `~/.config/claude/projects` and `~/.claude/projects`, those that exist.
    static QStringList defaultRoots();
    /// The first of defaultRoots(), or `~/.claude/projects` when none exists.
    static QString defaultRoot();
    /// Streams through each session file once. `cancel` (optional) stops early.
    static Result<QList<ClaudeCodeProject>> scan(const QString &root,
                                                 const std::atomic_bool *cancel = nullptr);
    static ClaudeCodeSessionInfo scanSession(const QString &path);
};

struct ClaudeCodeScanMailbox;

/// Scans a projects folder on a worker thread. Owned by its parent; emits finished() once.
class ClaudeCodeScanJob : public QObject
{
    Q_OBJECT
public:
    explicit ClaudeCodeScanJob(QString root, QObject *parent = nullptr);
    ~ClaudeCodeScanJob() override;

    void start();
    void cancel();
    [[nodiscard]] const QList<ClaudeCodeProject> &projects() const { return m_projects; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] QString root() const { return m_root; }

Q_SIGNALS:
    void finished();

private:
    QString m_root;
    QList<ClaudeCodeProject> m_projects;
    Error m_error;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<ClaudeCodeScanMailbox> m_box;
};

} // namespace Workbench
