// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
#include "common/error.h"

#include <QList>
#include <QString>

namespace Workbench {

/// One permission rule in Claude Code's syntax: `Tool` or `Tool(specifier)`.
///  - `Bash(npm run build)` matches that exact command; `Bash(npm run test:*)` and
///    `Bash(npm run test *)` match it with any arguments; `*` is a wildcard anywhere.
///  - `RunScript(python)` matches scripts in that language; `Edit(src/*)` / `Read(*)` match
///    workspace-relative paths.
///  - A bare `Tool` matches every call of that tool.
struct PermissionRule
{
    enum class Kind
    {
        Allow,
        Ask,
        Deny
    };

    Kind kind = Kind::Allow;
    QString text;    ///< as written: "Bash(echo:*)"
    QString source;  ///< where it came from: "--allow", "settings"
    QString tool;    ///< "Bash"
    QString pattern; ///< normalised specifier; empty with !hasSpecifier
    bool hasSpecifier = false;

    static Result<PermissionRule> parse(const QString &text, Kind kind, const QString &source);
    /// Whether the rule matches `subject` (a whole simple command for Bash; a language; a path).
    [[nodiscard]] bool matchesSubject(const QString &subject) const;
};

/// Decides each tool call: deny rules, then ask rules, then allow rules (first match wins), then
/// the permission mode. Pure and synchronous, so it is tested without any UI.
///
/// Shell commands, first cut: a Bash allow rule only matches a *simple* command (no `;`, `&&`,
/// `||`, `|`, redirections, substitutions, subshells or newlines); anything else falls through to
/// the mode and is asked about. Deny and ask rules are checked against every piece of a compound
/// command, so `echo hi && rm -rf x` is caught by `Bash(rm:*)`. Deny rules hold in every mode,
/// bypassPermissions included.
class PermissionPolicy
{
public:
    PermissionPolicy() = default;
    explicit PermissionPolicy(PermissionMode mode);

    void setMode(PermissionMode mode) { m_mode = mode; }
    [[nodiscard]] PermissionMode mode() const { return m_mode; }

    /// Adds a rule; returns an error for text that is not a rule.
    Status addRule(const QString &text, PermissionRule::Kind kind, const QString &source);
    [[nodiscard]] const QList<PermissionRule> &rules() const { return m_rules; }

    [[nodiscard]] Decision evaluate(const ToolAction &action) const;

    /// True when `command` has no shell syntax that could chain or hide another command.
    static bool isSimpleCommand(const QString &command);
    /// The pieces of a possibly compound command, split at shell operators (conservative).
    static QStringList commandPieces(const QString &command);

private:
    const PermissionRule *firstMatch(PermissionRule::Kind kind, const ToolAction &action) const;

    PermissionMode m_mode = PermissionMode::Default;
    QList<PermissionRule> m_rules;
};

} // namespace Workbench
