// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
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
};

/// A question to the user about one tool call.
struct ApprovalRequest
{
    QString id; ///< the tool_use id
    QString runId;
    ToolAction action;
    QString reason; ///< why the policy asks, in plain words
    PermissionMode mode = PermissionMode::Default;
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

    Verdict verdict = Verdict::Ask;
    QString rule;        ///< the rule text that decided, if any: "Bash(echo:*)"
    QString ruleSource;  ///< where the rule came from: "--allow", "settings"
    QString reason;      ///< plain words: "no rule allows this call; default mode asks"
    QString decidedBy;   ///< "rule", "mode", "user", "headless"
    QString userMessage; ///< the user's message to the model on a denial
    QDateTime at;

    [[nodiscard]] QJsonObject toJson() const;
};

QString verdictName(Decision::Verdict verdict);

} // namespace Workbench

Q_DECLARE_METATYPE(Workbench::ApprovalRequest)
