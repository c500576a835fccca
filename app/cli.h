// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

namespace Workbench {

/// The headless command line (DESIGN.md "Command line"): `run`, `sandbox-exec`, `transcript`.
/// Runs inside a QCoreApplication event loop and ends it with the command's exit status.
class Cli : public QObject
{
    Q_OBJECT
public:
    /// True when `args` (argv without the program) names a CLI subcommand.
    static bool isCliCommand(const QStringList &args);

    explicit Cli(QStringList args, QObject *parent = nullptr);
    /// Starts the command once the event loop runs; the loop exits with its status.
    void start();

private:
    void dispatch();
    int runCommand();
    int sandboxExecCommand();
    int transcriptCommand();
    void done(int status);

    QStringList m_args;
};

} // namespace Workbench
