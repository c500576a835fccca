// SPDX-License-Identifier: MIT
#include "sandbox/sandbox.h"

#include <QJsonArray>
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
    case ExecResult::End::WorkspaceGrowth:
        return QStringLiteral("workspaceGrowth");
    case ExecResult::End::Cancelled:
        return QStringLiteral("cancelled");
    case ExecResult::End::FailedToStart:
        return QStringLiteral("failedToStart");
    }
    return QString();
}

QJsonArray filesToJson(const QList<ChangedFile> &files)
{
    QJsonArray a;
    for (const ChangedFile &f : files)
        a.append(QJsonObject{{QStringLiteral("path"), f.path},
                             {QStringLiteral("type"), f.type},
                             {QStringLiteral("size"), f.size}});
    return a;
}

QList<ChangedFile> filesFromJson(const QJsonValue &v)
{
    QList<ChangedFile> out;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        out.append({o.value(QLatin1String("path")).toString(), o.value(QLatin1String("type")).toString(),
                    qint64(o.value(QLatin1String("size")).toDouble())});
    }
    return out;
}

QString shortBytes(qint64 n)
{
    if (n < 1024)
        return QString::number(n) + QStringLiteral(" B");
    if (n < (qint64(1) << 20))
        return QString::number(double(n) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
    return QString::number(double(n) / double(1 << 20), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

std::optional<qint64> parseByteSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    // "MiB" and "MB" read as "M"; a bare "B" after digits means bytes.
    if (t.size() >= 3 && t.endsWith(QLatin1String("IB")) &&
        QStringLiteral("KMG").contains(t.at(t.size() - 3)))
        t.chop(2);
    else if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    int shift = 0;
    if (t.endsWith(QLatin1Char('K')))
        shift = 10;
    else if (t.endsWith(QLatin1Char('M')))
        shift = 20;
    else if (t.endsWith(QLatin1Char('G')))
        shift = 30;
    if (shift > 0)
        t.chop(1);
    if (t.isEmpty())
        return std::nullopt;
    for (const QChar ch : std::as_const(t)) {
        if (!ch.isDigit() || ch.unicode() > 0x7f)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n <= 0 || n > (qint64(1) << (62 - shift)))
        return std::nullopt;
    return n << shift;
}

Limits Limits::normalized() const
{
    const Limits d;
    Limits l = *this;
    if (l.cpuSeconds <= 0)
        l.cpuSeconds = d.cpuSeconds;
    if (l.addressSpaceBytes <= 0)
        l.addressSpaceBytes = d.addressSpaceBytes;
    if (l.processes <= 0)
        l.processes = d.processes;
    if (l.fileSizeBytes <= 0)
        l.fileSizeBytes = d.fileSizeBytes;
    if (l.openFiles <= 0)
        l.openFiles = d.openFiles;
    if (l.coreBytes < 0)
        l.coreBytes = d.coreBytes;
    if (l.workspaceGrowthBytes <= 0)
        l.workspaceGrowthBytes = d.workspaceGrowthBytes;
    return l;
}

QJsonObject Limits::toJson() const
{
    return {{QStringLiteral("cpuSeconds"), cpuSeconds},
            {QStringLiteral("addressSpaceBytes"), addressSpaceBytes},
            {QStringLiteral("processes"), processes},
            {QStringLiteral("fileSizeBytes"), fileSizeBytes},
            {QStringLiteral("openFiles"), openFiles},
            {QStringLiteral("coreBytes"), coreBytes},
            {QStringLiteral("workspaceGrowthBytes"), workspaceGrowthBytes}};
}

QString WorkspaceChanges::summary(int maxItems) const
{
    if (isEmpty() && !writeBackError.isEmpty())
        return writeBackError;
    if (isEmpty())
        return truncated ? QStringLiteral("Changed: unknown (workspace too large to scan fully)") : QString();
    QStringList items;
    int total = 0;
    const auto add = [&](const QList<ChangedFile> &files, QChar mark, bool withSize) {
        for (const ChangedFile &f : files) {
            ++total;
            if (items.size() >= maxItems)
                continue;
            QString item = mark + f.path + (f.type == QLatin1String("dir") ? QStringLiteral("/") : QString());
            if (withSize && f.type == QLatin1String("file"))
                item += QStringLiteral(" (") + shortBytes(f.size) + QLatin1Char(')');
            items.append(item);
        }
    };
    add(created, QLatin1Char('+'), true);
    add(modified, QLatin1Char('~'), false);
    add(deleted, QChar(0x2212), false);
    QString line = QStringLiteral("Changed: ") + items.join(QStringLiteral(", "));
    if (total > items.size())
        line += QStringLiteral(" and %1 more").arg(total - items.size());
    if (truncated)
        line += QStringLiteral(" (scan capped; may be incomplete)");
    if (!writeBackError.isEmpty())
        line += QStringLiteral(". ") + writeBackError;
    return line;
}

QJsonObject WorkspaceChanges::toJson() const
{
    QJsonObject o{{QStringLiteral("created"), filesToJson(created)},
                  {QStringLiteral("modified"), filesToJson(modified)},
                  {QStringLiteral("deleted"), filesToJson(deleted)},
                  {QStringLiteral("growthBytes"), growthBytes},
                  {QStringLiteral("truncated"), truncated}};
    if (writtenBack)
        o.insert(QStringLiteral("writtenBack"), true);
    if (!writeBackError.isEmpty())
        o.insert(QStringLiteral("writeBackError"), writeBackError);
    return o;
}

WorkspaceChanges WorkspaceChanges::fromJson(const QJsonObject &o)
{
    WorkspaceChanges c;
    c.created = filesFromJson(o.value(QLatin1String("created")));
    c.modified = filesFromJson(o.value(QLatin1String("modified")));
    c.deleted = filesFromJson(o.value(QLatin1String("deleted")));
    c.growthBytes = qint64(o.value(QLatin1String("growthBytes")).toDouble());
    c.truncated = o.value(QLatin1String("truncated")).toBool();
    c.writtenBack = o.value(QLatin1String("writtenBack")).toBool();
    c.writeBackError = o.value(QLatin1String("writeBackError")).toString();
    c.scanned = !o.isEmpty();
    return c;
}

int ExecResult::shellStatus() const
{
    switch (end) {
    case End::Exited:
        return exitCode;
    case End::Signaled:
        return 128 + signal;
    case End::TimedOut:
    case End::OutputLimit:
    case End::WorkspaceGrowth:
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
    if (end == End::Exited && !limitDetail.isEmpty())
        return QStringLiteral("stopped: %1; exited with status %2").arg(limitDetail).arg(exitCode);
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
    case End::WorkspaceGrowth:
        return workspaceGrowthBytes > 0 ? QStringLiteral("stopped: the workspace grew by more than %1")
                                              .arg(formatBytes(workspaceGrowthBytes))
                                        : QStringLiteral("stopped: the workspace grew past its limit");
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
    if (workspaceGrowthBytes > 0)
        o.insert(QStringLiteral("workspaceGrowthBytes"), workspaceGrowthBytes);
    if (!limit.isEmpty())
        o.insert(QStringLiteral("limit"), limit);
    if (!limitMechanism.isEmpty()) {
        // Which mechanism held memory and processes for this very run, and what it counted.
        QJsonObject m{{QStringLiteral("mechanism"), limitMechanism},
                      {QStringLiteral("reason"), limitMechanismReason}};
        if (memoryLimitKills >= 0)
            m.insert(QStringLiteral("memoryLimitKills"), memoryLimitKills);
        if (processLimitHits >= 0)
            m.insert(QStringLiteral("processLimitHits"), processLimitHits);
        o.insert(QStringLiteral("limitMechanism"), m);
    }
    if (changes.scanned)
        o.insert(QStringLiteral("changes"), changes.toJson());
    return o;
}

} // namespace Workbench
