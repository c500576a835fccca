// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace Workbench {

/// The screen of a terminal as a shell and its tools draw it: a grid of cells (columns × rows)
/// with a cursor, scrollback above it, and the escape sequences `ls --color`, readline, `less`,
/// `top`-like redraws and prompts emit (ECMA-48 / xterm subset):
///
/// - SGR: bold, italic, underline, inverse and their resets; 16 colours (30–37, 90–97, 40–47,
///   100–107), 256 colours and truecolor (38/48 with ;5;n or ;2;r;g;b, colons too).
/// - Cursor: CUU/CUD/CUF/CUB, CNL/CPL, CHA, CUP/HVP, VPA, save/restore (CSI s/u, ESC 7/8),
///   index / reverse index / next line; CR, LF, BS, TAB.
/// - Editing: EL, ED, ECH, ICH, DCH, IL, DL, SU, SD, scroll region (DECSTBM), auto-wrap, the
///   alternate screen (?1049, ?1047, ?47) and cursor visibility (?25).
/// - Ignored and never shown: BEL, OSC (window titles, up to BEL or ST), DCS/SOS/PM/APC
///   strings, charset designations, keypad modes, C1 controls and every unknown sequence.
/// - Answered: DSR 5/6 and DA, queued for the caller to send back (takeReplies()).
///
/// Colours stay symbolic (palette index or RGB): the view maps them onto its theme. Each code
/// point takes one cell (wide characters are not doubled). Input bytes may split anywhere, even
/// inside a UTF-8 character or an escape sequence. Not thread-safe; a plain value type.
class TerminalScreen
{
public:
    struct Color
    {
        enum class Kind : quint8
        {
            Default, ///< the theme's foreground or background
            Palette, ///< index: 0–15 the theme's ANSI colours, 16–255 xterm's cube and greys
            Rgb      ///< rgb: 0xRRGGBB
        };
        Kind kind = Kind::Default;
        quint8 index = 0;
        quint32 rgb = 0;
        bool operator==(const Color &) const = default;
        static Color palette(int i) { return Color{Kind::Palette, quint8(i), 0}; }
        static Color fromRgb(int r, int g, int b)
        {
            return Color{Kind::Rgb, 0,
                         (quint32(r & 0xff) << 16) | (quint32(g & 0xff) << 8) | quint32(b & 0xff)};
        }
    };
    struct Attributes
    {
        Color fg;
        Color bg;
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool inverse = false;
        bool operator==(const Attributes &) const = default;
    };
    struct Cell
    {
        char32_t ch = U' ';
        Attributes attr;
        bool operator==(const Cell &) const = default;
    };
    using Line = QList<Cell>;

    explicit TerminalScreen(int columns = 80, int rows = 24, int scrollbackLines = 2000);

    void feed(QByteArrayView bytes);
    /// New size; the cursor stays on screen, lines pushed off the top go to the scrollback.
    void resize(int columns, int rows);
    /// Back to a blank screen, default attributes, no scrollback.
    void reset();

    [[nodiscard]] int columns() const { return m_cols; }
    [[nodiscard]] int rows() const { return m_rows; }
    /// The visible screen: rows() lines of columns() cells.
    [[nodiscard]] const QList<Line> &screen() const { return *m_screen; }
    /// Lines scrolled off the top of the main screen, oldest first.
    [[nodiscard]] const QList<Line> &scrollback() const { return m_scrollback; }
    [[nodiscard]] int cursorRow() const { return m_row; }
    [[nodiscard]] int cursorColumn() const { return m_col; }
    [[nodiscard]] bool cursorVisible() const { return m_cursorVisible; }
    [[nodiscard]] bool alternateScreen() const { return m_screen == &m_alternate; }
    /// Scrollback then screen, one line each, trailing blanks trimmed and trailing empty lines
    /// dropped.
    [[nodiscard]] QString text() const;
    /// Text of one screen row, trailing blanks trimmed.
    [[nodiscard]] QString rowText(int row) const;
    /// Answers to status queries (DSR, DA) the program waits for; the caller sends them.
    QByteArray takeReplies() { return std::exchange(m_replies, {}); }

private:
    enum class State
    {
        Ground,
        Escape,
        EscapeIntermediate, // ESC ( B and the like: one more character, ignored
        Csi,
        String, // OSC, DCS, SOS, PM, APC: up to BEL or ST, ignored
        StringEscape
    };

    void process(char32_t c);
    void control(char32_t c);
    void escape(char32_t c);
    void csiDispatch(char32_t final);
    void sgr();
    void setMode(bool on);
    void print(char32_t c);
    void lineFeed();
    void reverseIndex();
    void scrollUp(int top, int bottom, int n);
    void scrollDown(int top, int bottom, int n);
    void eraseCells(int row, int from, int to);
    void moveTo(int row, int col);
    [[nodiscard]] Line blankLine() const;
    [[nodiscard]] Cell blankCell() const;
    [[nodiscard]] int param(int i, int fallback) const;

    int m_cols;
    int m_rows;
    int m_maxScrollback;
    QList<Line> m_main;
    QList<Line> m_alternate;
    QList<Line> *m_screen = &m_main;
    QList<Line> m_scrollback;
    int m_row = 0;
    int m_col = 0;
    bool m_pendingWrap = false;
    bool m_autoWrap = true;
    bool m_cursorVisible = true;
    int m_top = 0;    // scroll region, inclusive
    int m_bottom = 0; // set to rows - 1
    Attributes m_attr;
    struct Saved
    {
        int row = 0;
        int col = 0;
        Attributes attr;
    } m_saved, m_savedMain;

    State m_state = State::Ground;
    QList<QList<int>> m_params; // each parameter with its colon sub-parameters
    QByteArray m_intermediates;
    char m_private = 0; // '?', '>', '<' or '=' leading the parameters
    bool m_paramStarted = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    char16_t m_highSurrogate = 0;
    QByteArray m_replies;
};

} // namespace Workbench
