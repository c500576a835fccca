// SPDX-License-Identifier: MIT
#include "appearance.h"
#include "executionview.h"
#include "scriptview.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestAppearance : public QObject
{
    Q_OBJECT

    QString m_systemStyle;
    QPalette m_systemPalette;
    QFont m_systemFont;

private Q_SLOTS:
    void initTestCase()
    {
        m_systemStyle = QApplication::style()->name();
        m_systemPalette = QApplication::palette();
        m_systemFont = QApplication::font();
    }

    void dark_appliesAppWide_andTheScriptPaneFollows()
    {
        ScriptView script;
        script.showScript(u"t"_s, u"python"_s, u"def f():\n    return 1  # comment\n"_s);
        script.show();
        auto *editor = script.findChild<QsciScintilla *>();
        QVERIFY(editor);
        Appearance::apply(AppSettings::Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(Theme::isDark(editor->palette()));
        QsciLexer *lexer = editor->lexer();
        QVERIFY(lexer);
        // With a lexer attached, the paper on screen is the lexer's (the editor's own is unused).
        QVERIFY(lexer->paper(0).lightness() < 100);
        // Every lexer style is readable on the dark paper: WCAG AA contrast for normal text.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double paper = luminance(lexer->paper(0));
        for (int style = 0; style < 16; ++style) {
            if (lexer->description(style).isEmpty())
                continue;
            const double ratio = (luminance(lexer->color(style)) + 0.05) / (paper + 0.05);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2"_s.arg(lexer->description(style)).arg(ratio)));
        }
        Appearance::apply(AppSettings::Theme::Light);
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QTRY_VERIFY(editor->paper().lightness() > 200);
    }

    void system_restoresTheDesktopLook()
    {
        Appearance::apply(AppSettings::Theme::Dark);
        Appearance::apply(AppSettings::Theme::System);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Base), m_systemPalette.color(QPalette::Base));
        QCOMPARE(QApplication::palette().color(QPalette::Text), m_systemPalette.color(QPalette::Text));
    }

    void font_familyAndSize_applyAndReset()
    {
        const QString family = QFontDatabase::families().value(0);
        QVERIFY(!family.isEmpty());
        Appearance::apply(AppSettings::Theme::System, family, 17);
        QCOMPARE(QApplication::font().pointSize(), 17);
        QCOMPARE(QApplication::font().family(), family);
        Appearance::apply(AppSettings::Theme::System);
        QCOMPARE(QApplication::font().pointSize(), m_systemFont.pointSize());
        QCOMPARE(QApplication::font().family(), m_systemFont.family());
    }

    void palettes_haveReadableText()
    {
        for (const QPalette &p : {Appearance::darkPalette(), Appearance::lightPalette()}) {
            const QColor base = p.color(QPalette::Base);
            const QColor text = p.color(QPalette::Text);
            QVERIFY(qAbs(base.lightness() - text.lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::Window).lightness() - p.color(QPalette::WindowText).lightness()) >
                    150);
        }
        QVERIFY(Theme::isDark(Appearance::darkPalette()));
        QVERIFY(!Theme::isDark(Appearance::lightPalette()));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
