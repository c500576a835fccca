// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Workbench {

/// One simple command found in a shell command line, after wrappers (`sudo`, `env`, `nice`,
/// `timeout`, `command`, `exec`, `nohup`, `time`, `xargs`, …) and leading `NAME=value`
/// assignments were taken off. Redirections are not part of `words`.
struct SimpleCommand
{
    QStringList words;       ///< argv as the shell would pass it (quotes removed)
    QStringList writes;      ///< files written through `>`, `>>`, `&>`, `>|`
    bool pipedInput = false; ///< stdin comes from a pipe (`… | this`)

    /// The words joined by single spaces: what Bash rules are matched against.
    [[nodiscard]] QString text() const { return words.join(QLatin1Char(' ')); }
    [[nodiscard]] QString name() const { return words.value(0); }
};

/// The result of splitting a command line. When `confident` is false the split is a best effort
/// (useful for deny rules) and `why` says in plain words what could not be understood; callers
/// must then ask rather than allow.
struct ShellParse
{
    QList<SimpleCommand> commands;
    QStringList writes; ///< every file any redirection writes, in order
    bool confident = true;
    QString why;
};

/// A small, conservative shell (bash) splitter of our own. It finds every simple command in a
/// command line: across `&&`, `||`, `;`, `|`, `&`, newlines, `( )` subshells, `{ }` groups,
/// `$( )` and backticks (also inside double quotes), `bash -c '…'`, `eval`, `xargs CMD`,
/// `find … -exec CMD … ;`. It understands quotes, backslashes, comments and here-documents.
/// It does not run or expand anything. Constructs it does not understand (process substitution,
/// functions, `case`, a variable as the command name, unbalanced quotes, …) make it not confident.
class ShellParser
{
public:
    [[nodiscard]] static ShellParse parse(const QString &commandLine);
};

} // namespace Workbench
