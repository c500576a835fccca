// SPDX-License-Identifier: MIT
#include "sandbox/terminalscreen.h"

#include <QStringList>

#include <algorithm>

namespace Workbench {

namespace {

constexpr int kMaxParams = 32;
constexpr int kMaxParamValue = 99999;

} // namespace

TerminalScreen::TerminalScreen(int columns, int rows, int scrollbackLines)
    : m_cols(qMax(1, columns))
    , m_rows(qMax(1, rows))
    , m_maxScrollback(qMax(0, scrollbackLines))
{
    reset();
}

void TerminalScreen::reset()
{
    m_attr = {};
    m_main = QList<Line>(m_rows, blankLine());
    m_alternate = m_main;
    m_screen = &m_main;
    m_scrollback.clear();
    m_row = 0;
    m_col = 0;
    m_pendingWrap = false;
    m_autoWrap = true;
    m_cursorVisible = true;
    m_top = 0;
    m_bottom = m_rows - 1;
    m_saved = {};
    m_savedMain = {};
    m_state = State::Ground;
}

TerminalScreen::Cell TerminalScreen::blankCell() const
{
    // Erasing paints with the current background, as xterm does.
    Cell c;
    c.attr.bg = m_attr.bg;
    return c;
}

TerminalScreen::Line TerminalScreen::blankLine() const
{
    return Line(m_cols, blankCell());
}

void TerminalScreen::resize(int columns, int rows)
{
    columns = qMax(1, columns);
    rows = qMax(1, rows);
    if (columns == m_cols && rows == m_rows)
        return;
    const Cell blank;
    for (QList<Line> *screen : {&m_main, &m_alternate}) {
        for (Line &line : *screen)
            line.resize(columns, blank);
        const bool isCurrent = screen == m_screen;
        // Shrinking: lines above the cursor leave through the top (main screen: into the
        // scrollback), the rest from the bottom.
        while (screen->size() > rows) {
            if (isCurrent && m_row > 0) {
                const Line top = screen->takeFirst();
                if (screen == &m_main)
                    m_scrollback.append(top);
                --m_row;
            } else {
                screen->removeLast();
            }
        }
        while (screen->size() < rows)
            screen->append(Line(columns, blank));
    }
    for (Line &line : m_scrollback)
        line.resize(columns, blank);
    while (m_scrollback.size() > m_maxScrollback)
        m_scrollback.removeFirst();
    m_cols = columns;
    m_rows = rows;
    m_top = 0;
    m_bottom = m_rows - 1;
    m_row = qBound(0, m_row, m_rows - 1);
    m_col = qBound(0, m_col, m_cols - 1);
    m_pendingWrap = false;
}

QString TerminalScreen::rowText(int row) const
{
    QString s;
    for (const Cell &c : m_screen->value(row))
        s += QString::fromUcs4(&c.ch, 1);
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

QString TerminalScreen::text() const
{
    QStringList out;
    const auto lineText = [](const Line &line) {
        QString s;
        for (const Cell &c : line)
            s += QString::fromUcs4(&c.ch, 1);
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s;
    };
    for (const Line &line : m_scrollback)
        out.append(lineText(line));
    for (const Line &line : *m_screen)
        out.append(lineText(line));
    while (out.size() > 1 && out.constLast().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

void TerminalScreen::feed(QByteArrayView bytes)
{
    const QString text = m_decoder.decode(bytes);
    for (const QChar q : text) {
        const char16_t u = q.unicode();
        if (QChar::isHighSurrogate(u)) {
            m_highSurrogate = u;
            continue;
        }
        if (QChar::isLowSurrogate(u)) {
            if (m_highSurrogate)
                process(QChar::surrogateToUcs4(m_highSurrogate, u));
            m_highSurrogate = 0;
            continue;
        }
        m_highSurrogate = 0;
        process(u);
    }
}

void TerminalScreen::process(char32_t c)
{
    // CAN and SUB cancel a sequence; ESC starts a new one from any state but a string's.
    if (c == 0x18 || c == 0x1a) {
        m_state = State::Ground;
        return;
    }
    switch (m_state) {
    case State::Ground:
        if (c < 0x20 || c == 0x7f)
            control(c);
        else if (c >= 0x80 && c < 0xa0)
            return; // C1 controls: never shown
        else
            print(c);
        return;
    case State::Escape:
        escape(c);
        return;
    case State::EscapeIntermediate:
        if (c == 0x1b)
            m_state = State::Escape;
        else if (c >= 0x30 || c < 0x20)
            m_state = State::Ground; // the designated charset (or a stray control) ends it
        return;
    case State::String:
        if (c == 0x07 || c == 0x9c)
            m_state = State::Ground;
        else if (c == 0x1b)
            m_state = State::StringEscape;
        return;
    case State::StringEscape:
        if (c == U'\\') {
            m_state = State::Ground;
        } else {
            m_state = State::Escape; // an ESC that was not ST ends the string and starts anew
            escape(c);
        }
        return;
    case State::Csi:
        break;
    }

    // Inside CSI.
    if (c == 0x1b) {
        m_state = State::Escape;
        return;
    }
    if (c < 0x20) {
        control(c); // C0 controls act even inside a sequence
        return;
    }
    if (c >= U'0' && c <= U'9') {
        int &v = m_params.last().last();
        v = qMin(kMaxParamValue, (v < 0 ? 0 : v) * 10 + int(c - U'0'));
        m_paramStarted = true;
    } else if (c == U';') {
        if (m_params.size() < kMaxParams)
            m_params.append(QList<int>{-1});
        m_paramStarted = true;
    } else if (c == U':') {
        if (m_params.last().size() < 8)
            m_params.last().append(-1);
        m_paramStarted = true;
    } else if (c >= U'<' && c <= U'?') {
        if (m_paramStarted || m_private)
            m_intermediates += '!'; // misplaced marker: a malformed sequence, dropped at its end
        else
            m_private = char(c);
    } else if (c >= 0x20 && c <= 0x2f) {
        m_intermediates += char(c);
    } else if (c >= 0x40 && c <= 0x7e) {
        m_state = State::Ground;
        if (m_intermediates.isEmpty())
            csiDispatch(c);
    } else {
        m_state = State::Ground; // not part of any sequence: drop it all
    }
}

void TerminalScreen::control(char32_t c)
{
    switch (c) {
    case 0x08: // BS
        if (m_col > 0)
            --m_col;
        m_pendingWrap = false;
        break;
    case 0x09: // TAB: stops every 8 columns
        m_col = qMin(m_cols - 1, (m_col / 8 + 1) * 8);
        m_pendingWrap = false;
        break;
    case 0x0a: // LF, VT, FF
    case 0x0b:
    case 0x0c:
        lineFeed();
        break;
    case 0x0d: // CR
        m_col = 0;
        m_pendingWrap = false;
        break;
    case 0x1b:
        m_state = State::Escape;
        break;
    default:
        break; // BEL and the rest: ignored
    }
}

void TerminalScreen::escape(char32_t c)
{
    m_state = State::Ground;
    switch (c) {
    case U'[':
        m_state = State::Csi;
        m_params = {QList<int>{-1}};
        m_intermediates.clear();
        m_private = 0;
        m_paramStarted = false;
        break;
    case U']': // OSC (titles), DCS, SOS, PM, APC
    case U'P':
    case U'X':
    case U'^':
    case U'_':
        m_state = State::String;
        break;
    case U'(': // charset designations and the like take one more character
    case U')':
    case U'*':
    case U'+':
    case U'-':
    case U'.':
    case U'/':
    case U'#':
    case U'%':
    case U' ':
        m_state = State::EscapeIntermediate;
        break;
    case U'7':
        m_saved = {m_row, m_col, m_attr};
        break;
    case U'8':
        m_attr = m_saved.attr;
        moveTo(m_saved.row, m_saved.col);
        break;
    case U'D':
        lineFeed();
        break;
    case U'E':
        m_col = 0;
        lineFeed();
        break;
    case U'M':
        reverseIndex();
        break;
    case U'c':
        reset();
        break;
    case 0x1b:
        m_state = State::Escape;
        break;
    default:
        break; // keypad modes, ST on its own, unknown: ignored
    }
}

int TerminalScreen::param(int i, int fallback) const
{
    const int v = m_params.value(i).value(0, -1);
    return v < 0 ? fallback : v;
}

void TerminalScreen::moveTo(int row, int col)
{
    m_row = qBound(0, row, m_rows - 1);
    m_col = qBound(0, col, m_cols - 1);
    m_pendingWrap = false;
}

void TerminalScreen::eraseCells(int row, int from, int to)
{
    Line &line = (*m_screen)[row];
    const Cell blank = blankCell();
    for (int c = qMax(0, from); c < qMin(int(line.size()), to); ++c)
        line[c] = blank;
}

void TerminalScreen::scrollUp(int top, int bottom, int n)
{
    n = qMin(n, bottom - top + 1);
    for (int i = 0; i < n; ++i) {
        Line gone = m_screen->takeAt(top);
        // Only whole-screen scrolling of the main screen feeds the scrollback.
        if (top == 0 && bottom == m_rows - 1 && m_screen == &m_main && m_maxScrollback > 0) {
            m_scrollback.append(std::move(gone));
            if (m_scrollback.size() > m_maxScrollback)
                m_scrollback.removeFirst();
        }
        m_screen->insert(bottom, blankLine());
    }
}

void TerminalScreen::scrollDown(int top, int bottom, int n)
{
    n = qMin(n, bottom - top + 1);
    for (int i = 0; i < n; ++i) {
        m_screen->removeAt(bottom);
        m_screen->insert(top, blankLine());
    }
}

void TerminalScreen::lineFeed()
{
    m_pendingWrap = false;
    if (m_row == m_bottom)
        scrollUp(m_top, m_bottom, 1);
    else if (m_row < m_rows - 1)
        ++m_row;
}

void TerminalScreen::reverseIndex()
{
    m_pendingWrap = false;
    if (m_row == m_top)
        scrollDown(m_top, m_bottom, 1);
    else if (m_row > 0)
        --m_row;
}

void TerminalScreen::print(char32_t c)
{
    if (m_pendingWrap) {
        m_col = 0;
        lineFeed();
    }
    (*m_screen)[m_row][m_col] = Cell{c, m_attr};
    if (m_col < m_cols - 1)
        ++m_col;
    else
        m_pendingWrap = m_autoWrap; // the next character goes to the next line
}

void TerminalScreen::csiDispatch(char32_t final)
{
    if (m_private == '?') {
        if (final == U'h' || final == U'l')
            setMode(final == U'h');
        return; // other private sequences: ignored
    }
    if (m_private == '>' || m_private == '=' || m_private == '<') {
        if (final == U'c' && m_private == '>')
            m_replies += "\x1b[>0;0;0c";
        return;
    }
    const int n = qMax(1, param(0, 1)); // a count: 0 means 1
    switch (final) {
    case U'A':
        moveTo(m_row - n, m_col);
        break;
    case U'B':
    case U'e':
        moveTo(m_row + n, m_col);
        break;
    case U'C':
    case U'a':
        moveTo(m_row, m_col + n);
        break;
    case U'D':
        moveTo(m_row, m_col - n);
        break;
    case U'E':
        moveTo(m_row + n, 0);
        break;
    case U'F':
        moveTo(m_row - n, 0);
        break;
    case U'G':
    case U'`':
        moveTo(m_row, n - 1);
        break;
    case U'd':
        moveTo(n - 1, m_col);
        break;
    case U'H':
    case U'f':
        moveTo(qMax(1, param(0, 1)) - 1, qMax(1, param(1, 1)) - 1);
        break;
    case U'J': {
        const int mode = param(0, 0);
        if (mode == 0) {
            eraseCells(m_row, m_col, m_cols);
            for (int r = m_row + 1; r < m_rows; ++r)
                eraseCells(r, 0, m_cols);
        } else if (mode == 1) {
            for (int r = 0; r < m_row; ++r)
                eraseCells(r, 0, m_cols);
            eraseCells(m_row, 0, m_col + 1);
        } else if (mode == 2) {
            for (int r = 0; r < m_rows; ++r)
                eraseCells(r, 0, m_cols);
        } else if (mode == 3) {
            m_scrollback.clear();
        }
        break;
    }
    case U'K': {
        const int mode = param(0, 0);
        if (mode == 0)
            eraseCells(m_row, m_col, m_cols);
        else if (mode == 1)
            eraseCells(m_row, 0, m_col + 1);
        else if (mode == 2)
            eraseCells(m_row, 0, m_cols);
        m_pendingWrap = false;
        break;
    }
    case U'X':
        eraseCells(m_row, m_col, m_col + n);
        break;
    case U'@': {
        Line &line = (*m_screen)[m_row];
        for (int i = 0; i < qMin(n, m_cols - m_col); ++i) {
            line.insert(m_col, blankCell());
            line.removeLast();
        }
        break;
    }
    case U'P': {
        Line &line = (*m_screen)[m_row];
        for (int i = 0; i < qMin(n, m_cols - m_col); ++i) {
            line.removeAt(m_col);
            line.append(blankCell());
        }
        break;
    }
    case U'L':
        if (m_row >= m_top && m_row <= m_bottom)
            scrollDown(m_row, m_bottom, n);
        m_col = 0;
        break;
    case U'M':
        if (m_row >= m_top && m_row <= m_bottom) {
            // Deleted lines never go to the scrollback, even at the top of the screen.
            for (int i = 0; i < qMin(n, m_bottom - m_row + 1); ++i) {
                m_screen->removeAt(m_row);
                m_screen->insert(m_bottom, blankLine());
            }
        }
        m_col = 0;
        break;
    case U'S':
        scrollUp(m_top, m_bottom, n);
        break;
    case U'T':
        scrollDown(m_top, m_bottom, n);
        break;
    case U'r': {
        const int top = qMax(1, param(0, 1)) - 1;
        const int bottom = (param(1, 0) == 0 ? m_rows : qMin(m_rows, param(1, 0))) - 1;
        if (top < bottom) {
            m_top = top;
            m_bottom = bottom;
            moveTo(0, 0);
        }
        break;
    }
    case U's':
        m_saved = {m_row, m_col, m_attr};
        break;
    case U'u':
        m_attr = m_saved.attr;
        moveTo(m_saved.row, m_saved.col);
        break;
    case U'm':
        sgr();
        break;
    case U'n':
        if (param(0, 0) == 5)
            m_replies += "\x1b[0n";
        else if (param(0, 0) == 6)
            m_replies += "\x1b[" + QByteArray::number(m_row + 1) + ';' + QByteArray::number(m_col + 1) + 'R';
        break;
    case U'c':
        if (param(0, 0) == 0)
            m_replies += "\x1b[?1;2c";
        break;
    default:
        break; // unknown: ignored
    }
}

void TerminalScreen::setMode(bool on)
{
    for (const QList<int> &p : std::as_const(m_params)) {
        switch (p.value(0, -1)) {
        case 7:
            m_autoWrap = on;
            if (!on)
                m_pendingWrap = false;
            break;
        case 25:
            m_cursorVisible = on;
            break;
        case 47:
        case 1047:
        case 1049:
            if (on == alternateScreen())
                break;
            if (on) {
                if (p.value(0) == 1049)
                    m_savedMain = {m_row, m_col, m_attr};
                m_screen = &m_alternate;
                for (int r = 0; r < m_rows; ++r)
                    (*m_screen)[r] = blankLine();
            } else {
                m_screen = &m_main;
                if (p.value(0) == 1049) {
                    m_attr = m_savedMain.attr;
                    moveTo(m_savedMain.row, m_savedMain.col);
                }
            }
            m_top = 0;
            m_bottom = m_rows - 1;
            break;
        default:
            break;
        }
    }
}

void TerminalScreen::sgr()
{
    const auto channel = [](int v) { return qBound(0, v, 255); };
    for (qsizetype i = 0; i < m_params.size(); ++i) {
        const QList<int> &p = m_params.at(i);
        const int code = qMax(0, p.value(0, 0));
        if (code == 38 || code == 48) {
            Color color;
            bool ok = false;
            if (p.size() > 1) {
                // Colon form: 38:5:n, 38:2:r:g:b or 38:2:colourspace:r:g:b.
                if (p.value(1) == 5 && p.size() >= 3) {
                    color = Color::palette(channel(p.value(2)));
                    ok = true;
                } else if (p.value(1) == 2 && p.size() >= 5) {
                    const qsizetype s = p.size();
                    color = Color::fromRgb(channel(p.value(s - 3)), channel(p.value(s - 2)),
                                           channel(p.value(s - 1)));
                    ok = true;
                }
            } else {
                const int mode = param(int(i) + 1, -1);
                if (mode == 5 && i + 2 < m_params.size()) {
                    color = Color::palette(channel(param(int(i) + 2, 0)));
                    i += 2;
                    ok = true;
                } else if (mode == 2 && i + 4 < m_params.size()) {
                    color = Color::fromRgb(channel(param(int(i) + 2, 0)), channel(param(int(i) + 3, 0)),
                                           channel(param(int(i) + 4, 0)));
                    i += 4;
                    ok = true;
                } else {
                    return; // malformed: the rest cannot be read reliably
                }
            }
            if (ok)
                (code == 38 ? m_attr.fg : m_attr.bg) = color;
            continue;
        }
        if (code == 0) {
            m_attr = {};
        } else if (code == 1) {
            m_attr.bold = true;
        } else if (code == 3) {
            m_attr.italic = true;
        } else if (code == 4) {
            m_attr.underline = true;
        } else if (code == 7) {
            m_attr.inverse = true;
        } else if (code == 21 || code == 22) {
            m_attr.bold = false;
        } else if (code == 23) {
            m_attr.italic = false;
        } else if (code == 24) {
            m_attr.underline = false;
        } else if (code == 27) {
            m_attr.inverse = false;
        } else if (code >= 30 && code <= 37) {
            m_attr.fg = Color::palette(code - 30);
        } else if (code == 39) {
            m_attr.fg = {};
        } else if (code >= 40 && code <= 47) {
            m_attr.bg = Color::palette(code - 40);
        } else if (code == 49) {
            m_attr.bg = {};
        } else if (code >= 90 && code <= 97) {
            m_attr.fg = Color::palette(code - 90 + 8);
        } else if (code >= 100 && code <= 107) {
            m_attr.bg = Color::palette(code - 100 + 8);
        }
        // Others (dim, blink, hidden, strike-through, fonts…): ignored.
    }
}

} // namespace Workbench
