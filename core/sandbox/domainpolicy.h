// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Workbench {

/// One network rule of the sandbox's proxy: a host name, optionally scoped to a port.
///  - `example.com` matches exactly that name; `*.example.com` matches every name below it (not
///    example.com itself); a bare `*` is refused (an allow-everything rule defeats the proxy).
///  - `example.com:8443` matches only port 8443; without a port any port matches.
///  - IP literals (`203.0.113.7`, `[2001:db8::1]`) match only themselves.
/// `reachPrivate` lets an allow rule reach loopback/private addresses (a dev server); it is off
/// unless the user asks for it explicitly, and needs a port. Metadata addresses stay refused.
struct DomainRule
{
    enum class Kind
    {
        Allow,
        Deny
    };

    Kind kind = Kind::Allow;
    QString text;    ///< as written: "*.example.com:443"
    QString source;  ///< "--allow-domain", "settings", "approved for this run", a file path
    QString pattern; ///< normalised host or "*.suffix"
    int port = 0;    ///< 0: any port
    bool reachPrivate = false;

    /// Parses `HOST[:PORT]`, `*.DOMAIN[:PORT]` or `[IPv6][:PORT]`.
    static Result<DomainRule> parse(const QString &text, Kind kind, const QString &source,
                                    bool reachPrivate = false);
    [[nodiscard]] bool matches(const QString &normalizedHost, int port) const;
};

/// Which hosts the sandbox may reach through the proxy. Pure and synchronous.
/// Deny rules win over allow rules; a host no rule names is Unknown (the proxy then asks).
class DomainPolicy
{
public:
    enum class Verdict
    {
        Allow,
        Deny,
        Unknown
    };
    struct Match
    {
        Verdict verdict = Verdict::Unknown;
        QString rule;   ///< the deciding rule's text
        QString source; ///< where it came from
        bool reachPrivate = false;
    };

    Status addRule(const QString &text, DomainRule::Kind kind, const QString &source,
                   bool reachPrivate = false);
    void addRule(const DomainRule &rule) { m_rules.append(rule); }
    [[nodiscard]] const QList<DomainRule> &rules() const { return m_rules; }
    [[nodiscard]] Match evaluate(const QString &normalizedHost, int port) const;
    /// The allow rules' texts, for the UI ("example.com, *.pypi.org:443").
    [[nodiscard]] QStringList allowedTexts() const;

    /// The one normal form of a host name, used for both the rule check and the connection:
    /// ASCII only, lower case, no trailing dot, labels of letters/digits/'-'/'_' (1–63 bytes,
    /// 253 in all); an IPv4 literal in dotted-quad form or an IPv6 literal (brackets removed).
    /// Refuses NUL and control characters, spaces, '%' (zone ids), and all-numeric forms that
    /// resolvers read as addresses ("2130706433", "0x7f.1").
    static Result<QString> normalizeHost(QByteArrayView raw);

    /// Claude Code's `WebFetch(domain:example.com)` rule specifier → "example.com"; empty when
    /// `specifier` is not a domain form.
    static QString domainFromWebFetch(const QString &specifier);

    /// Why the proxy must never connect to `address`, in words; empty when it may.
    /// `allowPrivate` lifts the loopback/private/link-local/ULA refusal (never the metadata,
    /// unspecified, multicast or broadcast one). IPv4-mapped and NAT64 IPv6 are judged as IPv4.
    static QString refusal(const QHostAddress &address, bool allowPrivate);

private:
    QList<DomainRule> m_rules;
};

} // namespace Workbench
