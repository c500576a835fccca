// SPDX-License-Identifier: MIT
#include "binaryrun.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace Workbench::TestSupport {

QString prepareBinaryTest(QString *binary, const QTemporaryDir &dir)
{
    *binary = qEnvironmentVariable("WORKBENCH_BINARY");
    if (!QFile::exists(*binary))
        return QStringLiteral("WORKBENCH_BINARY must point at the built agent-workbench");
    if (!dir.isValid())
        return QStringLiteral("no temporary folder: %1").arg(dir.errorString());
    makeEnterable(dir.path());
    return {};
}

QProcessEnvironment environmentWithHome(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    return env;
}

BinaryOutcome runBinary(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                        int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, args);
    BinaryOutcome o;
    if (!finished.wait(timeoutMs)) {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            (void)finished.wait(5000); // reaped before the QProcess goes away
        }
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}

void makeEnterable(const QString &path)
{
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOther | QFileDevice::ExeGroup);
}

} // namespace Workbench::TestSupport
