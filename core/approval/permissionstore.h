// SPDX-License-Identifier: MIT
#pragma once

#include "approval/permissionpolicy.h"
#include "common/error.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Workbench {

/// Where an "approve and remember" rule is kept.
enum class RememberScope
{
    Run,     ///< this run only, in memory
    Project, ///< every run in this workspace
    User     ///< every run of this user
};

/// Rules kept in files, in the `permissions` block format of Claude Code's settings.json:
/// `{"permissions": {"allow": [...], "ask": [...], "deny": [...]}}`.
///
/// User rules live in `<GenericConfigLocation>/agent-workbench/permissions.json`; project rules
/// in `<same dir>/projects/<hash of the canonical workspace path>.json` — never inside the
/// workspace, which the sandboxed agent can write. Every rule loaded from a file carries that
/// file's path as its source, so a decision can say where its rule came from.
class PermissionStore
{
public:
    [[nodiscard]] static QString configDir();
    [[nodiscard]] static QString userFile();
    /// The project file for `workspace` (canonicalised; an empty string for an empty path).
    [[nodiscard]] static QString projectFile(const QString &workspace);

    /// Rules of a settings file (ours or Claude Code's; other keys are ignored). A missing file
    /// has no rules; an unreadable or malformed one is an error naming the file.
    [[nodiscard]] static Result<QList<PermissionRule>> load(const QString &file);
    /// Adds every rule of `file` to `policy`.
    static Status loadInto(PermissionPolicy &policy, const QString &file);
    /// Appends an allow rule to `file` (created with its folder, mode 0600); a rule already there
    /// is not added twice. `workspace` is recorded in project files for people reading them.
    static Status append(const QString &file, const QString &ruleText, const QString &workspace = {});

    /// Saves `ruleTexts` for `scope` and returns the source to record with them (the file, or
    /// "this run"). Nothing is written for RememberScope::Run.
    static Result<QString> remember(const QStringList &ruleTexts, RememberScope scope,
                                    const QString &workspace);

    /// The narrowest sensible rule(s) for approving `action` again: per subcommand for Bash
    /// (`Bash(npm run test:*)`, `Bash(git diff:*)`), `RunScript(python)`, `Edit(src/a.py)`.
    [[nodiscard]] static QStringList proposeRules(const ToolAction &action);
    /// The rule for always allowing network access to `host`:`port`: `WebFetch(domain:HOST)` for
    /// the web's ports (80, 443), else `WebFetch(domain:HOST:PORT)`; IPv6 literals in brackets.
    [[nodiscard]] static QString proposeNetworkRule(const QString &host, int port);
    /// Splits "Bash(a:*), Bash(b:*)" at commas or semicolons outside parentheses.
    [[nodiscard]] static QStringList splitRules(const QString &text);
};

} // namespace Workbench

Q_DECLARE_METATYPE(Workbench::RememberScope)
