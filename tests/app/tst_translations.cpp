// SPDX-License-Identifier: MIT
// The translation catalogues are complete: every message of translations/*.ts is finished, keeps
// its source's placeholders, keyboard accelerator and plural forms, and the compiled catalogue
// (embedded under :/i18n like the app's) translates known strings.
#include "agent/toolregistry.h"
#include "approval/permissionpolicy.h"
#include "llm/apierrors.h"
#include "models/coretext.h"
#include "sandbox/bridgeclient.h"
#include "sandbox/sandbox.h"
#include "sandbox/unsandboxedrunner.h"
#include "transcript/runinspection.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Workbench;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement()) {
            // A plural message's forms are complete when its <translation> closes.
            if (name == "translation"_L1 && current.numerus)
                messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            }
        } else if (name == "numerusform"_L1) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d+|%n"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// A single '&' before a character marks an accelerator; "&&" is a literal ampersand.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(WB_TRANSLATIONS_DIR "/agent-workbench_") + language + u".ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << u"de"_s << 2;
        QTest::newRow("ko") << u"ko"_s << 1;
    }

private Q_SLOTS:
    void catalogueIsComplete_data() { languages(); }
    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString declared, error;
        const QList<Message> messages = readTs(tsPath(language), &declared, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(declared, language);
        QVERIFY(messages.size() > 100);

        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": \""_s + m.source + u'"';
            if (m.type == "vanished"_L1 || m.type == "obsolete"_L1)
                continue;
            if (m.type == "unfinished"_L1)
                problems << u"unfinished: "_s + where;
            if (m.numerus && m.translations.size() != pluralForms)
                problems << u"%1 plural forms instead of %2: "_s.arg(m.translations.size()).arg(pluralForms) +
                                where;
            for (const QString &t : m.translations) {
                if (t.isEmpty()) {
                    problems << u"empty translation: "_s + where;
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ in \""_s + t + u"\": "_s + where;
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problems << u"accelerator lost in \""_s + t + u"\": "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void embeddedCatalogueTranslates_data() { languages(); }
    void embeddedCatalogueTranslates()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/agent-workbench_"_s + language));
        QCOMPARE(translator.language(), language);

        const char *const known[][2] = {
            {"Workbench::ApprovalDialog", "Approve"},
            {"Workbench::ApprovalDialog", "&Deny"},
            {"Workbench::MainWindow", "&File"},
            {"Workbench::SettingsDialog", "Settings"},
            {"Workbench::WelcomeView", "Workspace folder"},
        };
        for (const auto &k : known) {
            const QString t = translator.translate(k[0], k[1]);
            QVERIFY2(!t.isEmpty(), k[1]);
            QVERIFY2(t != QLatin1String(k[1]), k[1]);
        }
        // Plural forms are chosen, and %n filled in, through the application's translators.
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString plural =
            QCoreApplication::translate("Workbench::ClaudeCodeSessionModel", "%n session(s)", nullptr, 3);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(plural.contains(u'3') && !plural.contains(u"(s)"_s), qPrintable(plural));
    }

    // Core keeps its phrases in English; CoreText::display() shows them in the UI language.
    // The phrases come from the code that builds them, so a reworded message that the template
    // list no longer matches fails here.
    void coreText_isShownInTheUiLanguage_data() { languages(); }
    void coreText_isShownInTheUiLanguage()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        auto runner = UnsandboxedRunner::create(dir.path());
        QVERIFY(runner);
        ToolRegistry tools(runner->get());
        const auto script =
            tools.describe(u"toolu_1"_s, u"run_script"_s,
                           QJsonObject{{"language"_L1, u"python"_s}, {"code"_L1, u"a = 1\nb = 2\n"_s}});
        QVERIFY(script);
        PermissionPolicy policy;
        const Decision asked = policy.evaluate(*script);
        ExecResult exited;
        exited.end = ExecResult::End::Exited;
        exited.exitCode = 3;
        const QStringList english = {script->summary, asked.reason, exited.describe()};
        for (const QString &e : english)
            QCOMPARE(CoreText::display(e), e); // no translator: English as it is

        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/agent-workbench_"_s + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QStringList shown;
        for (const QString &e : english)
            shown << CoreText::display(e);
        QCoreApplication::removeTranslator(&translator);
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(shown.at(i) != english.at(i), qPrintable(english.at(i)));
            // Arguments survive: the line count, the mode, the status.
            for (const QString &arg : {u"2"_s, u"default"_s, u"3"_s}) {
                if (english.at(i).contains(arg))
                    QVERIFY2(shown.at(i).contains(arg), qPrintable(shown.at(i)));
            }
        }
        // The script's language is shown by its name, not its id ("Python-Skript").
        QVERIFY2(shown.at(0).contains(u"Python"_s) && !shown.at(0).contains(u"python"_s),
                 qPrintable(shown.at(0)));
        // A reason nested in another is translated at each level.
        QVERIFY2(!shown.at(1).contains(u"no rule allows"_s), qPrintable(shown.at(1)));
    }

    // The API's retry notices and errors, as ApiErrors builds them and the conversation shows them
    // (a notice's text; an error's Error::toString()), come out in the UI language with every
    // number, id and API message kept.
    void coreText_apiErrorsAreShownInTheUiLanguage_data() { languages(); }
    void coreText_apiErrorsAreShownInTheUiLanguage()
    {
        QFETCH(QString, language);
        const QByteArray body =
            R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})";
        const Error overloaded = ApiErrors::fromHttpResponse(529, body, u"req_0123"_s);
        const Error server = ApiErrors::fromHttpResponse(502, "<html>bad gateway</html>", {});
        const QStringList english = {
            ApiErrors::retryNotice(2, 3, 4000, overloaded),
            ApiErrors::retryNotice(3, 5, 1500, server),
            overloaded.toString(),
            server.toString(),
            ApiErrors::midStream(
                QJsonObject{{"type"_L1, u"overloaded_error"_s}, {"message"_L1, u"Overloaded"_s}},
                u"req_0456"_s)
                .toString(),
            ApiErrors::connectTimeout(QUrl(u"https://api.example.com"_s), 10000).toString(),
            ApiErrors::idleTimeout(90000, u"req_0789"_s).toString(),
        };
        QCOMPARE(english.at(0),
                 u"The API is overloaded (529); retrying in 4 s — attempt 2 of 3. request-id: req_0123"_s);
        for (const QString &e : english)
            QCOMPARE(CoreText::display(e), e);

        // As the app does: the catalogue, and the language's locale for numbers.
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/agent-workbench_"_s + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QLocale saved;
        const QLocale locale(language);
        QLocale::setDefault(locale);
        QStringList shown;
        for (const QString &e : english)
            shown << CoreText::display(e);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(saved);

        // What core words is gone; what the API or the run supplied is still there (counts and
        // durations as the UI locale writes them: "10.000 ms").
        static const QRegularExpression englishWords(
            u"retrying|attempt|Try again|The API (is|had|said|sent|reported)|Could not|request-id"_s);
        static const QRegularExpression kept(
            u"req_\\d+|\\b\\d+\\b|Overloaded|bad gateway|https://api\\.example\\.com"_s);
        for (int i = 0; i < english.size(); ++i) {
            const QString &e = english.at(i);
            const QString &t = shown.at(i);
            QVERIFY2(!englishWords.match(t).hasMatch(), qPrintable(t));
            for (auto it = kept.globalMatch(e); it.hasNext();) {
                const QString piece = it.next().captured();
                bool isNumber = false;
                const qlonglong number = piece.toLongLong(&isNumber);
                QVERIFY2(t.contains(piece) || (isNumber && t.contains(locale.toString(number))),
                         qPrintable(piece + u" missing from: "_s + t));
            }
        }
    }

    // The Cloudflare bridge's errors are worded where they happen (tr() in core/sandbox) and name
    // the bridge's address; the wrapping phrase the run adds is translated by CoreText.
    void bridgeErrorsAreShownInTheUiLanguage_data() { languages(); }
    void bridgeErrorsAreShownInTheUiLanguage()
    {
        QFETCH(QString, language);
        BridgeEndpoint endpoint;
        endpoint.url = QUrl(u"https://sandbox.example.com"_s);
        const char *const what = "Running the command";
        const auto build = [&] {
            const QString operation = QCoreApplication::translate("Workbench::CloudflareExecJob", what);
            const Error refused = bridgeError(endpoint, operation, 0, QNetworkReply::ConnectionRefusedError,
                                              u"Connection refused"_s, {});
            const Error server = bridgeError(endpoint, operation, 502, QNetworkReply::NoError, {},
                                             R"({"error":"boom","code":"internal"})");
            return QStringList{refused.message, server.message,
                               CoreText::display(u"The sandbox could not start: %1. Nothing was run."_s.arg(
                                   refused.message))};
        };
        const QStringList english = build();
        QVERIFY2(english.at(0).startsWith(QLatin1String(what)), qPrintable(english.at(0)));

        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/agent-workbench_"_s + language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QStringList shown = build();
        QCoreApplication::removeTranslator(&translator);
        for (int i = 0; i < english.size(); ++i) {
            const QString &t = shown.at(i);
            QVERIFY2(t != english.at(i), qPrintable(t));
            QVERIFY2(t.contains(endpoint.displayUrl()), qPrintable(t));
            QVERIFY2(!t.contains(u"failed"_s) && !t.contains(QLatin1String(what)) &&
                         !t.contains(u"Nothing was run"_s),
                     qPrintable(t));
        }
        QVERIFY2(shown.at(1).contains(u"502"_s), qPrintable(shown.at(1)));
    }

    // Costs are written with the UI locale's digits ("$0,0089" in German).
    void costFollowsTheUiLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(u"de"_s));
        const QString german = RunInspection::formatCost(0.0089);
        QLocale::setDefault(QLocale(u"ko"_s));
        const QString korean = RunInspection::formatCost(0.0089);
        QLocale::setDefault(saved);
        QCOMPARE(german, u"$0,0089"_s);
        QCOMPARE(korean, u"$0.0089"_s);
    }

    // So are durations: "4,50 s", never "4.50 s", in German.
    void durationFollowsTheUiLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(u"de"_s));
        const QString german = RunInspection::formatDuration(4500);
        QLocale::setDefault(QLocale(u"en"_s));
        const QString english = RunInspection::formatDuration(4500);
        QLocale::setDefault(saved);
        QCOMPARE(german, u"4,50 s"_s);
        QCOMPARE(english, u"4.50 s"_s);
    }

    void coreText_everyTemplateIsTranslated_data() { languages(); }
    void coreText_everyTemplateIsTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/agent-workbench_"_s + language));
        QStringList missing;
        for (const QString &t : CoreText::templates()) {
            const QString translated = translator.translate("CoreText", t.toUtf8().constData());
            if (translated.isEmpty())
                missing << t;
            else if (placeholders(translated) != placeholders(t))
                missing << u"placeholders differ: "_s + t;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
