// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace Workbench::TestSupport {

/// What one run of a program left behind.
struct BinaryOutcome
{
    int exitCode = -1; ///< -1 when it crashed, could not start or did not finish in time
    QByteArray out;
    QByteArray err;
};

/// For a test of the built agent-workbench (ctest names it in WORKBENCH_BINARY): sets `binary`
/// to it and makes `dir` enterable (makeEnterable()). Returns what is missing, empty when ready.
[[nodiscard]] QString prepareBinaryTest(QString *binary, const QTemporaryDir &dir);

/// This process's environment with HOME at `home` and XDG_DATA_HOME unset, so what the binary
/// writes (transcripts, checkpoints) lands under the test's folder.
[[nodiscard]] QProcessEnvironment environmentWithHome(const QString &home);

/// Runs `program` with `args` in `env`, stdin on /dev/null (no terminal: nobody to ask), and
/// waits for it without blocking the event loop, so fake servers in the test's own process
/// answer it. After `timeoutMs` it is killed, and the outcome has exit code -1.
[[nodiscard]] BinaryOutcome runBinary(const QString &program, const QStringList &args,
                                      const QProcessEnvironment &env, int timeoutMs = 90000);

/// Lets everyone enter `path`: QTemporaryDir makes private (0700) folders, and the sandbox's
/// user of a root-run test must be able to reach a workspace inside one.
void makeEnterable(const QString &path);

} // namespace Workbench::TestSupport
