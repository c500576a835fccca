// SPDX-License-Identifier: MIT
#include "scriptview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QPalette>
#include <QVBoxLayout>

#define signals Q_SIGNALS // see scriptview.h
#define slots Q_SLOTS
#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerperl.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerruby.h>
#undef signals
#undef slots

#include <cmath>

namespace Workbench {

namespace Theme {

namespace {

qreal channelLuminance(qreal c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

qreal relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channelLuminance(rgb.redF()) + 0.7152 * channelLuminance(rgb.greenF()) +
           0.0722 * channelLuminance(rgb.blueF());
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto lerp = [amount](qreal x, qreal y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(lerp(a.redF(), b.redF())), float(lerp(a.greenF(), b.greenF())),
                            float(lerp(a.blueF(), b.blueF())), float(lerp(a.alphaF(), b.alphaF())));
}

QColor readableOn(const QColor &foreground, const QColor &background, qreal minimumContrast)
{
    if (contrastRatio(foreground, background) >= minimumContrast)
        return foreground;
    const bool lighten = relativeLuminance(background) < 0.18;
    float h = 0;
    float s = 0;
    float l = 0;
    float a = 1;
    foreground.toHsl().getHslF(&h, &s, &l, &a);
    QColor candidate = foreground;
    for (int step = 0; step < 50; ++step) {
        l = lighten ? std::min(1.0f, l + 0.02f) : std::max(0.0f, l - 0.02f);
        // Judge the colour as it will be drawn: 8 bits per channel.
        candidate = QColor::fromRgba(QColor::fromHslF(h, s, l, a).rgba());
        if (contrastRatio(candidate, background) >= minimumContrast)
            return candidate;
    }
    return candidate;
}

QColor tone(int hue, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor seed = QColor::fromHsl(hue, 190, isDark(palette) ? 175 : 85);
    return readableOn(seed, base);
}

QColor errorColor(const QPalette &palette)
{
    return tone(2, palette);
}

QColor mutedText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    return readableOn(mix(text, base, 0.4), base);
}

QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
    }
    return font;
}

} // namespace Theme

ElidedLabel::ElidedLabel(Qt::TextElideMode mode, QWidget *parent)
    : QLabel(parent)
    , m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateGeometry();
    updateElidedText();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + m.left() + m.right(), QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElidedText();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateElidedText();
}

void ElidedLabel::updateElidedText()
{
    const QString shown = fontMetrics().elidedText(m_fullText, m_mode, contentsRect().width());
    setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

QsciLexer *createLexerForLanguage(const QString &language, QObject *parent)
{
    const QString name = language.trimmed().toLower();
    const auto is = [&name](std::initializer_list<const char *> names) {
        for (const char *candidate : names) {
            if (name == QLatin1String(candidate))
                return true;
        }
        return false;
    };
    if (is({"bash", "sh", "shell"}))
        return new QsciLexerBash(parent);
    if (is({"python", "python3", "py"}))
        return new QsciLexerPython(parent);
    if (is({"javascript", "js", "node", "typescript", "ts"}))
        return new QsciLexerJavaScript(parent);
    if (is({"perl"}))
        return new QsciLexerPerl(parent);
    if (is({"ruby"}))
        return new QsciLexerRuby(parent);
    if (is({"json"}))
        return new QsciLexerJSON(parent);
    if (is({"cpp", "c", "c++"}))
        return new QsciLexerCPP(parent);
    if (is({"markdown", "md"}))
        return new QsciLexerMarkdown(parent);
    if (is({"diff"}))
        return new QsciLexerDiff(parent);
    return nullptr;
}

namespace {

// The lexers ship colours chosen for black on white. Keep their hues, but put every style on the
// palette's Base, use the palette's Text for the plain styles and move the other colours' lightness
// until they read well. Styles with their own paper (here-documents, unclosed strings…) keep a
// faint tint of it.
void styleLexer(QsciLexer *lexer, const QPalette &palette, const QFont &font)
{
    const QColor paper = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const bool dark = Theme::isDark(palette);
    const QColor lexerPaper(Qt::white);
    const QColor lexerText(Qt::black);

    lexer->setDefaultPaper(paper);
    lexer->setDefaultColor(text);
    lexer->setDefaultFont(font);
    for (int style = 0; style <= QsciScintillaBase::STYLE_MAX; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        const QColor ownPaper = lexer->defaultPaper(style);
        const QColor stylePaper =
            ownPaper == lexerPaper ? paper : (dark ? Theme::mix(paper, ownPaper, 0.18) : ownPaper);
        const QColor ownColor = lexer->defaultColor(style);
        const QColor styleColor = ownColor == lexerText ? text : Theme::readableOn(ownColor, stylePaper);

        QFont styleFont = font;
        const QFont ownFont = lexer->defaultFont(style);
        styleFont.setBold(ownFont.bold());
        styleFont.setItalic(ownFont.italic());
        styleFont.setUnderline(ownFont.underline());

        lexer->setPaper(stylePaper, style);
        lexer->setColor(styleColor, style);
        lexer->setFont(styleFont, style);
    }
}

} // namespace

void applyPaletteToEditor(QsciScintilla *editor, QsciLexer *lexer)
{
    if (!editor)
        return;
    const QPalette palette = editor->palette();
    const QColor paper = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QFont font = Theme::monospaceFont();

    if (lexer)
        styleLexer(lexer, palette, font);
    // (Re)attaching makes the editor take every style from the lexer, including the default style
    // that colours the area past the last line; without a lexer it clears to Scintilla defaults,
    // so the plain-text colours are set afterwards.
    editor->setLexer(lexer);
    if (!lexer) {
        editor->setPaper(paper);
        editor->setColor(text);
        editor->setFont(font);
        editor->SendScintilla(QsciScintillaBase::SCI_STYLESETFORE, QsciScintillaBase::STYLE_DEFAULT, text);
    }

    editor->setCaretForegroundColor(text);
    editor->setCaretLineBackgroundColor(Theme::mix(paper, text, 0.07));
    editor->setSelectionBackgroundColor(palette.color(QPalette::Active, QPalette::Highlight));
    editor->setSelectionForegroundColor(palette.color(QPalette::Active, QPalette::HighlightedText));
    editor->setMarginsFont(font);
    editor->setMarginsBackgroundColor(Theme::mix(paper, text, 0.05));
    editor->setMarginsForegroundColor(Theme::mutedText(palette));
    editor->setFoldMarginColors(Theme::mix(paper, text, 0.05), Theme::mix(paper, text, 0.05));
    editor->setMatchedBraceBackgroundColor(Theme::mix(paper, palette.color(QPalette::Highlight), 0.3));
    editor->setMatchedBraceForegroundColor(text);
    editor->setUnmatchedBraceForegroundColor(Theme::errorColor(palette));
    editor->setUnmatchedBraceBackgroundColor(paper);
    editor->setIndentationGuidesForegroundColor(Theme::mix(paper, text, 0.2));
    editor->setIndentationGuidesBackgroundColor(paper);
    editor->setWhitespaceForegroundColor(Theme::mix(paper, text, 0.3));
    editor->setEdgeColor(Theme::mix(paper, text, 0.15));
}

ScriptView::ScriptView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scriptView"));

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("scriptHeader"));
    m_titleLabel = new ElidedLabel(Qt::ElideRight, header);
    m_titleLabel->setObjectName(QStringLiteral("scriptTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_languageLabel = new QLabel(header);
    m_languageLabel->setObjectName(QStringLiteral("scriptLanguageLabel"));
    m_languageLabel->setTextFormat(Qt::PlainText);
    m_directoryLabel = new ElidedLabel(Qt::ElideMiddle, header);
    m_directoryLabel->setObjectName(QStringLiteral("scriptWorkingDirectoryLabel"));
    m_directoryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *details = new QHBoxLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(12);
    details->addWidget(m_languageLabel);
    details->addWidget(m_directoryLabel, 1);

    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 6);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_titleLabel);
    headerLayout->addLayout(details);

    m_editor = new QsciScintilla(this);
    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setAccessibleName(tr("Script"));
    m_editor->setAccessibleDescription(tr("The script the selected tool call runs, read-only"));
    m_editor->setUtf8(true);
    m_editor->setReadOnly(true);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginLineNumbers(0, true);
    // A narrow gap between the numbers and the text, in the paper colour.
    m_editor->setMarginType(1, QsciScintilla::SymbolMarginDefaultBackgroundColor);
    m_editor->setMarginWidth(1, 6);
    m_editor->setMarginSensitivity(1, false);
    m_editor->setCaretLineVisible(true);
    m_editor->setTabWidth(4);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setScrollWidth(1); // the horizontal scroll bar appears only for lines that need it
    m_editor->setScrollWidthTracking(true);
    m_editor->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_editor, 1);

    clear();
}

ScriptView::~ScriptView() = default;

void ScriptView::showScript(const QString &title, const QString &language, const QString &text,
                            const QString &workingDirectory)
{
    // Callers may re-show the same call whenever its row changes; keep the reader's place then.
    const bool wasShowing = m_showing;
    const bool sameScript = wasShowing && text == m_editor->text();
    if (sameScript && title == m_title && language == m_language && workingDirectory == m_workingDirectory)
        return;
    m_showing = true;
    m_title = title;
    m_workingDirectory = workingDirectory;

    m_titleLabel->setFullText(title);
    m_languageLabel->setText(language.isEmpty() ? tr("Plain text") : tr("Language: %1").arg(language));
    m_languageLabel->setVisible(true);
    m_directoryLabel->setFullText(
        workingDirectory.isEmpty() ? QString() : tr("Working directory: %1").arg(workingDirectory));
    m_directoryLabel->setVisible(!workingDirectory.isEmpty());
    m_editor->setAccessibleDescription(tr("%1, read-only").arg(title));

    if (!wasShowing || language != m_language) {
        m_language = language;
        setLexer(createLexerForLanguage(language, m_editor));
    }
    if (!sameScript) {
        m_editor->setText(text); // QsciScintilla lifts read-only for the call
        m_editor->setCursorPosition(0, 0);
        updateLineNumberMargin();
    }
}

void ScriptView::clear()
{
    m_titleLabel->setFullText(tr("No script selected"));
    m_languageLabel->clear();
    m_languageLabel->setVisible(false);
    m_directoryLabel->setFullText({});
    m_directoryLabel->setVisible(false);
    setLexer(nullptr);
    m_editor->clear();
    updateLineNumberMargin();
    m_editor->setAccessibleDescription(tr("No script selected"));
    m_showing = false;
    m_title.clear();
    m_language.clear();
    m_workingDirectory.clear();
}

QString ScriptView::lexerLanguage() const
{
    return m_lexer ? QString::fromLatin1(m_lexer->language()) : QString();
}

bool ScriptView::eventFilter(QObject *watched, QEvent *event)
{
    // The editor's own palette is the one applyPaletteToEditor reads, so follow its changes.
    if (watched == m_editor && event->type() == QEvent::PaletteChange)
        applyPaletteToEditor(m_editor, m_lexer);
    return QWidget::eventFilter(watched, event);
}

void ScriptView::setLexer(QsciLexer *lexer)
{
    QsciLexer *old = m_lexer;
    m_lexer = lexer;
    applyPaletteToEditor(m_editor, m_lexer);
    if (old && old != lexer)
        delete old;
}

void ScriptView::updateLineNumberMargin()
{
    const int digits = int(QString::number(std::max(1, m_editor->lines())).size());
    m_editor->setMarginWidth(0, QString(digits + 1, QLatin1Char('9')));
}

} // namespace Workbench
