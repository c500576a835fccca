// SPDX-License-Identifier: MIT
#include "sandbox/domainpolicy.h"

#include <QStringList>

namespace Workbench {

namespace {

Error invalidHost(const QString &why)
{
    return Error{QStringLiteral("invalid_host"), why, {}, {}};
}

Error invalidRule(const QString &text, const QString &why)
{
    return Error{QStringLiteral("invalid_domain_rule"),
                 QStringLiteral("\u201C%1\u201D is not a domain rule: %2. Write a host name such as "
                                "api.example.com, *.example.com or example.com:8443.")
                     .arg(text, why),
                 {},
                 {}};
}

bool isDigits(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool inV4(quint32 a, quint32 net, int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (a & mask) == (net & mask);
}

constexpr quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

QString refusalV4(quint32 a, bool allowPrivate)
{
    if (a == v4(169, 254, 169, 254))
        return QStringLiteral("a cloud metadata address");
    if (inV4(a, v4(0, 0, 0, 0), 8))
        return QStringLiteral("an unspecified (0.0.0.0/8) address");
    if (inV4(a, v4(224, 0, 0, 0), 4))
        return QStringLiteral("a multicast address");
    if (inV4(a, v4(240, 0, 0, 0), 4))
        return QStringLiteral("a reserved or broadcast address");
    if (allowPrivate)
        return {};
    if (inV4(a, v4(127, 0, 0, 0), 8))
        return QStringLiteral("a loopback address");
    if (inV4(a, v4(10, 0, 0, 0), 8) || inV4(a, v4(172, 16, 0, 0), 12) || inV4(a, v4(192, 168, 0, 0), 16))
        return QStringLiteral("a private (RFC 1918) address");
    if (inV4(a, v4(100, 64, 0, 0), 10))
        return QStringLiteral("a carrier-grade NAT (100.64/10) address");
    if (inV4(a, v4(169, 254, 0, 0), 16))
        return QStringLiteral("a link-local address");
    return {};
}

} // namespace

Result<QString> DomainPolicy::normalizeHost(QByteArrayView raw)
{
    if (raw.isEmpty())
        return invalidHost(QStringLiteral("the host name is empty"));
    for (char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return invalidHost(QStringLiteral("the host name contains a NUL or control character"));
        if (u >= 0x80)
            return invalidHost(QStringLiteral("the host name is not ASCII (use its xn-- form)"));
    }
    QByteArray h = raw.toByteArray().toLower();
    if (h.startsWith('[')) {
        if (!h.endsWith(']'))
            return invalidHost(QStringLiteral("the IPv6 address has no closing bracket"));
        h = h.mid(1, h.size() - 2);
    }
    if (h.contains(':')) {
        // Only hex digits, ':' and '.' (an embedded IPv4); no zone id.
        for (char c : std::as_const(h)) {
            if (!(isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.'))
                return invalidHost(QStringLiteral("the IPv6 address is malformed"));
        }
        const QHostAddress a(QString::fromLatin1(h));
        if (a.isNull() || a.protocol() != QAbstractSocket::IPv6Protocol)
            return invalidHost(QStringLiteral("the IPv6 address is malformed"));
        return a.toString();
    }
    if (h.endsWith('.'))
        h.chop(1);
    if (h.isEmpty() || h.size() > 253)
        return invalidHost(QStringLiteral("the host name is empty or longer than 253 characters"));
    const QList<QByteArray> labels = h.split('.');
    for (const QByteArray &l : labels) {
        if (l.isEmpty() || l.size() > 63)
            return invalidHost(QStringLiteral("the host name has an empty or over-long label"));
        for (char c : l) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
                return invalidHost(
                    QStringLiteral("the host name contains \u201C%1\u201D").arg(QString::fromLatin1(&c, 1)));
        }
    }
    // A numeric last label means an address: only the dotted quad is accepted, so no resolver
    // reads "2130706433" or "0x7f.1" as 127.0.0.1 behind the rule check's back.
    if (isDigits(labels.constLast()) || labels.constLast().startsWith("0x")) {
        bool quad = labels.size() == 4;
        for (const QByteArray &l : labels) {
            bool ok = false;
            const int v = l.toInt(&ok);
            quad = quad && isDigits(l) && ok && v <= 255 && (l.size() == 1 || l.at(0) != '0');
        }
        if (!quad)
            return invalidHost(QStringLiteral("the host is a malformed IPv4 address"));
    }
    return QString::fromLatin1(h);
}

QString DomainPolicy::refusal(const QHostAddress &address, bool allowPrivate)
{
    if (address.isNull())
        return QStringLiteral("not an address");
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return refusalV4(address.toIPv4Address(), allowPrivate);
    const Q_IPV6ADDR b = address.toIPv6Address();
    const auto allZero = [&b](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (b[i] != 0)
                return false;
        }
        return true;
    };
    const auto tailV4 = [&b] {
        return (quint32(b[12]) << 24) | (quint32(b[13]) << 16) | (quint32(b[14]) << 8) | quint32(b[15]);
    };
    // ::ffff:a.b.c.d (mapped), 64:ff9b::a.b.c.d (NAT64) and ::a.b.c.d (compatible) reach IPv4.
    if (allZero(0, 10) && b[10] == 0xff && b[11] == 0xff)
        return refusalV4(tailV4(), allowPrivate);
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && allZero(4, 12))
        return refusalV4(tailV4(), allowPrivate);
    // 64:ff9b:1::/48 is NAT64 for a local network; where the IPv4 sits depends on the operator's
    // prefix length (it could be a metadata address), so it is refused even for reach-private.
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0x00 && b[5] == 0x01)
        return QStringLiteral("a local-use NAT64 (64:ff9b:1::/48) address");
    const auto v4At = [&b](int i) {
        return (quint32(b[i]) << 24) | (quint32(b[i + 1]) << 16) | (quint32(b[i + 2]) << 8) |
               quint32(b[i + 3]);
    };
    // 6to4 (2002:AABB:CCDD::/48) routes to the IPv4 address in bits 16-47.
    if (b[0] == 0x20 && b[1] == 0x02) {
        if (const QString why = refusalV4(v4At(2), allowPrivate); !why.isEmpty())
            return QStringLiteral("a 6to4 form of %1").arg(why);
    }
    // Teredo (2001:0::/32) names a server IPv4 (bits 32-63) and the client's IPv4, inverted, in
    // the last 32 bits; either one being refused refuses the address.
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) {
        for (const quint32 embedded : {v4At(4), ~v4At(12)}) {
            if (const QString why = refusalV4(embedded, allowPrivate); !why.isEmpty())
                return QStringLiteral("a Teredo form of %1").arg(why);
        }
    }
    if (allZero(0, 15) && b[15] == 0)
        return QStringLiteral("the unspecified address");
    static const QHostAddress metadata(QStringLiteral("fd00:ec2::254"));
    if (address.isEqual(metadata))
        return QStringLiteral("a cloud metadata address");
    if (b[0] == 0xff)
        return QStringLiteral("a multicast address");
    if (allZero(0, 12) && !(allZero(12, 15) && b[15] == 1))
        return refusalV4(tailV4(), allowPrivate);
    if (allowPrivate)
        return {};
    if (allZero(0, 15) && b[15] == 1)
        return QStringLiteral("a loopback address");
    if ((b[0] & 0xfe) == 0xfc)
        return QStringLiteral("a unique local (fc00::/7) address");
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return QStringLiteral("a link-local address");
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return QStringLiteral("a site-local address");
    return {};
}

Result<DomainRule> DomainRule::parse(const QString &rawText, Kind kind, const QString &source,
                                     bool reachPrivate)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return invalidRule(text, QStringLiteral("it is empty"));
    QString host = text;
    int port = 0;
    // The port is what follows the last ':' outside brackets; a bare IPv6 needs brackets.
    const qsizetype close = host.lastIndexOf(QLatin1Char(']'));
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon > close && (close >= 0 || host.count(QLatin1Char(':')) == 1)) {
        bool ok = false;
        port = host.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalidRule(text, QStringLiteral("the port must be a number from 1 to 65535"));
        host.truncate(colon);
    }
    if (host == QLatin1String("*"))
        return invalidRule(text, QStringLiteral("a rule for every host would turn the filter off"));
    QString pattern;
    if (host.startsWith(QLatin1String("*."))) {
        auto suffix = DomainPolicy::normalizeHost(host.mid(2).toUtf8());
        if (!suffix)
            return invalidRule(text, suffix.error().message);
        if (!suffix->contains(QLatin1Char('.')) && kind == Kind::Allow)
            return invalidRule(text, QStringLiteral("a wildcard over a whole top-level domain is too broad"));
        pattern = QStringLiteral("*.") + *suffix;
    } else {
        if (host.contains(QLatin1Char('*')))
            return invalidRule(text,
                               QStringLiteral("'*' is allowed only as the first label (*.example.com)"));
        auto normal = DomainPolicy::normalizeHost(host.toUtf8());
        if (!normal)
            return invalidRule(text, normal.error().message);
        pattern = *normal;
    }
    if (reachPrivate && port == 0)
        return invalidRule(text, QStringLiteral("a rule that may reach private addresses needs a port"));
    DomainRule r;
    r.kind = kind;
    r.text = text;
    r.source = source;
    r.pattern = pattern;
    r.port = port;
    r.reachPrivate = reachPrivate && kind == Kind::Allow;
    return r;
}

bool DomainRule::matches(const QString &host, int p) const
{
    if (port != 0 && port != p)
        return false;
    if (pattern.startsWith(QLatin1String("*.")))
        return host.endsWith(QStringView(pattern).mid(1)) && host.size() > pattern.size() - 1;
    return host == pattern;
}

Status DomainPolicy::addRule(const QString &text, DomainRule::Kind kind, const QString &source,
                             bool reachPrivate)
{
    auto r = DomainRule::parse(text, kind, source, reachPrivate);
    if (!r)
        return r.error();
    m_rules.append(*r);
    return {};
}

DomainPolicy::Match DomainPolicy::evaluate(const QString &host, int port) const
{
    for (const DomainRule &r : m_rules) {
        if (r.kind == DomainRule::Kind::Deny && r.matches(host, port))
            return {Verdict::Deny, r.text, r.source, false};
    }
    for (const DomainRule &r : m_rules) {
        if (r.kind == DomainRule::Kind::Allow && r.matches(host, port))
            return {Verdict::Allow, r.text, r.source, r.reachPrivate};
    }
    return {};
}

QStringList DomainPolicy::allowedTexts() const
{
    QStringList out;
    for (const DomainRule &r : m_rules) {
        if (r.kind == DomainRule::Kind::Allow && !out.contains(r.text))
            out << r.text;
    }
    return out;
}

QString DomainPolicy::domainFromWebFetch(const QString &specifier)
{
    const QString s = specifier.trimmed();
    if (!s.startsWith(QLatin1String("domain:")))
        return {};
    return s.mid(7).trimmed();
}

} // namespace Workbench
