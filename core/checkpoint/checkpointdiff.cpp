// SPDX-License-Identifier: MIT
#include "checkpoint/checkpointdiff.h"

#include <QStringDecoder>

#include <algorithm>
#include <vector>

namespace Workbench {

namespace {

constexpr int kMaxEdits = 4000; // Myers cost is O(D²) memory; beyond this the diff says so

struct Op
{
    char kind; // ' ', '-', '+'
    int a;     // line index in old (for ' ' and '-')
    int b;     // line index in new (for ' ' and '+')
};

QList<QByteArrayView> splitLines(const QByteArray &text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        // Each line keeps its '\n', so a last line without one differs from the same text with it.
        const qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(QByteArrayView(text.constData() + start, end - start));
        start = end;
    }
    return lines;
}

// Myers' O(ND) algorithm; keeps V for every step (only the 2d+1 diagonals reached) to walk back.
bool myers(const QList<QByteArrayView> &a, const QList<QByteArrayView> &b, std::vector<Op> &ops)
{
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= std::min(n + m, kMaxEdits) && found < 0; ++d) {
        std::vector<int> v(size_t(2 * d + 1));
        const std::vector<int> *prev = d > 0 ? &trace.back() : nullptr;
        const auto prevAt = [&](int k) { return (*prev)[size_t(k + d - 1)]; };
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (d == 0)
                x = 0;
            else if (k == -d || (k != d && prevAt(k - 1) < prevAt(k + 1)))
                x = prevAt(k + 1);
            else
                x = prevAt(k - 1) + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[size_t(k + d)] = x;
            if (x >= n && y >= m)
                found = d;
        }
        trace.push_back(std::move(v));
    }
    if (found < 0)
        return false;

    std::vector<Op> rev;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[size_t(d - 1)];
        const auto prevAt = [&](int k) { return prev[size_t(k + d - 1)]; };
        const int k = x - y;
        const int prevK = (k == -d || (k != d && prevAt(k - 1) < prevAt(k + 1))) ? k + 1 : k - 1;
        const int prevX = prevAt(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            rev.push_back({' ', x, y});
        }
        if (x == prevX)
            rev.push_back({'+', x, prevY});
        else
            rev.push_back({'-', prevX, y});
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        rev.push_back({' ', x, y});
    }
    ops.assign(rev.rbegin(), rev.rend());
    return true;
}

QString range(int start, int count)
{
    // Unified diff: a hunk that covers no line names the line before it.
    if (count == 0)
        return QStringLiteral("%1,0").arg(start);
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(start + 1).arg(count);
}

QString typeWord(CheckpointEntry::Type t)
{
    switch (t) {
    case CheckpointEntry::Type::Dir:
        return QStringLiteral("folder");
    case CheckpointEntry::Type::Symlink:
        return QStringLiteral("link");
    case CheckpointEntry::Type::Other:
        return QStringLiteral("special file");
    case CheckpointEntry::Type::File:
        break;
    }
    return QStringLiteral("file");
}

} // namespace

bool looksLikeText(const QByteArray &data)
{
    if (data.left(8192).contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString s = decoder(data);
    Q_UNUSED(s)
    return !decoder.hasError();
}

QString unifiedTextDiff(const QString &oldName, const QString &newName, const QByteArray &oldText,
                        const QByteArray &newText, int context)
{
    if (oldText == newText)
        return {};
    const QList<QByteArrayView> a = splitLines(oldText);
    const QList<QByteArrayView> b = splitLines(newText);
    QString out = QStringLiteral("--- a/%1\n+++ b/%2\n").arg(oldName, newName);

    std::vector<Op> ops;
    if (!myers(a, b, ops))
        return out + QStringLiteral("@@ more than %1 lines differ; the line-by-line diff is not shown @@\n")
                         .arg(kMaxEdits);
    const auto line = [&](const Op &o) {
        QByteArrayView text = o.kind == '+' ? b.at(o.b) : a.at(o.a);
        const bool eol = text.endsWith('\n');
        if (eol)
            text.chop(1);
        QString s = QLatin1Char(o.kind) + QString::fromUtf8(text) + QLatin1Char('\n');
        if (!eol)
            s += QStringLiteral("\\ No newline at end of file\n");
        return s;
    };

    const int total = int(ops.size());
    int i = 0;
    while (i < total) {
        while (i < total && ops[size_t(i)].kind == ' ')
            ++i;
        if (i >= total)
            break;
        // Grow the hunk while the next change is within 2 × context unchanged lines.
        const int start = std::max(0, i - context);
        int end = i;
        for (;;) {
            while (end < total && ops[size_t(end)].kind != ' ')
                ++end;
            int gap = end;
            while (gap < total && ops[size_t(gap)].kind == ' ')
                ++gap;
            if (gap < total && gap - end <= 2 * context) {
                end = gap;
                continue;
            }
            end = std::min(total, end + context);
            break;
        }
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        QString body;
        for (int j = start; j < end; ++j) {
            const Op &o = ops[size_t(j)];
            if (o.kind != '+') {
                if (aStart < 0)
                    aStart = o.a;
                ++aCount;
            }
            if (o.kind != '-') {
                if (bStart < 0)
                    bStart = o.b;
                ++bCount;
            }
            body += line(o);
        }
        const Op &first = ops[size_t(start)];
        if (aStart < 0)
            aStart = first.a;
        if (bStart < 0)
            bStart = first.b;
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) + body;
        i = end;
    }
    return out;
}

QString CheckpointChange::summary() const
{
    const QString shown = newType == CheckpointEntry::Type::Dir ||
                                  (kind == Kind::Removed && oldType == CheckpointEntry::Type::Dir)
                              ? path + QLatin1Char('/')
                              : path;
    QStringList notes;
    if (oldMode != newMode && kind != Kind::Added && kind != Kind::Removed)
        notes.append(QStringLiteral("mode %1 \u2192 %2")
                         .arg(oldMode, 3, 8, QLatin1Char('0'))
                         .arg(newMode, 3, 8, QLatin1Char('0')));
    if (kind == Kind::TypeChanged)
        notes.append(QStringLiteral("%1 \u2192 %2").arg(typeWord(oldType), typeWord(newType)));
    if (binary)
        notes.append(QStringLiteral("binary"));
    if (tooLarge)
        notes.append(QStringLiteral("too large to show"));
    if (notCaptured)
        notes.append(QStringLiteral("content not captured"));
    QString letter;
    switch (kind) {
    case Kind::Added:
        letter = QStringLiteral("A");
        break;
    case Kind::Removed:
        letter = QStringLiteral("D");
        break;
    case Kind::Modified:
        letter = QStringLiteral("M");
        break;
    case Kind::ModeChanged:
        letter = QStringLiteral("P");
        break;
    case Kind::TypeChanged:
        letter = QStringLiteral("T");
        break;
    }
    QString s = letter + QStringLiteral("  ") + shown;
    if (!notes.isEmpty())
        s += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
    return s;
}

Result<QList<CheckpointChange>> diffCheckpoints(const CheckpointStore &store, const Checkpoint &from,
                                                const Checkpoint &to, const CheckpointDiffOptions &options)
{
    QList<CheckpointChange> out;
    const auto content = [&](const CheckpointEntry &e) -> Result<QByteArray> {
        if (e.type == CheckpointEntry::Type::Symlink)
            return QByteArray(e.linkTarget + '\n');
        if (e.type != CheckpointEntry::Type::File)
            return QByteArray();
        return store.blob(e.sha256);
    };
    // Fills in binary / tooLarge / unifiedDiff for a change whose sides are files or links.
    const auto describe = [&](CheckpointChange &c, const CheckpointEntry *oldE,
                              const CheckpointEntry *newE) -> Status {
        const auto textual = [](const CheckpointEntry *e) {
            return !e || e->type == CheckpointEntry::Type::File || e->type == CheckpointEntry::Type::Symlink;
        };
        if (!textual(oldE) || !textual(newE) || (oldE && !oldE->captured()) || (newE && !newE->captured())) {
            c.notCaptured = (oldE && !oldE->captured()) || (newE && !newE->captured());
            return {};
        }
        if ((oldE && oldE->size > options.maxTextBytes) || (newE && newE->size > options.maxTextBytes)) {
            c.tooLarge = true;
            return {};
        }
        if (!options.withText)
            return {};
        QByteArray a, b;
        if (oldE) {
            auto r = content(*oldE);
            if (!r)
                return r.error();
            a = *r;
        }
        if (newE) {
            auto r = content(*newE);
            if (!r)
                return r.error();
            b = *r;
        }
        if (!looksLikeText(a) || !looksLikeText(b)) {
            c.binary = true;
            c.tooLarge = false;
            return {};
        }
        c.unifiedDiff = unifiedTextDiff(oldE ? c.path : QStringLiteral("/dev/null"),
                                        newE ? c.path : QStringLiteral("/dev/null"), a, b, options.context);
        return {};
    };

    const auto compare = [&](const CheckpointEntry *oldE, const CheckpointEntry *newE) -> Status {
        CheckpointChange c;
        if (oldE && newE) {
            c.path = newE->path;
            c.oldType = oldE->type;
            c.newType = newE->type;
            c.oldMode = oldE->mode;
            c.newMode = newE->mode;
            c.oldSize = oldE->size;
            c.newSize = newE->size;
            if (oldE->type != newE->type) {
                c.kind = CheckpointChange::Kind::TypeChanged;
            } else if (oldE->type == CheckpointEntry::Type::Dir ||
                       oldE->type == CheckpointEntry::Type::Other) {
                if (oldE->mode == newE->mode)
                    return {};
                c.kind = CheckpointChange::Kind::ModeChanged;
            } else {
                const bool uncaptured = !oldE->captured() || !newE->captured();
                const bool sameContent = oldE->type == CheckpointEntry::Type::Symlink
                                             ? oldE->linkTarget == newE->linkTarget
                                             : !uncaptured && oldE->sha256 == newE->sha256;
                if (uncaptured && oldE->type == CheckpointEntry::Type::File && oldE->size == newE->size &&
                    oldE->mtimeNs == newE->mtimeNs && oldE->inode == newE->inode && oldE->mode == newE->mode)
                    return {}; // not captured, and nothing suggests a change
                if (sameContent && oldE->mode == newE->mode)
                    return {};
                c.kind = sameContent ? CheckpointChange::Kind::ModeChanged : CheckpointChange::Kind::Modified;
                if (!sameContent) {
                    if (Status s = describe(c, oldE, newE); !s)
                        return s;
                }
            }
        } else if (newE) {
            c.path = newE->path;
            c.kind = CheckpointChange::Kind::Added;
            c.oldType = c.newType = newE->type;
            c.oldMode = c.newMode = newE->mode;
            c.newSize = newE->size;
            if (Status s = describe(c, nullptr, newE); !s)
                return s;
        } else {
            c.path = oldE->path;
            c.kind = CheckpointChange::Kind::Removed;
            c.oldType = c.newType = oldE->type;
            c.oldMode = c.newMode = oldE->mode;
            c.oldSize = oldE->size;
            if (Status s = describe(c, oldE, nullptr); !s)
                return s;
        }
        out.append(std::move(c));
        return {};
    };

    for (const CheckpointEntry &o : from.entries) {
        if (Status s = compare(&o, to.find(o.path)); !s)
            return s.error();
    }
    for (const CheckpointEntry &n : to.entries) {
        if (from.find(n.path))
            continue;
        if (Status s = compare(nullptr, &n); !s)
            return s.error();
    }
    std::sort(out.begin(), out.end(), [](const CheckpointChange &x, const CheckpointChange &y) {
        return Checkpoint::pathLess(x.path, y.path);
    });
    return out;
}

} // namespace Workbench
