// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
#include "approval/shellparser.h"

#include <QList>
#include <QString>

namespace Workbench {

/// One reason a tool call is risky, in plain words.
struct Risk
{
    QString category; ///< "recursive-delete", "disk", "permissions", "force-push", "hard-reset",
                      ///< "git-clean", "pipe-to-shell", "package-install", "overwrite", "network",
                      ///< "protected-path", "outside-workspace"
    QString reason;   ///< "rm -rf build deletes a whole directory tree"
};

/// Recognises calls that can destroy work or reach outside the task, and says why. It only
/// explains: PermissionPolicy decides that a risky call is asked about (outside bypass mode) even
/// when an allow rule matches. Stateless; a Bash call is split with ShellParser first.
class RiskClassifier
{
public:
    /// Risks of `action`. Bash commands (and bash/sh scripts of RunScript) are classified per
    /// subcommand; `parsed` may pass an already parsed command line to avoid parsing it twice.
    [[nodiscard]] static QList<Risk> classify(const ToolAction &action, const ShellParse *parsed = nullptr);
    [[nodiscard]] static QList<Risk> classifyShell(const ShellParse &parsed);
    /// Paths nobody should change without being asked: `.git/…`, the app's own settings
    /// (`…/agent-workbench/…`), `.claude/…`, shell start-up files.
    [[nodiscard]] static bool isProtectedPath(const QString &path);
    /// Redirection targets that write nothing anyone keeps: /dev/null, /dev/stdout, /dev/stderr.
    [[nodiscard]] static bool isHarmlessWriteTarget(const QString &path);
};

} // namespace Workbench
