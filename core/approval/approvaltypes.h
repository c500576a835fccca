// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Workbench {

/// Permission modes, named as Claude Code names them.
enum class PermissionMode
{
    Default,
    Plan,
    AcceptEdits,
    DontAsk,
    BypassPermissions
};

QString permissionModeName(PermissionMode mode);
/// Parses "default", "plan", "acceptEdits", "dontAsk", "bypassPermissions".
bool parsePermissionMode(const QString &text, PermissionMode *mode);

/// What a tool call will do, derived from the model's tool input by the tool registry. It is what
/// the policy reasons about and what the approval dialog shows.
struct ToolAction
{
    enum class Effect
    {
        ReadOnly,
        WritesWorkspace,
        Executes
    };

    QString toolUseId;
    QString toolName;         ///< as the model named it: "bash", "run_script", "str_replace_based_edit_tool"
    QString ruleTool;         ///< as rules name it: "Bash", "RunScript", "Edit", "Read"
    QString ruleSubject;      ///< what rules match against: the command, the language, the path
    QString language;         ///< for highlighting: "bash", "python", "javascript", "text", …
    QString script;           ///< the exact text that will run or be written
    QString summary;          ///< one line: "Run python script (12 lines)", "Create fib.py"
    QString workingDirectory; ///< as the sandboxed process sees it
    Effect effect = Effect::Executes;
    QJsonObject input; ///< the model's tool input, verbatim
    /// Set by ToolRegistry::describe() for an editor `create` whose file already exists.
    bool overwritesExisting = false;
};

/// Where and within which limits a call would run, as the dialog shows it next to the call. The
/// run fills it from its sandbox when it asks; a default-constructed one means "not known" and
/// is shown as such, never as "no limits".
struct ExecutionBoundary
{
    enum class Network
    {
        Unknown,
        Off,         ///< only the sandbox's own loopback
        Filtered,    ///< through the app's domain-filtering proxy (allowedDomains)
        Unrestricted ///< no sandbox network boundary (unsandboxed runner, remote container)
    };

    QString sandboxKind; ///< "bubblewrap", "none", "cloudflare"; empty: not known
    int timeoutMs = 0;   ///< wall clock per call; 0: not known
    qint64 cpuSeconds = 0;
    qint64 addressSpaceBytes = 0;
    qint64 processes = 0;
    qint64 fileSizeBytes = 0;
    qint64 openFiles = 0;
    qint64 workspaceGrowthBytes = 0; ///< the watchdog stops a call growing the workspace more; 0: not known
    Network network = Network::Unknown;
    QStringList allowedDomains; ///< Filtered: the allow rules as written ("*.pypi.org")
    QStringList extraReadOnly;  ///< host paths the user bound read-only at the same path ("/opt/rust")

    [[nodiscard]] bool isKnown() const { return !sandboxKind.isEmpty(); }
};

/// A question to the user about one tool call, or about network access the sandbox asked for.
struct ApprovalRequest
{
    enum class Kind
    {
        ToolCall,
        Network ///< the sandbox's proxy met a host no domain rule names; see host/port
    };

    Kind kind = Kind::ToolCall;
    QString host; ///< Network: the normalised host asked for
    int port = 0; ///< Network: its port
    QString id;   ///< the tool_use id (Network: "net-N")
    QString runId;
    ToolAction action;
    QString reason; ///< why the policy asks, in plain words
    PermissionMode mode = PermissionMode::Default;
    QStringList risks;          ///< the classifier's reasons, if any (the inbox shows the first)
    ExecutionBoundary boundary; ///< sandbox, limits and network of the run that asks
};

/// How the policy or a person decided a tool call, for the decision log.
struct Decision
{
    enum class Verdict
    {
        Allow,
        Deny,
        Ask
    };

    /// How one simple command of a shell call was judged ("echo hi" allowed by "Bash(echo:*)").
    struct Subcommand
    {
        QString command;
        Verdict verdict = Verdict::Ask;
        QString rule;
        QString ruleSource;
        QString reason;
    };

    Verdict verdict = Verdict::Ask;
    QString rule;        ///< the rule text that decided, if any: "Bash(echo:*)"
    QString ruleSource;  ///< where the rule came from: "--allow", "settings"
    QString reason;      ///< plain words: "no rule allows this call; default mode asks"
    QString decidedBy;   ///< "rule", "mode", "user", "headless"
    QString userMessage; ///< the user's message to the model on a denial
    QDateTime at;
    QList<Subcommand> subcommands; ///< per simple command, for shell calls
    QStringList risks;             ///< the classifier's reasons, if any
    bool parsedConfidently = true; ///< false when the shell command could not be fully understood
    QJsonObject originalInput;     ///< set with editedInput when the user edited the call
    QJsonObject editedInput;

    /// Plan mode: the call was not run but recorded as proposed; `would` is what the policy
    /// would decide in `wouldMode` (default), so the user sees what switching modes would do.
    struct Proposal
    {
        PermissionMode wouldMode = PermissionMode::Default;
        Verdict would = Verdict::Ask;
        QString reason;
        QString rule;
        QString ruleSource;
    };
    bool proposed = false;
    Proposal proposal;

    /// The keys of the first cut (verdict, decided_by, reason, at, rule, rule_source,
    /// user_message) keep their meaning; subcommands, risks, unparsed, original_input and
    /// edited_input are added only when present; so is `proposed` (plan mode:
    /// {mode, verdict, reason, rule, rule_source}).
    [[nodiscard]] QJsonObject toJson() const;
};

QString verdictName(Decision::Verdict verdict);

/// How an ApprovalGate request was answered.
struct ApprovalAnswer
{
    bool approved = false;
    QString message;   ///< the user's note to the model on a denial
    QString decidedBy; ///< "user", "headless", …
    bool edited = false;
    QString editedScript;  ///< with `edited`: the text to run instead of the proposed script
    bool remember = false; ///< Network: "always" rather than "for this run"
};

} // namespace Workbench

Q_DECLARE_METATYPE(Workbench::ApprovalRequest)
Q_DECLARE_METATYPE(Workbench::ApprovalAnswer)
