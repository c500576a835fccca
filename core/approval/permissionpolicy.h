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
///  - `RunScript(python)` matches scripts in that language.
///  - `Edit(…)` / `Read(…)` take gitignore-style path patterns, as Claude Code does:
///    `//abs/path` (absolute), `~/path` (the user's home), `/path` (relative to the project of
///    the settings file the rule came from — `baseDir`; the workspace when the rule has no file),
///    `./path` and `path` (relative to the working directory, which is the workspace). `*` and `?`
///    stay within one path segment, `**` crosses segments, a trailing `/` matches only below a
///    directory, a pattern without any inner `/` matches at any depth, and a pattern matching a
///    directory matches everything below it.
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
    /// For `/path` Read/Edit patterns: the project folder the rule's settings file belongs to.
    QString baseDir;

    static Result<PermissionRule> parse(const QString &text, Kind kind, const QString &source);
    /// Whether the rule matches `subject` (a whole simple command for Bash; a language; a path).
    [[nodiscard]] bool matchesSubject(const QString &subject) const;
    /// Read/Edit rules: whether the pattern matches `absolutePath` (a cleaned absolute host path)
    /// for a run whose working directory is `workspace` and whose user's home is `home`.
    [[nodiscard]] bool matchesPath(const QString &absolutePath, const QString &workspace,
                                   const QString &home) const;
};

/// Decides each tool call. Pure and synchronous, so it is tested without any UI.
///
/// Plan mode first: a call that is not read-only is never run; it is denied as *proposed*, and
/// the decision carries what the policy would decide in default mode (Decision::proposal).
/// Otherwise: deny rules (any subcommand matching one denies; they hold in every mode, bypass
/// included), then bypassPermissions, then ask rules (any subcommand), then
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
    /// Where Read/Edit paths resolve: the run's workspace on the host (the working directory for
    /// `./` and bare patterns) and the user's home (`~/`). Defaults: "/workspace", QDir::homePath().
    void setPathContext(const QString &workspace, const QString &home = {});
    [[nodiscard]] QString workspace() const { return m_workspace; }

    /// Adds a rule; returns an error for text that is not a rule.
    Status addRule(const QString &text, PermissionRule::Kind kind, const QString &source);
    /// Adds an already parsed rule (keeps its baseDir).
    void addRule(const PermissionRule &rule) { m_rules.append(rule); }
    [[nodiscard]] const QList<PermissionRule> &rules() const { return m_rules; }

    [[nodiscard]] Decision evaluate(const ToolAction &action) const;

    /// Whether `rule` (of any kind) matches `action` the way evaluate() uses it: for Bash, at
    /// least one subcommand matches. For previews ("which calls would this rule have matched").
    [[nodiscard]] static bool ruleMatches(const PermissionRule &rule, const ToolAction &action);
    [[nodiscard]] bool ruleMatchesHere(const PermissionRule &rule, const ToolAction &action) const;

    /// acceptEdits: the simple filesystem commands Claude Code accepts in that mode (mkdir, touch,
    /// rm, rmdir, mv, cp, sed without commands that run or write elsewhere), when every path
    /// argument stays inside `workingDirectory`. Anything dynamic ($VAR, ~, …) does not count.
    [[nodiscard]] static bool isAcceptedFilesystemCommand(const QStringList &words,
                                                          const QString &workingDirectory);

private:
    [[nodiscard]] QString absolutePathOf(const ToolAction &action) const;
    [[nodiscard]] bool subjectMatches(const PermissionRule &rule, const ToolAction &action) const;

    PermissionMode m_mode = PermissionMode::Default;
    QString m_workspace = QStringLiteral("/workspace");
    QString m_home;
    QList<PermissionRule> m_rules;
};

} // namespace Workbench
