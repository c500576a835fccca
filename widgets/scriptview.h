// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QLabel>
#include <QWidget>

// QScintilla's public headers use the `signals` and `slots` keywords that QT_NO_KEYWORDS turns off;
// map them to the macros for these includes only. Include QScintilla through this header (or
// with the same shim).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots

class QObject;
class QPalette;

namespace Workbench {

/// Colour helpers shared by the views so every pane follows the system palette (light or dark)
/// instead of hard-coding a light theme.
namespace Theme {

/// Whether the palette's text background (Base) is dark.
[[nodiscard]] bool isDark(const QPalette &palette);
/// Linear blend: 0 gives `from`, 1 gives `to`.
[[nodiscard]] QColor mix(const QColor &from, const QColor &to, qreal amount);
/// `foreground` with its lightness moved away from `background` until the WCAG contrast ratio
/// reaches `minimumContrast` (hue and saturation are kept).
[[nodiscard]] QColor readableOn(const QColor &foreground, const QColor &background,
                                qreal minimumContrast = 4.5);
/// A saturated colour of the given hue (0–359) that reads well on the palette's Base.
[[nodiscard]] QColor tone(int hue, const QPalette &palette);
/// The colour used for errors and stderr.
[[nodiscard]] QColor errorColor(const QPalette &palette);
/// Text that should recede (thinking, notices, line numbers).
[[nodiscard]] QColor mutedText(const QPalette &palette);
/// The fixed-pitch font for scripts and output.
[[nodiscard]] QFont monospaceFont();

} // namespace Theme

/// A one-line plain-text label that elides what does not fit (the full text goes to the tooltip)
/// instead of forcing its pane wider. Used for titles and paths in the pane headers.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(Qt::TextElideMode mode = Qt::ElideRight, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    [[nodiscard]] QString fullText() const { return m_fullText; }

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElidedText();

    QString m_fullText;
    Qt::TextElideMode m_mode;
};

/// A QsciScintilla lexer for a tool's language name ("bash", "python", "js", …), parented to
/// `parent`, or nullptr when there is none for it (plain text).
[[nodiscard]] QsciLexer *createLexerForLanguage(const QString &language, QObject *parent);

/// Styles `editor` (paper, text, caret line, margins, selection) and every style of `lexer` from
/// the editor's palette, so scripts stay readable on light and dark themes. `lexer` may be null
/// (plain text); when it is not yet the editor's lexer it is installed first.
void applyPaletteToEditor(QsciScintilla *editor, QsciLexer *lexer);

/// The middle pane: the script a tool call runs (or the file it writes), read-only and
/// syntax-highlighted, under a small header with its summary, language and working directory.
class ScriptView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptView)
public:
    explicit ScriptView(QWidget *parent = nullptr);
    ~ScriptView() override;

    /// Shows `text` verbatim, highlighted for `language`.
    void showScript(const QString &title, const QString &language, const QString &text,
                    const QString &workingDirectory = {});
    void clear();

    /// Name of the lexer in use ("Python", "Bash", …), empty for plain text.
    [[nodiscard]] QString lexerLanguage() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setLexer(QsciLexer *lexer);
    void updateLineNumberMargin();

    ElidedLabel *m_titleLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    ElidedLabel *m_directoryLabel = nullptr;
    QsciScintilla *m_editor = nullptr;
    QsciLexer *m_lexer = nullptr; // owned by m_editor (QObject parent)
    QString m_title;
    QString m_language;
    QString m_workingDirectory;
    bool m_showing = false;
};

} // namespace Workbench
