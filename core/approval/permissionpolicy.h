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

/// Decides each tool call. Pure and synchronous, so it is tested without any UI.
///
/// Order: deny rules (any subcommand matching one denies; they hold in every mode, bypass
/// included), then bypassPermissions, then ask rules (any subcommand), then plan mode, then
/// allow rules — a shell call is allowed only when EVERY simple command ShellParser finds is
/// matched by an allow rule, the parse was confident, and no redirection writes a file — then the
/// mode. Outside bypass, a call RiskClassifier finds risky is asked about (denied in dontAsk)
/// even when allow rules or the mode would let it run. Bash deny and ask rules also apply to
/// bash/sh scripts of RunScript.
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

    /// Whether `rule` (of any kind) matches `action` the way evaluate() uses it: for Bash, at
    /// least one subcommand matches. For previews ("which calls would this rule have matched").
    [[nodiscard]] static bool ruleMatches(const PermissionRule &rule, const ToolAction &action);

private:
    PermissionMode m_mode = PermissionMode::Default;
    QList<PermissionRule> m_rules;
};

} // namespace Workbench
