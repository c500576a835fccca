// SPDX-License-Identifier: MIT
#include "approval/shellparser.h"

#include <QRegularExpression>

namespace Workbench {

namespace {

constexpr int kMaxDepth = 12;
constexpr int kMaxNesting = 64;

struct Word
{
    QString text;
    bool quoted = false;  // some part was quoted or escaped
    bool dynamic = false; // some part is an expansion whose value we cannot know
    bool assignment = false;
};

struct RawCommand
{
    QList<Word> words;
    QStringList writes;
    bool pipedInput = false;
};

struct HereDoc
{
    QString delimiter;
    bool stripTabs = false;
    bool expands = true;
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool endsWord(QChar c)
{
    static const QString ends = QStringLiteral(" \t\r\n;&|<>()");
    return ends.contains(c);
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString baseName(const QString &word)
{
    const qsizetype slash = word.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? word : word.mid(slash + 1);
}

class Parser
{
public:
    Parser(const QString &text, ShellParse *out, int depth)
        : m_s(text)
        , m_out(out)
        , m_depth(depth)
    {}

    void run()
    {
        if (m_depth > kMaxDepth) {
            fail(QStringLiteral("commands are nested too deeply"));
            return;
        }
        parseSequence(QChar());
        if (!m_hereDocs.isEmpty())
            fail(QStringLiteral("a here-document has no end line"));
    }

private:
    void fail(const QString &why)
    {
        if (m_out->confident) {
            m_out->confident = false;
            m_out->why = why;
        }
    }

    [[nodiscard]] bool atEnd() const { return m_i >= m_s.size(); }
    [[nodiscard]] QChar peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_s.size() ? m_s.at(m_i + ahead) : QChar();
    }
    [[nodiscard]] bool lookingAt(QLatin1String token) const
    {
        return QStringView(m_s).mid(m_i).startsWith(token);
    }

    // Reads commands up to `terminator` (')' for subshells and $( ), or the end of the text).
    void parseSequence(QChar terminator)
    {
        // Model-written input: a deep $( $( … ) ) must not exhaust the stack.
        if (++m_nesting > kMaxNesting) {
            fail(QStringLiteral("commands are nested too deeply"));
            m_i = m_s.size();
            --m_nesting;
            return;
        }
        struct Leave
        {
            int &n;
            ~Leave() { --n; }
        } leave{m_nesting};
        RawCommand current;
        bool nextPiped = false;
        auto endCommand = [&](bool pipeFollows) {
            if (!current.words.isEmpty() || !current.writes.isEmpty()) {
                current.pipedInput = nextPiped;
                finishCommand(current);
            }
            current = RawCommand{};
            nextPiped = pipeFollows;
        };
        for (;;) {
            if (atEnd()) {
                if (!terminator.isNull())
                    fail(QStringLiteral("a \"(\" or \"$(\" is never closed"));
                endCommand(false);
                return;
            }
            const QChar c = peek();
            if (isBlank(c)) {
                ++m_i;
                continue;
            }
            if (c == QLatin1Char('\\') && peek(1) == QLatin1Char('\n')) {
                m_i += 2;
                continue;
            }
            if (c == QLatin1Char('#')) {
                while (!atEnd() && peek() != QLatin1Char('\n'))
                    ++m_i;
                continue;
            }
            if (!terminator.isNull() && c == terminator) {
                ++m_i;
                endCommand(false);
                return;
            }
            if (c == QLatin1Char(')')) {
                fail(QStringLiteral("a \")\" has no matching \"(\""));
                ++m_i;
                continue;
            }
            if (c == QLatin1Char('\n')) {
                ++m_i;
                endCommand(false);
                readHereDocBodies();
                continue;
            }
            if (lookingAt(QLatin1String(";;")) || lookingAt(QLatin1String(";&"))) {
                fail(QStringLiteral("\"case\" statements are not understood"));
                m_i += 2;
                continue;
            }
            if (lookingAt(QLatin1String("&&")) || lookingAt(QLatin1String("||"))) {
                m_i += 2;
                endCommand(false);
                continue;
            }
            if (lookingAt(QLatin1String("|&")) || c == QLatin1Char('|')) {
                m_i += c == QLatin1Char('|') && peek(1) == QLatin1Char('&') ? 2 : 1;
                endCommand(true);
                continue;
            }
            if (c == QLatin1Char(';')) {
                ++m_i;
                endCommand(false);
                continue;
            }
            if ((c == QLatin1Char('<') || c == QLatin1Char('>')) && peek(1) == QLatin1Char('(')) {
                fail(QStringLiteral("process substitution (<( ) or >( )) is not understood"));
                m_i += 2;
                continue;
            }
            if (c == QLatin1Char('&') && peek(1) != QLatin1Char('>')) {
                ++m_i;
                endCommand(false);
                continue;
            }
            if (c == QLatin1Char('(')) {
                if (!current.words.isEmpty()) {
                    fail(QStringLiteral("function definitions and arrays are not understood"));
                    ++m_i;
                    continue;
                }
                if (peek(1) == QLatin1Char('(')) {
                    fail(QStringLiteral("arithmetic commands (( )) are not understood"));
                    m_i += 2;
                    continue;
                }
                ++m_i;
                nextPiped = false;
                parseSequence(QLatin1Char(')'));
                continue;
            }
            if (readRedirection(current))
                continue;
            Word w;
            readWord(w);
            if (w.text.isEmpty() && !w.quoted && !w.dynamic) {
                // Nothing consumed: an operator character we do not handle.
                fail(QStringLiteral("the character \"%1\" is not understood here").arg(c));
                ++m_i;
                continue;
            }
            current.words.append(w);
        }
    }

    // `[n]>file`, `>>`, `&>`, `>|`, `<`, `<<EOF`, `<<<word`, `n>&m`. Returns false if none here.
    bool readRedirection(RawCommand &cmd)
    {
        qsizetype j = m_i;
        while (j < m_s.size() && m_s.at(j).isDigit())
            ++j;
        const QStringView rest = QStringView(m_s).mid(j);
        const bool digitsOnly = j > m_i;
        if (!rest.startsWith(QLatin1Char('<')) && !rest.startsWith(QLatin1Char('>')) &&
            !(!digitsOnly && rest.startsWith(QLatin1String("&>"))))
            return false;
        m_i = j;
        static const QLatin1String ops[] = {QLatin1String("&>>"), QLatin1String("<<<"), QLatin1String("<<-"),
                                            QLatin1String("&>"),  QLatin1String(">>"),  QLatin1String(">|"),
                                            QLatin1String(">&"),  QLatin1String("<&"),  QLatin1String("<>"),
                                            QLatin1String("<<"),  QLatin1String(">"),   QLatin1String("<")};
        QLatin1String op;
        for (const QLatin1String &candidate : ops) {
            if (lookingAt(candidate)) {
                op = candidate;
                break;
            }
        }
        m_i += op.size();
        while (!atEnd() && isBlank(peek()))
            ++m_i;
        Word target;
        readWord(target);
        if (target.text.isEmpty() && !target.quoted) {
            fail(QStringLiteral("a redirection has no target"));
            return true;
        }
        if (op == QLatin1String("<<") || op == QLatin1String("<<-")) {
            m_hereDocs.append(HereDoc{target.text, op == QLatin1String("<<-"), !target.quoted});
            return true;
        }
        const bool writes = op == QLatin1String(">") || op == QLatin1String(">>") ||
                            op == QLatin1String(">|") || op == QLatin1String("&>") ||
                            op == QLatin1String("&>>") || op == QLatin1String("<>") ||
                            op == QLatin1String(">&");
        static const QRegularExpression fdDup(QStringLiteral(R"(^(\d+|-)$)"));
        if (op == QLatin1String(">&") && fdDup.match(target.text).hasMatch())
            return true; // 2>&1: duplicates a descriptor, writes no file
        if (writes) {
            if (target.dynamic)
                fail(QStringLiteral("output goes to a file named by a variable"));
            cmd.writes.append(target.text);
            m_out->writes.append(target.text);
        }
        return true;
    }

    void readHereDocBodies()
    {
        const QList<HereDoc> docs = m_hereDocs;
        m_hereDocs.clear();
        for (const HereDoc &doc : docs) {
            bool closed = false;
            while (!atEnd()) {
                qsizetype nl = m_s.indexOf(QLatin1Char('\n'), m_i);
                if (nl < 0)
                    nl = m_s.size();
                QString line = m_s.mid(m_i, nl - m_i);
                m_i = std::min(nl + 1, m_s.size());
                if (doc.stripTabs) {
                    while (line.startsWith(QLatin1Char('\t')))
                        line.remove(0, 1);
                }
                if (line == doc.delimiter) {
                    closed = true;
                    break;
                }
                if (doc.expands && (line.contains(QLatin1String("$(")) || line.contains(QLatin1Char('`'))))
                    fail(QStringLiteral("a here-document runs commands ($( ) or backticks)"));
            }
            if (!closed)
                fail(QStringLiteral("a here-document has no end line"));
        }
    }

    void readWord(Word &w)
    {
        qsizetype literalPrefix = -1; // length of text before the first quote or expansion
        auto markSpecial = [&] {
            if (literalPrefix < 0)
                literalPrefix = w.text.size();
        };
        while (!atEnd()) {
            const QChar c = peek();
            if (endsWord(c))
                break;
            if (c == QLatin1Char('\\')) {
                markSpecial();
                if (peek(1) == QLatin1Char('\n')) {
                    m_i += 2;
                    continue;
                }
                if (m_i + 1 >= m_s.size()) {
                    fail(QStringLiteral("the command ends with a lone backslash"));
                    ++m_i;
                    break;
                }
                w.quoted = true;
                w.text += peek(1);
                m_i += 2;
                continue;
            }
            if (c == QLatin1Char('\'')) {
                markSpecial();
                w.quoted = true;
                const qsizetype close = m_s.indexOf(QLatin1Char('\''), m_i + 1);
                if (close < 0) {
                    fail(QStringLiteral("a single quote is never closed"));
                    w.text += m_s.mid(m_i + 1);
                    m_i = m_s.size();
                    break;
                }
                w.text += m_s.mid(m_i + 1, close - m_i - 1);
                m_i = close + 1;
                continue;
            }
            if (c == QLatin1Char('"')) {
                markSpecial();
                w.quoted = true;
                ++m_i;
                readDoubleQuoted(w);
                continue;
            }
            if (c == QLatin1Char('$') && peek(1) == QLatin1Char('\'')) {
                markSpecial();
                w.quoted = true;
                m_i += 2;
                readAnsiC(w);
                continue;
            }
            if (c == QLatin1Char('$') && peek(1) == QLatin1Char('"')) {
                markSpecial();
                w.quoted = true;
                m_i += 2;
                readDoubleQuoted(w);
                continue;
            }
            if (c == QLatin1Char('$') || c == QLatin1Char('`')) {
                markSpecial();
                readExpansion(w);
                continue;
            }
            w.text += c;
            ++m_i;
        }
        static const QRegularExpression assign(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*\+?=)"));
        const QString literal = literalPrefix < 0 ? w.text : w.text.left(literalPrefix);
        w.assignment = assign.match(literal).hasMatch();
    }

    void readDoubleQuoted(Word &w)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char('"')) {
                ++m_i;
                return;
            }
            if (c == QLatin1Char('\\')) {
                const QChar n = peek(1);
                if (n == QLatin1Char('\n')) {
                    m_i += 2;
                    continue;
                }
                if (n == QLatin1Char('$') || n == QLatin1Char('`') || n == QLatin1Char('"') ||
                    n == QLatin1Char('\\')) {
                    w.text += n;
                    m_i += 2;
                    continue;
                }
                w.text += c;
                ++m_i;
                continue;
            }
            if (c == QLatin1Char('$') || c == QLatin1Char('`')) {
                readExpansion(w);
                continue;
            }
            w.text += c;
            ++m_i;
        }
        fail(QStringLiteral("a double quote is never closed"));
    }

    void readAnsiC(Word &w)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char('\'')) {
                ++m_i;
                return;
            }
            if (c == QLatin1Char('\\')) {
                const QChar n = peek(1);
                static const QString simple = QStringLiteral("ntr\\'\"");
                if (simple.contains(n)) {
                    w.text += n == QLatin1Char('n')   ? QLatin1Char('\n')
                              : n == QLatin1Char('t') ? QLatin1Char('\t')
                              : n == QLatin1Char('r') ? QLatin1Char('\r')
                                                      : n;
                    m_i += 2;
                    continue;
                }
                // \x72, \0162, \u… can spell any command: we do not decode them.
                fail(QStringLiteral("$'…' escapes such as \\x are not understood"));
                w.dynamic = true;
                m_i += 2;
                continue;
            }
            w.text += c;
            ++m_i;
        }
        fail(QStringLiteral("a $'…' quote is never closed"));
    }

    // At '$' or '`'. Command substitutions are parsed recursively; variables mark the word
    // dynamic. The expansion's source text stays in the word ("ls $HOME"), so only a rule's `*`
    // can match it, never a literal.
    void readExpansion(Word &w)
    {
        const qsizetype start = m_i;
        if (readExpansionPart(w))
            w.text += m_s.mid(start, m_i - start);
    }

    // Returns true when what was read is an expansion (false for a literal '$').
    bool readExpansionPart(Word &w)
    {
        const QChar c = peek();
        if (c == QLatin1Char('`')) {
            QString inner;
            ++m_i;
            bool closed = false;
            while (!atEnd()) {
                const QChar d = peek();
                if (d == QLatin1Char('\\') && (peek(1) == QLatin1Char('`') || peek(1) == QLatin1Char('\\') ||
                                               peek(1) == QLatin1Char('$'))) {
                    inner += peek(1);
                    m_i += 2;
                    continue;
                }
                if (d == QLatin1Char('`')) {
                    ++m_i;
                    closed = true;
                    break;
                }
                inner += d;
                ++m_i;
            }
            if (!closed)
                fail(QStringLiteral("a backtick is never closed"));
            Parser sub(inner, m_out, m_depth + 1);
            sub.run();
            w.dynamic = true;
            return true;
        }
        // c == '$'
        const QChar n = peek(1);
        if (n == QLatin1Char('(') && peek(2) == QLatin1Char('(')) {
            // $(( arithmetic )): fine unless it hides a command.
            m_i += 3;
            int depth = 2;
            const qsizetype start = m_i;
            while (!atEnd() && depth > 0) {
                if (peek() == QLatin1Char('('))
                    ++depth;
                else if (peek() == QLatin1Char(')'))
                    --depth;
                ++m_i;
            }
            const QString inner = m_s.mid(start, m_i - start);
            if (depth != 0)
                fail(QStringLiteral("an arithmetic expansion $(( )) is never closed"));
            else if (inner.contains(QLatin1Char('`')) || inner.contains(QLatin1String("$(")) ||
                     inner.contains(QLatin1Char('[')))
                fail(QStringLiteral("arithmetic $(( )) with commands or arrays in it is not understood"));
            w.dynamic = true;
            return true;
        }
        if (n == QLatin1Char('(')) {
            m_i += 2;
            parseSequence(QLatin1Char(')'));
            w.dynamic = true;
            return true;
        }
        if (n == QLatin1Char('{')) {
            m_i += 2;
            int depth = 1;
            const qsizetype start = m_i;
            while (!atEnd() && depth > 0) {
                if (peek() == QLatin1Char('{'))
                    ++depth;
                else if (peek() == QLatin1Char('}'))
                    --depth;
                ++m_i;
            }
            const QString inner = m_s.mid(start, m_i - start);
            if (depth != 0)
                fail(QStringLiteral("a ${ } expansion is never closed"));
            else if (inner.contains(QLatin1Char('`')) || inner.contains(QLatin1String("$(")))
                fail(QStringLiteral("a ${ } expansion with commands in it is not understood"));
            w.dynamic = true;
            return true;
        }
        static const QString special = QStringLiteral("?#@*$!-0123456789");
        if (isNameStart(n)) {
            m_i += 1;
            while (!atEnd() && isNameChar(peek()))
                ++m_i;
            w.dynamic = true;
            return true;
        }
        if (!n.isNull() && special.contains(n)) {
            m_i += 2;
            w.dynamic = true;
            return true;
        }
        w.text += c; // a lone '$' is literal
        ++m_i;
        return false;
    }

    void finishCommand(RawCommand cmd)
    {
        // Reserved words that only structure the list; what follows them is the command.
        static const QStringList structural{
            QStringLiteral("{"),    QStringLiteral("}"),    QStringLiteral("!"),     QStringLiteral("if"),
            QStringLiteral("then"), QStringLiteral("else"), QStringLiteral("elif"),  QStringLiteral("fi"),
            QStringLiteral("do"),   QStringLiteral("done"), QStringLiteral("while"), QStringLiteral("until")};
        static const QStringList unsupported{QStringLiteral("case"), QStringLiteral("esac"),
                                             QStringLiteral("function"), QStringLiteral("coproc"),
                                             QStringLiteral("alias")};
        while (!cmd.words.isEmpty()) {
            const Word &first = cmd.words.constFirst();
            if (first.quoted || first.dynamic)
                break;
            if (structural.contains(first.text)) {
                cmd.words.removeFirst();
                continue;
            }
            if (first.text == QLatin1String("for") || first.text == QLatin1String("select")) {
                cmd.words.clear(); // a loop header; its body follows after "do"
                break;
            }
            if (unsupported.contains(first.text)) {
                fail(QStringLiteral("\"%1\" is not understood").arg(first.text));
                cmd.words.clear();
            }
            break;
        }
        while (!cmd.words.isEmpty() && cmd.words.constFirst().assignment)
            cmd.words.removeFirst();
        if (cmd.words.isEmpty()) {
            if (!cmd.writes.isEmpty())
                m_out->commands.append(SimpleCommand{{}, cmd.writes, cmd.pipedInput});
            return;
        }
        QStringList words;
        QList<bool> dynamic;
        for (const Word &w : std::as_const(cmd.words)) {
            words.append(w.text);
            dynamic.append(w.dynamic);
        }
        emitCommand(words, dynamic, cmd.writes, cmd.pipedInput, 0);
    }

    // Takes wrappers off and emits the command(s) they run.
    void emitCommand(QStringList words, QList<bool> dynamic, const QStringList &writes, bool piped, int depth)
    {
        auto drop = [&](qsizetype n) {
            n = std::min(n, words.size());
            words.remove(0, n);
            dynamic.remove(0, n);
        };
        auto reparse = [&](const QString &text) {
            Parser sub(text, m_out, m_depth + 1 + depth);
            sub.run();
        };
        if (words.isEmpty())
            return;
        if (depth > kMaxDepth) {
            fail(QStringLiteral("commands are wrapped too deeply"));
            return;
        }
        if (dynamic.constFirst()) {
            fail(QStringLiteral("the command name comes from a variable or a substitution"));
            m_out->commands.append(SimpleCommand{words, writes, piped});
            return;
        }
        const QString name = baseName(words.constFirst());
        // Skips options; `withValue` lists the options that take the next word as their value.
        auto skipOptions = [&](const QStringList &withValue) {
            drop(1);
            while (!words.isEmpty()) {
                const QString &w = words.constFirst();
                if (w == QLatin1String("--")) {
                    drop(1);
                    break;
                }
                if (!w.startsWith(QLatin1Char('-')) || w == QLatin1String("-"))
                    break;
                const bool takesValue = withValue.contains(w);
                drop(takesValue ? 2 : 1);
            }
        };
        auto dropAssignments = [&] {
            static const QRegularExpression assign(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*=)"));
            while (!words.isEmpty() && assign.match(words.constFirst()).hasMatch())
                drop(1);
        };
        auto emitRest = [&](const QString &wrapper) {
            if (words.isEmpty()) {
                m_out->commands.append(SimpleCommand{{wrapper}, writes, piped});
                return;
            }
            emitCommand(words, dynamic, writes, piped, depth + 1);
        };

        if (name == QLatin1String("sudo") || name == QLatin1String("doas")) {
            skipOptions({QStringLiteral("-u"), QStringLiteral("-g"), QStringLiteral("-h"),
                         QStringLiteral("-p"), QStringLiteral("-C"), QStringLiteral("-D"),
                         QStringLiteral("-r"), QStringLiteral("-t"), QStringLiteral("-U"),
                         QStringLiteral("-T")});
            dropAssignments();
            emitRest(name);
            return;
        }
        if (name == QLatin1String("env")) {
            for (const QString &w : std::as_const(words)) {
                if (w == QLatin1String("-S") || w.startsWith(QLatin1String("--split-string")) ||
                    (w.startsWith(QLatin1String("-S")) && !w.startsWith(QLatin1String("--")))) {
                    fail(QStringLiteral("env -S is not understood"));
                    break;
                }
            }
            skipOptions({QStringLiteral("-u"), QStringLiteral("-C"), QStringLiteral("--unset"),
                         QStringLiteral("--chdir")});
            dropAssignments();
            emitRest(name);
            return;
        }
        if (name == QLatin1String("nice")) {
            skipOptions({QStringLiteral("-n"), QStringLiteral("--adjustment")});
            emitRest(name);
            return;
        }
        if (name == QLatin1String("timeout")) {
            skipOptions({QStringLiteral("-s"), QStringLiteral("-k"), QStringLiteral("--signal"),
                         QStringLiteral("--kill-after")});
            drop(1); // the duration
            emitRest(name);
            return;
        }
        if (name == QLatin1String("nohup") || name == QLatin1String("time") ||
            name == QLatin1String("builtin")) {
            skipOptions({});
            emitRest(name);
            return;
        }
        if (name == QLatin1String("stdbuf")) {
            skipOptions({QStringLiteral("-i"), QStringLiteral("-o"), QStringLiteral("-e")});
            emitRest(name);
            return;
        }
        if (name == QLatin1String("command")) {
            if (words.contains(QStringLiteral("-v")) || words.contains(QStringLiteral("-V"))) {
                m_out->commands.append(SimpleCommand{words, writes, piped}); // only looks a name up
                return;
            }
            skipOptions({});
            emitRest(name);
            return;
        }
        if (name == QLatin1String("exec")) {
            skipOptions({QStringLiteral("-a")});
            if (!words.isEmpty())
                emitCommand(words, dynamic, writes, piped, depth + 1);
            return;
        }
        if (name == QLatin1String("xargs")) {
            skipOptions(
                {QStringLiteral("-a"), QStringLiteral("-d"), QStringLiteral("-E"), QStringLiteral("-I"),
                 QStringLiteral("-L"), QStringLiteral("-n"), QStringLiteral("-P"), QStringLiteral("-s"),
                 QStringLiteral("--arg-file"), QStringLiteral("--delimiter"), QStringLiteral("--max-args"),
                 QStringLiteral("--max-procs"), QStringLiteral("--max-lines"), QStringLiteral("--replace")});
            if (words.isEmpty()) {
                m_out->commands.append(SimpleCommand{{QStringLiteral("echo")}, writes, piped});
                return;
            }
            emitCommand(words, dynamic, writes, piped, depth + 1);
            return;
        }
        static const QStringList shells{
            QStringLiteral("sh"),  QStringLiteral("bash"), QStringLiteral("dash"), QStringLiteral("zsh"),
            QStringLiteral("ksh"), QStringLiteral("su"),   QStringLiteral("fish"), QStringLiteral("busybox")};
        if (shells.contains(name)) {
            for (qsizetype k = 1; k < words.size(); ++k) {
                const QString &w = words.at(k);
                const bool isC = w == QLatin1String("-c") ||
                                 (w.startsWith(QLatin1Char('-')) && !w.startsWith(QLatin1String("--")) &&
                                  w.contains(QLatin1Char('c')) && name != QLatin1String("su"));
                if (!isC)
                    continue;
                if (k + 1 >= words.size()) {
                    fail(QStringLiteral("%1 -c has no command").arg(name));
                    return;
                }
                if (dynamic.at(k + 1))
                    fail(QStringLiteral("%1 -c runs a command built from a variable").arg(name));
                reparse(words.at(k + 1));
                return;
            }
            if (name == QLatin1String("busybox")) {
                drop(1);
                emitRest(name);
                return;
            }
            m_out->commands.append(SimpleCommand{words, writes, piped});
            return;
        }
        if (name == QLatin1String("eval") || name == QLatin1String("source") || name == QLatin1String(".")) {
            if (name != QLatin1String("eval")) {
                m_out->commands.append(SimpleCommand{words, writes, piped});
                return;
            }
            drop(1);
            if (dynamic.contains(true))
                fail(QStringLiteral("eval runs a command built from a variable"));
            reparse(words.join(QLatin1Char(' ')));
            return;
        }
        if (name == QLatin1String("find")) {
            static const QStringList execs{QStringLiteral("-exec"), QStringLiteral("-execdir"),
                                           QStringLiteral("-ok"), QStringLiteral("-okdir")};
            QStringList outer;
            for (qsizetype k = 0; k < words.size(); ++k) {
                if (!execs.contains(words.at(k))) {
                    outer.append(words.at(k));
                    continue;
                }
                qsizetype end = k + 1;
                while (end < words.size() && words.at(end) != QLatin1String(";") &&
                       words.at(end) != QLatin1String("+"))
                    ++end;
                if (end >= words.size()) {
                    fail(QStringLiteral("find %1 has no closing \";\" or \"+\"").arg(words.at(k)));
                    return;
                }
                emitCommand(words.mid(k + 1, end - k - 1), dynamic.mid(k + 1, end - k - 1), {}, false,
                            depth + 1);
                k = end;
            }
            m_out->commands.append(SimpleCommand{outer, writes, piped});
            return;
        }
        m_out->commands.append(SimpleCommand{words, writes, piped});
    }

    QString m_s;
    qsizetype m_i = 0;
    ShellParse *m_out;
    int m_depth;
    QList<HereDoc> m_hereDocs;
    int m_nesting = 0;
};

} // namespace

ShellParse ShellParser::parse(const QString &commandLine)
{
    ShellParse result;
    Parser parser(commandLine, &result, 0);
    parser.run();
    if (result.commands.isEmpty() && result.confident && commandLine.trimmed().isEmpty()) {
        result.confident = false;
        result.why = QStringLiteral("the command is empty");
    }
    return result;
}

} // namespace Workbench
