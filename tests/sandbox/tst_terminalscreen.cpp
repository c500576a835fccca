// SPDX-License-Identifier: MIT
// The sandbox terminal's screen model: what a shell and its tools draw, escape by escape.
#include "sandbox/terminalscreen.h"

#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

using Color = TerminalScreen::Color;

namespace {

// Every input is fed whole and byte by byte: sequences split anywhere give the same screen.
void feedBoth(TerminalScreen &whole, TerminalScreen &bytewise, const QByteArray &input)
{
    whole.feed(input);
    for (char c : input)
        bytewise.feed(QByteArrayView(&c, 1));
}

} // namespace

class TestTerminalScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        // A 20 x 5 screen.
        QTest::newRow("lines") << QByteArray("a\r\nb\r\n") << u"a\nb"_s << 2 << 0;
        QTest::newRow("carriage return overwrites") << QByteArray("hello\rJ") << u"Jello"_s << 0 << 1;
        QTest::newRow("backspace moves back") << QByteArray("ab\bc") << u"ac"_s << 0 << 2;
        QTest::newRow("backspace stops at the margin") << QByteArray("\b\bx") << u"x"_s << 0 << 1;
        QTest::newRow("readline erase: BS, space, BS") << QByteArray("$ lsx\b \b") << u"$ ls"_s << 0 << 4;
        QTest::newRow("tab to the next stop") << QByteArray("a\tb") << u"a       b"_s << 0 << 9;
        QTest::newRow("bell ignored") << QByteArray("a\ab") << u"ab"_s << 0 << 2;
        QTest::newRow("colours are not text")
            << QByteArray("\x1b[1;31mred\x1b[0m ok") << u"red ok"_s << 0 << 6;
        QTest::newRow("256 and truecolour are not text")
            << QByteArray("\x1b[38;5;196mA\x1b[48;2;1;2;3mB\x1b[38:2::9:8:7mC\x1b[m") << u"ABC"_s << 0 << 3;
        QTest::newRow("ls --color") << QByteArray(
                                           "\x1b[0m\x1b[01;34mdir\x1b[0m  \x1b[01;32mrun.sh\x1b[0m\r\n")
                                    << u"dir  run.sh"_s << 1 << 0;
        QTest::newRow("title ignored (BEL)") << QByteArray("\x1b]0;user@box: ~\x07$ ") << u"$"_s << 0 << 2;
        QTest::newRow("title ignored (ST)") << QByteArray("\x1b]2;t\x1b\\$ ") << u"$"_s << 0 << 2;
        QTest::newRow("DCS string ignored") << QByteArray("a\x1bPq#0;2;0;0;0\x1b\\b") << u"ab"_s << 0 << 2;
        QTest::newRow("charset designation ignored") << QByteArray("\x1b(Bx\x1b)0y") << u"xy"_s << 0 << 2;
        QTest::newRow("unknown CSI dropped")
            << QByteArray("a\x1b[?2004hb\x1b[5 qc\x1b[>4;1md") << u"abcd"_s << 0 << 4;
        QTest::newRow("unknown ESC dropped") << QByteArray("a\x1b=b\x1b>c") << u"abc"_s << 0 << 3;
        QTest::newRow("cancelled sequence") << QByteArray("a\x1b[12\x18"
                                                          "b")
                                            << u"ab"_s << 0 << 2;
        QTest::newRow("C1 controls not shown") << QByteArray("a\xc2\x9b\x31mb") << u"a1mb"_s << 0 << 4;
        QTest::newRow("cursor up and overwrite")
            << QByteArray("one\r\ntwo\x1b[AX") << u"oneX\ntwo"_s << 0 << 4;
        QTest::newRow("cursor down") << QByteArray("a\x1b[2Bb") << u"a\n\n b"_s << 2 << 2;
        QTest::newRow("cursor forward and back")
            << QByteArray("abcdef\r\x1b[3C\x1b[DX") << u"abXdef"_s << 0 << 3;
        QTest::newRow("movement stops at the edges")
            << QByteArray("\x1b[9A\x1b[99Dx\x1b[99Cy") << u"x                  y"_s << 0 << 19;
        QTest::newRow("cursor position") << QByteArray("\x1b[3;5Hx\x1b[Hy") << u"y\n\n    x"_s << 0 << 1;
        QTest::newRow("position 0 is 1") << QByteArray("ab\x1b[0;0Hc") << u"cb"_s << 0 << 1;
        QTest::newRow("column absolute") << QByteArray("abcdef\x1b[2GX") << u"aXcdef"_s << 0 << 2;
        QTest::newRow("row absolute") << QByteArray("\x1b[3dX") << u"\n\nX"_s << 2 << 1;
        QTest::newRow("erase to end of line") << QByteArray("abcdef\r\x1b[3C\x1b[K") << u"abc"_s << 0 << 3;
        QTest::newRow("erase to start of line")
            << QByteArray("abcdef\x1b[3D\x1b[1K") << u"    ef"_s << 0 << 3;
        QTest::newRow("erase whole line") << QByteArray("abc\x1b[2Kx") << u"   x"_s << 0 << 4;
        QTest::newRow("clear screen and home")
            << QByteArray("junk\r\nmore\x1b[2J\x1b[Hclean") << u"clean"_s << 0 << 5;
        QTest::newRow("erase below") << QByteArray("a\r\nbb\r\ncc\x1b[2;2H\x1b[J") << u"a\nb"_s << 1 << 1;
        QTest::newRow("erase above") << QByteArray("aa\r\nbb\r\ncc\x1b[2;1H\x1b[1J") << u"\n b\ncc"_s << 1
                                     << 0;
        QTest::newRow("erase characters") << QByteArray("abcdef\r\x1b[2X") << u"  cdef"_s << 0 << 0;
        QTest::newRow("delete characters") << QByteArray("abcdef\r\x1b[2P") << u"cdef"_s << 0 << 0;
        QTest::newRow("insert characters") << QByteArray("abc\r\x1b[2@") << u"  abc"_s << 0 << 0;
        QTest::newRow("insert line") << QByteArray("a\r\nb\x1b[A\x1b[L") << u"\na\nb"_s << 0 << 0;
        QTest::newRow("delete line") << QByteArray("a\r\nb\r\nc\x1b[H\x1b[M") << u"b\nc"_s << 0 << 0;
        QTest::newRow("save and restore cursor") << QByteArray("ab\x1b[sxyz\x1b[uQ\x1b"
                                                               "7\r\n\x1b"
                                                               "8R")
                                                 << u"abQRz"_s << 0 << 4;
        QTest::newRow("wrap at the right margin")
            << QByteArray("0123456789012345678901") << u"01234567890123456789\n01"_s << 1 << 2;
        QTest::newRow("no wrap before the next character")
            << QByteArray("01234567890123456789\r\n") << u"01234567890123456789"_s << 1 << 0;
        QTest::newRow("scroll into the scrollback")
            << QByteArray("1\r\n2\r\n3\r\n4\r\n5\r\n6") << u"1\n2\n3\n4\n5\n6"_s << 4 << 1;
        QTest::newRow("scroll region")
            << QByteArray("top\x1b[2;4r\x1b[4;1Ha\r\nb\r\nc") << u"top\na\nb\nc"_s << 3 << 1;
        QTest::newRow("reverse index at the top") << QByteArray("a\x1b[H\x1bMb") << u"b\na"_s << 0 << 1;
        QTest::newRow("utf-8 split") << QByteArray("\xc3") + QByteArray("\xa9t\xc3\xa9") << u"été"_s << 0
                                     << 3;
        QTest::newRow("astral character takes one cell")
            << QByteArray("\xf0\x9f\x99\x82!") << u"🙂!"_s << 0 << 2;
        QTest::newRow("top-like redraw")
            << QByteArray("\x1b[?1049h\x1b[H\x1b[2Jload 1\r\nPID\x1b[H\x1b[Kload 2\x1b[2;1H\x1b[KPID CMD")
            << u"load 2\nPID CMD"_s << 1 << 7;
        QTest::newRow("alternate screen left")
            << QByteArray("$ top\r\n\x1b[?1049h\x1b[Hfull\x1b[?1049l$ ") << u"$ top\n$"_s << 1 << 2;
    }
    void text()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFETCH(int, row);
        QFETCH(int, column);
        TerminalScreen whole(20, 5), bytewise(20, 5);
        feedBoth(whole, bytewise, input);
        QCOMPARE(whole.text(), expected);
        QCOMPARE(whole.cursorRow(), row);
        QCOMPARE(whole.cursorColumn(), column);
        QCOMPARE(bytewise.text(), expected);
        QCOMPARE(bytewise.screen(), whole.screen());
        QCOMPARE(bytewise.cursorColumn(), column);
    }

    void colours_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("fgKind");
        QTest::addColumn<int>("fgValue");
        QTest::addColumn<int>("bgKind");
        QTest::addColumn<int>("bgValue");
        const int def = int(Color::Kind::Default), pal = int(Color::Kind::Palette),
                  rgb = int(Color::Kind::Rgb);
        QTest::newRow("default") << QByteArray("x") << def << 0 << def << 0;
        QTest::newRow("16: red on blue") << QByteArray("\x1b[31;44mx") << pal << 1 << pal << 4;
        QTest::newRow("16: bright") << QByteArray("\x1b[92;103mx") << pal << 10 << pal << 11;
        QTest::newRow("256") << QByteArray("\x1b[38;5;208;48;5;17mx") << pal << 208 << pal << 17;
        QTest::newRow("256, colons") << QByteArray("\x1b[38:5:208mx") << pal << 208 << def << 0;
        QTest::newRow("truecolour") << QByteArray("\x1b[38;2;255;128;1mx") << rgb << 0xff8001 << def << 0;
        QTest::newRow("truecolour, colons with colour space")
            << QByteArray("\x1b[48:2::10:20:30mx") << def << 0 << rgb << 0x0a141e;
        QTest::newRow("out of range is clamped")
            << QByteArray("\x1b[38;2;300;0;0mx") << rgb << 0xff0000 << def << 0;
        QTest::newRow("reset") << QByteArray("\x1b[31;42m\x1b[mx") << def << 0 << def << 0;
        QTest::newRow("default foreground only")
            << QByteArray("\x1b[31;42m\x1b[39mx") << def << 0 << pal << 2;
    }
    void colours()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, fgKind);
        QFETCH(int, fgValue);
        QFETCH(int, bgKind);
        QFETCH(int, bgValue);
        TerminalScreen whole(20, 5), bytewise(20, 5);
        feedBoth(whole, bytewise, input);
        const TerminalScreen::Attributes a = whole.screen().at(0).at(0).attr;
        QCOMPARE(int(a.fg.kind), fgKind);
        QCOMPARE(int(a.fg.kind == Color::Kind::Rgb ? a.fg.rgb : a.fg.index), fgValue);
        QCOMPARE(int(a.bg.kind), bgKind);
        QCOMPARE(int(a.bg.kind == Color::Kind::Rgb ? a.bg.rgb : a.bg.index), bgValue);
        QCOMPARE(bytewise.screen(), whole.screen());
    }

    void attributes_setAndReset()
    {
        TerminalScreen s(20, 2);
        s.feed("\x1b[1;3;4;7ma\x1b[22;23;24;27mb");
        const auto &a = s.screen().at(0).at(0).attr;
        QVERIFY(a.bold && a.italic && a.underline && a.inverse);
        QCOMPARE(s.screen().at(0).at(1).attr, TerminalScreen::Attributes{});
    }

    void erase_paintsTheCurrentBackground()
    {
        TerminalScreen s(10, 2);
        s.feed("\x1b[44m\x1b[2K");
        QCOMPARE(s.screen().at(0).at(9).attr.bg, Color::palette(4));
        QCOMPARE(s.screen().at(1).at(0).attr.bg, Color{});
    }

    void statusQueries_areAnswered()
    {
        TerminalScreen s(20, 5);
        s.feed("ab\x1b[2;3H\x1b[6n\x1b[5n\x1b[c");
        QCOMPARE(s.takeReplies(), QByteArray("\x1b[2;3R\x1b[0n\x1b[?1;2c"));
        QVERIFY(s.takeReplies().isEmpty());
    }

    void cursorVisibility_followsMode25()
    {
        TerminalScreen s;
        s.feed("\x1b[?25l");
        QVERIFY(!s.cursorVisible());
        s.feed("\x1b[?25h");
        QVERIFY(s.cursorVisible());
    }

    void alternateScreen_keepsTheMainScreenAndScrollback()
    {
        TerminalScreen s(10, 3);
        s.feed("1\r\n2\r\n3\r\n4");
        QCOMPARE(s.scrollback().size(), 1);
        s.feed("\x1b[?1049h");
        QVERIFY(s.alternateScreen());
        QCOMPARE(s.rowText(0), QString());
        s.feed("\x1b[Hx\r\ny\r\nz\r\nw"); // scrolling there never reaches the scrollback
        QCOMPARE(s.scrollback().size(), 1);
        s.feed("\x1b[?1049l");
        QVERIFY(!s.alternateScreen());
        QCOMPARE(s.text(), u"1\n2\n3\n4"_s);
        QCOMPARE(s.cursorRow(), 2);
        QCOMPARE(s.cursorColumn(), 1);
    }

    void scrollback_isBounded()
    {
        TerminalScreen s(10, 2, 5);
        for (int i = 0; i < 50; ++i)
            s.feed(QByteArray(QByteArray::number(i) + "\r\n"));
        QCOMPARE(s.scrollback().size(), 5);
        QVERIFY(s.text().startsWith(u"44\n"_s));
    }

    void resize_keepsTheCursorLineOnScreen()
    {
        TerminalScreen s(10, 5);
        s.feed("a\r\nb\r\nc\r\nd\r\n$ ");
        s.resize(6, 2);
        QCOMPARE(s.rows(), 2);
        QCOMPARE(s.columns(), 6);
        QCOMPARE(s.rowText(1), u"$"_s);
        QCOMPARE(s.cursorRow(), 1);
        QCOMPARE(s.text(), u"a\nb\nc\nd\n$"_s); // the rest went to the scrollback
        s.resize(8, 4);
        QCOMPARE(s.screen().size(), 4);
        QCOMPARE(s.screen().at(0).size(), 8);
        s.feed("\x1b[4;8Hz");
        QCOMPARE(s.rowText(3), u"       z"_s);
    }

    void garbage_neverCrashesOrPrintsEscapes()
    {
        // Every byte value in every state, and truncated sequences: nothing below 0x20 or ESC
        // ever lands in a cell.
        TerminalScreen s(16, 4);
        QByteArray noise;
        for (int round = 0; round < 8; ++round) {
            for (int b = 0; b < 256; ++b) {
                noise += char(b);
                if (b % 7 == round)
                    noise += "\x1b[";
                if (b % 11 == round)
                    noise += "\x1b]";
            }
        }
        s.feed(noise);
        s.feed("\x1b\\\x1b[0m\x1b[H\x1b[2J");
        s.feed("ok");
        QCOMPARE(s.rowText(0), u"ok"_s);
        for (const auto &line : s.scrollback()) {
            for (const auto &cell : line)
                QVERIFY(cell.ch >= 0x20 && cell.ch != 0x7f && !(cell.ch >= 0x80 && cell.ch < 0xa0));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
