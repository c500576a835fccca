// SPDX-License-Identifier: MIT
#include "sandbox/sandbox.h"

#include <QJsonValue>

#include <csignal>
#include <cstring>

namespace Workbench {

namespace {

QString formatSeconds(int ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + QStringLiteral(" s");
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

// "16 MiB", "512 KiB", "100 bytes": limits are usually powers of two, so binary units read best.
QString formatBytes(qint64 bytes)
{
    const auto unit = [bytes](qint64 size, const char *name) -> QString {
        if (bytes % size == 0)
            return QString::number(bytes / size) + QLatin1Char(' ') + QLatin1String(name);
        return QString::number(double(bytes) / double(size), 'f', 1) + QLatin1Char(' ') + QLatin1String(name);
    };
    if (bytes >= (qint64(1) << 30))
        return unit(qint64(1) << 30, "GiB");
    if (bytes >= (qint64(1) << 20))
        return unit(qint64(1) << 20, "MiB");
    if (bytes >= 1024)
        return unit(1024, "KiB");
    return QString::number(bytes) + (bytes == 1 ? QStringLiteral(" byte") : QStringLiteral(" bytes"));
}

QString signalName(int sig)
{
    // glibc >= 2.32: "KILL" for 9, null for a number it does not know.
    const char *abbrev = sigabbrev_np(sig);
    return abbrev ? QStringLiteral("SIG") + QLatin1String(abbrev) : QString();
}

QString endName(ExecResult::End end)
{
    switch (end) {
    case ExecResult::End::Exited:
        return QStringLiteral("exited");
    case ExecResult::End::Signaled:
        return QStringLiteral("signaled");
    case ExecResult::End::TimedOut:
        return QStringLiteral("timedOut");
    case ExecResult::End::OutputLimit:
        return QStringLiteral("outputLimit");
    case ExecResult::End::Cancelled:
        return QStringLiteral("cancelled");
    case ExecResult::End::FailedToStart:
        return QStringLiteral("failedToStart");
    }
    return QString();
}

} // namespace

int ExecResult::shellStatus() const
{
    switch (end) {
    case End::Exited:
        return exitCode;
    case End::Signaled:
        return 128 + signal;
    case End::TimedOut:
    case End::OutputLimit:
    case End::Cancelled:
        // The run was ended with SIGKILL, which is what a shell would report.
        return 128 + SIGKILL;
    case End::FailedToStart:
        return 127; // a shell's "command could not be run"
    }
    return 127;
}

QString ExecResult::describe() const
{
    switch (end) {
    case End::Exited: {
        QString s = QStringLiteral("exited with status %1").arg(exitCode);
        // A sandbox's PID-1 reports a killed command as 128 + signal, like a shell does, so such a
        // status most likely means a signal; say so rather than guess.
        if (exitCode > 128 && exitCode <= 128 + 64) {
            const int sig = exitCode - 128;
            const QString name = signalName(sig);
            s += QStringLiteral(" (the status a shell reports when a command is killed by signal %1%2)")
                     .arg(sig)
                     .arg(name.isEmpty() ? QString() : QStringLiteral(", ") + name);
        }
        return s;
    }
    case End::Signaled: {
        const QString name = signalName(signal);
        return QStringLiteral("killed by signal %1").arg(signal) +
               (name.isEmpty() ? QString() : QStringLiteral(" (") + name + QLatin1Char(')'));
    }
    case End::TimedOut:
        return timeoutMs > 0
                   ? QStringLiteral("stopped: wall-clock limit of %1 reached").arg(formatSeconds(timeoutMs))
                   : QStringLiteral("stopped: wall-clock limit reached");
    case End::OutputLimit:
        return outputKillBytes > 0
                   ? QStringLiteral("stopped: output limit of %1 exceeded").arg(formatBytes(outputKillBytes))
                   : QStringLiteral("stopped: output limit exceeded");
    case End::Cancelled:
        return QStringLiteral("cancelled by the user");
    case End::FailedToStart:
        return QStringLiteral("could not start");
    }
    return QString();
}

QJsonObject ExecResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("end"), endName(end));
    if (end == End::Exited)
        o.insert(QStringLiteral("exitCode"), exitCode);
    if (end == End::Signaled)
        o.insert(QStringLiteral("signal"), signal);
    o.insert(QStringLiteral("shellStatus"), shellStatus());
    o.insert(QStringLiteral("description"), describe());
    o.insert(QStringLiteral("durationMs"), durationMs);
    // Output is untrusted bytes; invalid UTF-8 becomes U+FFFD rather than breaking the JSON.
    o.insert(QStringLiteral("stdout"), QString::fromUtf8(stdoutText));
    o.insert(QStringLiteral("stderr"), QString::fromUtf8(stderrText));
    o.insert(QStringLiteral("stdoutBytes"), stdoutBytes);
    o.insert(QStringLiteral("stderrBytes"), stderrBytes);
    if (timeoutMs > 0)
        o.insert(QStringLiteral("timeoutMs"), timeoutMs);
    if (outputKillBytes > 0)
        o.insert(QStringLiteral("outputKillBytes"), outputKillBytes);
    return o;
}

} // namespace Workbench
