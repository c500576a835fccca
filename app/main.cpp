// SPDX-License-Identifier: MIT
#include "apikeystore.h"
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

using namespace Workbench;

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    // The headless commands never need a display.
    if (Cli::isCliCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("agent-workbench"));
        QCoreApplication::setApplicationName(QStringLiteral("agent-workbench"));
        QCoreApplication::setApplicationVersion(QStringLiteral(WORKBENCH_VERSION));
        Cli cli(args);
        cli.start();
        return app.exec();
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("agent-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("agent-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WORKBENCH_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Agent Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("dev.agentworkbench.AgentWorkbench"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("agent-workbench"), QIcon(QStringLiteral(":/workbench/icons/agent-workbench.png"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Watch Claude work: the conversation, each script it writes and that script's sandboxed output.\n"
        "Headless commands: run, sandbox-exec, transcript (see agent-workbench run --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the bundled recorded demo run."));
    parser.addOption(demo);
    parser.process(app);

    ApiKeyStore keys;
    MainWindow window(&keys);
    window.show();
    keys.load();
    if (parser.isSet(demo))
        window.startDemo();
    return app.exec();
}
