// SPDX-License-Identifier: MIT
// DomainPolicy: host normal form, rule syntax and matching, and which addresses the proxy refuses.
#include "sandbox/domainpolicy.h"

#include <QTest>

using namespace Workbench;

class TestDomainPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeHost_data();
    void normalizeHost();
    void ruleMatching_data();
    void ruleMatching();
    void malformedRules_areRefused_data();
    void malformedRules_areRefused();
    void denyRule_winsOverAllow();
    void unknownHost_isUnknown();
    void refusal_data();
    void refusal();
    void webFetchSpecifier_givesTheDomain();
};

void TestDomainPolicy::normalizeHost_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("lower-cased") << QByteArray("API.Example.COM") << QStringLiteral("api.example.com");
    QTest::newRow("trailing dot dropped") << QByteArray("example.com.") << QStringLiteral("example.com");
    QTest::newRow("dotted quad") << QByteArray("203.0.113.7") << QStringLiteral("203.0.113.7");
    QTest::newRow("bracketed ipv6") << QByteArray("[2001:DB8::1]") << QStringLiteral("2001:db8::1");
    QTest::newRow("underscore label")
        << QByteArray("_dmarc.example.com") << QStringLiteral("_dmarc.example.com");
    QTest::newRow("NUL byte") << QByteArray("allowed.com\0.evil.com", 21) << QString();
    QTest::newRow("control character") << QByteArray("example.com\r\nX: y") << QString();
    QTest::newRow("space") << QByteArray("exa mple.com") << QString();
    QTest::newRow("non-ascii") << QByteArray("b\xc3\xbc"
                                             "cher.de")
                               << QString();
    QTest::newRow("empty label") << QByteArray("example..com") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("integer ipv4") << QByteArray("2130706433") << QString();
    QTest::newRow("hex ipv4") << QByteArray("0x7f.0.0.1") << QString();
    QTest::newRow("short ipv4") << QByteArray("127.1") << QString();
    QTest::newRow("octal-looking ipv4") << QByteArray("0177.0.0.1") << QString();
    QTest::newRow("ipv6 zone id") << QByteArray("[fe80::1%eth0]") << QString();
    QTest::newRow("userinfo") << QByteArray("user@example.com") << QString();
    QTest::newRow("label over 63") << QByteArray(64, 'a').append(".com") << QString();
}

void TestDomainPolicy::normalizeHost()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, expected);
    const auto r = DomainPolicy::normalizeHost(raw);
    if (expected.isEmpty()) {
        QVERIFY2(!r.ok(), qPrintable(r.ok() ? *r : QString()));
        QVERIFY(!r.error().message.isEmpty());
    } else {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, expected);
    }
}

void TestDomainPolicy::ruleMatching_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact") << "example.com"
                           << "example.com" << 443 << true;
    QTest::newRow("exact, other host") << "example.com"
                                       << "evil-example.com" << 443 << false;
    QTest::newRow("exact does not cover subdomains") << "example.com"
                                                     << "a.example.com" << 443 << false;
    QTest::newRow("wildcard subdomain") << "*.example.com"
                                        << "a.b.example.com" << 443 << true;
    QTest::newRow("wildcard not the apex") << "*.example.com"
                                           << "example.com" << 443 << false;
    QTest::newRow("wildcard suffix trick") << "*.example.com"
                                           << "evilexample.com" << 443 << false;
    QTest::newRow("port scoped, same port") << "example.com:8443"
                                            << "example.com" << 8443 << true;
    QTest::newRow("port scoped, other port") << "example.com:8443"
                                             << "example.com" << 443 << false;
    QTest::newRow("rule case folded") << "EXAMPLE.com"
                                      << "example.com" << 80 << true;
    QTest::newRow("ipv6 literal with port") << "[2001:db8::1]:443"
                                            << "2001:db8::1" << 443 << true;
}

void TestDomainPolicy::ruleMatching()
{
    QFETCH(QString, rule);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, matches);
    const auto r = DomainRule::parse(rule, DomainRule::Kind::Allow, QStringLiteral("test"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->matches(host, port), matches);
}

void TestDomainPolicy::malformedRules_areRefused_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("reachPrivate");
    QTest::newRow("allow everything") << "*" << false;
    QTest::newRow("whole top-level domain") << "*.com" << false;
    QTest::newRow("star inside") << "a*.example.com" << false;
    QTest::newRow("port zero") << "example.com:0" << false;
    QTest::newRow("port too big") << "example.com:70000" << false;
    QTest::newRow("port not a number") << "example.com:https" << false;
    QTest::newRow("NUL in rule") << QStringLiteral("example.com") + QChar(0) << false;
    QTest::newRow("private without a port") << "localhost" << true;
}

void TestDomainPolicy::malformedRules_areRefused()
{
    QFETCH(QString, rule);
    QFETCH(bool, reachPrivate);
    const auto r = DomainRule::parse(rule, DomainRule::Kind::Allow, QStringLiteral("test"), reachPrivate);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("invalid_domain_rule"));
}

void TestDomainPolicy::denyRule_winsOverAllow()
{
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("*.example.com"), DomainRule::Kind::Allow, QStringLiteral("a")).ok());
    QVERIFY(
        p.addRule(QStringLiteral("secret.example.com"), DomainRule::Kind::Deny, QStringLiteral("d")).ok());
    const auto denied = p.evaluate(QStringLiteral("secret.example.com"), 443);
    QCOMPARE(denied.verdict, DomainPolicy::Verdict::Deny);
    QCOMPARE(denied.rule, QStringLiteral("secret.example.com"));
    QCOMPARE(denied.source, QStringLiteral("d"));
    const auto allowed = p.evaluate(QStringLiteral("www.example.com"), 443);
    QCOMPARE(allowed.verdict, DomainPolicy::Verdict::Allow);
    QCOMPARE(allowed.rule, QStringLiteral("*.example.com"));
    QCOMPARE(p.allowedTexts(), QStringList{QStringLiteral("*.example.com")});
}

void TestDomainPolicy::unknownHost_isUnknown()
{
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("example.com:443"), DomainRule::Kind::Allow, QStringLiteral("a")).ok());
    QCOMPARE(p.evaluate(QStringLiteral("example.org"), 443).verdict, DomainPolicy::Verdict::Unknown);
    QCOMPARE(p.evaluate(QStringLiteral("example.com"), 80).verdict, DomainPolicy::Verdict::Unknown);
}

void TestDomainPolicy::refusal_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("refusedEvenWhenPrivateAllowed");

    QTest::newRow("public v4") << "93.184.216.34" << false << false;
    QTest::newRow("public v6") << "2606:2800:220:1:248:1893:25c8:1946" << false << false;
    QTest::newRow("metadata v4") << "169.254.169.254" << true << true;
    QTest::newRow("metadata v6") << "fd00:ec2::254" << true << true;
    QTest::newRow("loopback") << "127.0.0.1" << true << false;
    QTest::newRow("loopback elsewhere in 127/8") << "127.8.9.10" << true << false;
    QTest::newRow("v6 loopback") << "::1" << true << false;
    QTest::newRow("rfc1918 10/8") << "10.1.2.3" << true << false;
    QTest::newRow("rfc1918 172.16/12") << "172.31.255.1" << true << false;
    QTest::newRow("just outside 172.16/12") << "172.32.0.1" << false << false;
    QTest::newRow("rfc1918 192.168/16") << "192.168.1.1" << true << false;
    QTest::newRow("cgnat") << "100.64.0.1" << true << false;
    QTest::newRow("just outside cgnat") << "100.128.0.1" << false << false;
    QTest::newRow("link-local v4") << "169.254.1.1" << true << false;
    QTest::newRow("link-local v6") << "fe80::1" << true << false;
    QTest::newRow("ula") << "fd12:3456::1" << true << false;
    QTest::newRow("unspecified v4") << "0.0.0.0" << true << true;
    QTest::newRow("unspecified v6") << "::" << true << true;
    QTest::newRow("multicast v4") << "224.0.0.1" << true << true;
    QTest::newRow("multicast v6") << "ff02::1" << true << true;
    QTest::newRow("broadcast") << "255.255.255.255" << true << true;
    QTest::newRow("mapped loopback") << "::ffff:127.0.0.1" << true << false;
    QTest::newRow("mapped metadata") << "::ffff:169.254.169.254" << true << true;
    QTest::newRow("mapped private") << "::ffff:10.0.0.1" << true << false;
    QTest::newRow("mapped public") << "::ffff:93.184.216.34" << false << false;
    QTest::newRow("nat64 metadata") << "64:ff9b::169.254.169.254" << true << true;
    QTest::newRow("nat64 loopback") << "64:ff9b::127.0.0.1" << true << false;
    QTest::newRow("nat64 public") << "64:ff9b::93.184.216.34" << false << false;
    // Where its IPv4 sits is the operator's choice (it could be a metadata address): always refused.
    QTest::newRow("local-use nat64, public-looking tail") << "64:ff9b:1::5db8:d822" << true << true;
    QTest::newRow("local-use nat64, /48 edge") << "64:ff9b:1:ffff:ffff::1" << true << true;
    QTest::newRow("just outside local-use nat64") << "64:ff9b:2::1" << false << false;
    QTest::newRow("6to4 loopback") << "2002:7f00:1::1" << true << false;
    QTest::newRow("6to4 rfc1918") << "2002:c0a8:101::1" << true << false;
    QTest::newRow("6to4 metadata") << "2002:a9fe:a9fe::1" << true << true;
    QTest::newRow("6to4 public") << "2002:5db8:d822::1" << false << false;
    // Teredo: server 4 bytes after 2001:0, client IPv4 inverted in the last 4 bytes.
    QTest::newRow("teredo client loopback") << "2001:0:5db8:d822::80ff:fefe" << true << false;
    QTest::newRow("teredo server private") << "2001:0:a00:1::a247:2bdc" << true << false;
    QTest::newRow("teredo client metadata") << "2001:0:5db8:d822::5601:5601" << true << true;
    QTest::newRow("teredo public both") << "2001:0:5db8:d822::a247:2bdc" << false << false;
    QTest::newRow("2001:db8 is not teredo") << "2001:db8::7f00:1" << false << false;
}

void TestDomainPolicy::refusal()
{
    QFETCH(QString, address);
    QFETCH(bool, refused);
    QFETCH(bool, refusedEvenWhenPrivateAllowed);
    const QHostAddress a(address);
    QVERIFY(!a.isNull());
    QCOMPARE(!DomainPolicy::refusal(a, false).isEmpty(), refused);
    QCOMPARE(!DomainPolicy::refusal(a, true).isEmpty(), refusedEvenWhenPrivateAllowed);
}

void TestDomainPolicy::webFetchSpecifier_givesTheDomain()
{
    QCOMPARE(DomainPolicy::domainFromWebFetch(QStringLiteral("domain:docs.python.org")),
             QStringLiteral("docs.python.org"));
    QCOMPARE(DomainPolicy::domainFromWebFetch(QStringLiteral("https://example.com/x")), QString());
}

QTEST_GUILESS_MAIN(TestDomainPolicy)
#include "tst_domainpolicy.moc"
