// SPDX-License-Identifier: MIT
#include "scriptview.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Workbench;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QColor sciColor(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

QColor styleBack(QsciScintilla *editor, int style)
{
    return sciColor(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, style));
}

QColor styleFore(QsciScintilla *editor, int style)
{
    return sciColor(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETFORE, style));
}

// WCAG 2 contrast ratio.
qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class tst_ScriptView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QApplication::setPalette(lightPalette()); }

    void languageChoosesLexer_data();
    void languageChoosesLexer();
    void showScript_showsTextVerbatimAndReadOnly();
    void showScript_headerShowsTitleLanguageAndDirectory();
    void clear_removesTextAndLexer();
    void showingTheSameScriptAgain_keepsTheReadersPlace();
    void darkPalette_givesDarkPaperAndLightText_data();
    void darkPalette_givesDarkPaperAndLightText();
    void lightPalette_givesLightPaper();
    void paletteChange_restylesShownScript();
    void everyLexerStyle_isReadable_data();
    void everyLexerStyle_isReadable();
};

void tst_ScriptView::languageChoosesLexer_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lexer");
    QTest::newRow("bash") << QStringLiteral("bash") << QStringLiteral("Bash");
    QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("Bash");
    QTest::newRow("shell") << QStringLiteral("shell") << QStringLiteral("Bash");
    QTest::newRow("python") << QStringLiteral("python") << QStringLiteral("Python");
    QTest::newRow("python3") << QStringLiteral("python3") << QStringLiteral("Python");
    QTest::newRow("py") << QStringLiteral("py") << QStringLiteral("Python");
    QTest::newRow("Python (case)") << QStringLiteral("Python") << QStringLiteral("Python");
    QTest::newRow("javascript") << QStringLiteral("javascript") << QStringLiteral("JavaScript");
    QTest::newRow("js") << QStringLiteral("js") << QStringLiteral("JavaScript");
    QTest::newRow("node") << QStringLiteral("node") << QStringLiteral("JavaScript");
    QTest::newRow("typescript") << QStringLiteral("typescript") << QStringLiteral("JavaScript");
    QTest::newRow("ts") << QStringLiteral("ts") << QStringLiteral("JavaScript");
    QTest::newRow("perl") << QStringLiteral("perl") << QStringLiteral("Perl");
    QTest::newRow("ruby") << QStringLiteral("ruby") << QStringLiteral("Ruby");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("JSON");
    QTest::newRow("cpp") << QStringLiteral("cpp") << QStringLiteral("C++");
    QTest::newRow("c") << QStringLiteral("c") << QStringLiteral("C++");
    QTest::newRow("c++") << QStringLiteral("c++") << QStringLiteral("C++");
    QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("Markdown");
    QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("Markdown");
    QTest::newRow("diff") << QStringLiteral("diff") << QStringLiteral("Diff");
    QTest::newRow("text → none") << QStringLiteral("text") << QString();
    QTest::newRow("unknown → none") << QStringLiteral("cobol") << QString();
    QTest::newRow("empty → none") << QString() << QString();
}

void tst_ScriptView::languageChoosesLexer()
{
    QFETCH(QString, language);
    QFETCH(QString, lexer);

    QObject parent;
    QsciLexer *created = createLexerForLanguage(language, &parent);
    QCOMPARE(created ? QString::fromLatin1(created->language()) : QString(), lexer);
    if (created)
        QCOMPARE(created->parent(), &parent);

    ScriptView view;
    view.showScript(QStringLiteral("Run it"), language, QStringLiteral("x = 1\n"));
    QCOMPARE(view.lexerLanguage(), lexer);
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->lexer() ? QString::fromLatin1(editor->lexer()->language()) : QString(), lexer);
}

void tst_ScriptView::showScript_showsTextVerbatimAndReadOnly()
{
    ScriptView view;
    const QString script = QStringLiteral("#!/usr/bin/env python3\n# naïve – ünïcode ✓\r\nimport os\n\n"
                                          "print(\"<b>not html</b>\")\n\ttabbed\n  trailing  \n");
    view.showScript(QStringLiteral("Run python script (7 lines)"), QStringLiteral("python"), script,
                    QStringLiteral("/workspace"));
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), script);
    QVERIFY(editor->isReadOnly());
    QVERIFY(!editor->isUndoAvailable());

    // A second script replaces the first one completely.
    view.showScript(QStringLiteral("Run"), QStringLiteral("bash"), QStringLiteral("echo hi"));
    QCOMPARE(editor->text(), QStringLiteral("echo hi"));
    QVERIFY(editor->isReadOnly());
}

void tst_ScriptView::showScript_headerShowsTitleLanguageAndDirectory()
{
    ScriptView view;
    view.resize(600, 300);
    view.show();
    view.showScript(QStringLiteral("Run python script (3 lines)"), QStringLiteral("python"),
                    QStringLiteral("print(1)"), QStringLiteral("/workspace/project"));
    auto *title = view.findChild<ElidedLabel *>(QStringLiteral("scriptTitleLabel"));
    auto *language = view.findChild<QLabel *>(QStringLiteral("scriptLanguageLabel"));
    auto *directory = view.findChild<ElidedLabel *>(QStringLiteral("scriptWorkingDirectoryLabel"));
    QVERIFY(title && language && directory);
    QCOMPARE(title->fullText(), QStringLiteral("Run python script (3 lines)"));
    QVERIFY(language->text().contains(QStringLiteral("python")));
    QVERIFY(directory->fullText().contains(QStringLiteral("/workspace/project")));
    QVERIFY(directory->isVisible());

    view.showScript(QStringLiteral("t"), QStringLiteral("bash"), QStringLiteral("ls"));
    QVERIFY(!directory->isVisible());
}

void tst_ScriptView::clear_removesTextAndLexer()
{
    ScriptView view;
    view.showScript(QStringLiteral("t"), QStringLiteral("python"), QStringLiteral("print(1)"));
    view.clear();
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    QVERIFY(editor->text().isEmpty());
    QVERIFY(view.lexerLanguage().isEmpty());
    QVERIFY(editor->isReadOnly());
}

void tst_ScriptView::showingTheSameScriptAgain_keepsTheReadersPlace()
{
    ScriptView view;
    view.resize(400, 200);
    view.show();
    QString script;
    for (int i = 0; i < 200; ++i)
        script += QStringLiteral("print(%1)\n").arg(i);
    view.showScript(QStringLiteral("t"), QStringLiteral("python"), script);
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    QsciLexer *lexer = editor->lexer();
    editor->setFirstVisibleLine(120);
    editor->setCursorPosition(130, 2);

    view.showScript(QStringLiteral("t"), QStringLiteral("python"), script);
    QCOMPARE(editor->firstVisibleLine(), 120);
    QCOMPARE(editor->lexer(), lexer);

    // A new title alone keeps the place too; new text starts at the top.
    view.showScript(QStringLiteral("t2"), QStringLiteral("python"), script);
    QCOMPARE(editor->firstVisibleLine(), 120);
    view.showScript(QStringLiteral("t2"), QStringLiteral("python"), script + QStringLiteral("more\n"));
    QCOMPARE(editor->firstVisibleLine(), 0);
    QCOMPARE(editor->text(), script + QStringLiteral("more\n"));

    // Switching language swaps the lexer.
    view.showScript(QStringLiteral("t2"), QStringLiteral("bash"), script);
    QCOMPARE(view.lexerLanguage(), QStringLiteral("Bash"));
    view.clear();
    view.showScript(QStringLiteral("t2"), QStringLiteral("bash"), script);
    QCOMPARE(view.lexerLanguage(), QStringLiteral("Bash"));
    QCOMPARE(editor->text(), script);
}

void tst_ScriptView::darkPalette_givesDarkPaperAndLightText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("python") << QStringLiteral("python");
    QTest::newRow("bash") << QStringLiteral("bash");
    QTest::newRow("plain text") << QStringLiteral("text");
}

void tst_ScriptView::darkPalette_givesDarkPaperAndLightText()
{
    QFETCH(QString, language);
    QApplication::setPalette(darkPalette());
    ScriptView view;
    view.showScript(QStringLiteral("t"), language, QStringLiteral("x = 1 # comment\n"));
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    for (int style : {0, int(QsciScintillaBase::STYLE_DEFAULT)}) {
        QVERIFY2(styleBack(editor, style).lightness() < 128, qPrintable(styleBack(editor, style).name()));
        QVERIFY2(styleFore(editor, style).lightness() >= 128, qPrintable(styleFore(editor, style).name()));
    }
    if (QsciLexer *lexer = editor->lexer()) {
        QVERIFY(lexer->paper(0).lightness() < 128);
        QVERIFY(lexer->defaultPaper().lightness() < 128);
    } else {
        QVERIFY(editor->paper().lightness() < 128);
    }
    // The line-number margin follows too.
    QVERIFY(styleBack(editor, QsciScintillaBase::STYLE_LINENUMBER).lightness() < 128);
}

void tst_ScriptView::lightPalette_givesLightPaper()
{
    ScriptView view;
    view.showScript(QStringLiteral("t"), QStringLiteral("python"), QStringLiteral("x = 1\n"));
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    QVERIFY(styleBack(editor, 0).lightness() >= 128);
    QVERIFY(styleBack(editor, QsciScintillaBase::STYLE_DEFAULT).lightness() >= 128);
    QVERIFY(editor->lexer()->paper(0).lightness() >= 128);
}

void tst_ScriptView::paletteChange_restylesShownScript()
{
    ScriptView view;
    view.showScript(QStringLiteral("t"), QStringLiteral("python"), QStringLiteral("x = 1\n"));
    auto *editor = view.findChild<QsciScintilla *>(QStringLiteral("scriptEditor"));
    QVERIFY(styleBack(editor, 0).lightness() >= 128);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(styleBack(editor, 0).lightness() < 128);
    QTRY_VERIFY(styleBack(editor, QsciScintillaBase::STYLE_DEFAULT).lightness() < 128);
    QCOMPARE(view.lexerLanguage(), QStringLiteral("Python"));
    QCOMPARE(editor->text(), QStringLiteral("x = 1\n"));
}

void tst_ScriptView::everyLexerStyle_isReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark palette") << true;
    QTest::newRow("light palette") << false;
}

void tst_ScriptView::everyLexerStyle_isReadable()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    QsciScintilla editor;
    for (const char *language :
         {"bash", "python", "javascript", "perl", "ruby", "json", "cpp", "markdown", "diff"}) {
        QsciLexer *lexer = createLexerForLanguage(QLatin1String(language), &editor);
        applyPaletteToEditor(&editor, lexer);
        for (int style = 0; style <= QsciScintillaBase::STYLE_MAX; ++style) {
            if (lexer->description(style).isEmpty())
                continue;
            const QColor fore = styleFore(&editor, style);
            const QColor back = styleBack(&editor, style);
            const QString where = QStringLiteral("%1 style %2 (%3): %4 on %5")
                                      .arg(QLatin1String(language))
                                      .arg(style)
                                      .arg(lexer->description(style), fore.name(), back.name());
            if (style == 0) // styles with a paper of their own keep a hint of it
                QVERIFY2(dark ? back.lightness() < 128 : back.lightness() >= 128, qPrintable(where));
            QVERIFY2(contrast(fore, back) >= 4.5, qPrintable(where));
        }
        editor.setLexer(nullptr);
        delete lexer;
    }
}

QTEST_MAIN(tst_ScriptView)
#include "tst_scriptview.moc"
