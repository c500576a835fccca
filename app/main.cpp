// SPDX-License-Identifier: MIT
#include "agent/appsettings.h"
#include "apikeystore.h"
#include "appearance.h"
#include "cli.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "remotesandboxquitguard.h"
#include "transcriptopener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Workbench;

namespace {

// The UI language: the setting when set, else the first of the system's UI languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that the app speaks; English needs no catalogue.
QString uiLanguage(const QString &setting)
{
    if (!setting.isEmpty())
        return setting;
    const QStringList known = AppSettings::knownLanguages();
    for (const QString &tag : QLocale::system().uiLanguages()) {
        const QString language = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (known.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

// Installs Qt's own strings and the app's catalogue (:/i18n/agent-workbench_<lang>.qm), before
// any window exists. A missing catalogue leaves the English source strings.
void installTranslators(QCoreApplication &app)
{
    const QString language = uiLanguage(AppSettings().language());
    if (language == QLatin1String("en"))
        return;
    // Numbers (costs, token counts) are written the way the UI language writes them.
    QLocale::setDefault(QLocale(language));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/agent-workbench_") + language))
        QCoreApplication::installTranslator(own);
}

} // namespace

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
        installTranslators(app);
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
    installTranslators(app);
    // Theme and font before the first window, so nothing is drawn twice.
    Appearance::applyFrom(AppSettings());
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
    parser.addPositionalArgument(
        QStringLiteral("transcript"),
        QStringLiteral("Transcripts or Claude Code sessions (.jsonl) to open read-only."),
        QStringLiteral("[FILE.jsonl...]"));
    parser.process(app);

    ApiKeyStore keys;
    // Remote sandboxes the app made and did not keep are deleted before it quits (3 s at most).
    RemoteSandboxQuitGuard quitGuard(&app);
    MainWindow window(&keys);
    window.show();
    keys.load();
    if (parser.isSet(demo))
        window.startDemo();
    for (const QString &file : parser.positionalArguments())
        window.integration()->transcripts()->open(file);
    return app.exec();
}
