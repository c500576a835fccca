// SPDX-License-Identifier: MIT
// NetProxy on its own: a client speaks to its Unix socket as the sandbox's relay would, and a fake
// upstream listens on 127.0.0.1 (reachable only through an explicit reach-private rule).
#include "agent/networkaccess.h"
#include "approval/approvalgate.h"
#include "approval/headlessapprover.h"
#include "approval/permissionpolicy.h"
#include "sandbox/netproxy.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Workbench;

namespace {

// Answers each plain request with "hello", and each tunnelled "ping" with "pong".
class FakeUpstream : public QObject
{
public:
    FakeUpstream()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    received += s->readAll();
                    if (received.endsWith("ping")) {
                        s->write("pong");
                    } else if (received.contains("\r\n\r\n")) {
                        s->write("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
                        s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QString port() const { return QString::number(server.serverPort()); }

    QTcpServer server;
    QByteArray received;
    int connections = 0;
};

// Answers once what it received ends with `tail` (a whole request, body included), in the
// style given: "close" (Connection: close, then closes) or "keep-alive" (claims persistence).
class ExactUpstream : public QObject
{
public:
    explicit ExactUpstream(QByteArray tail, bool keepAlive = false)
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this, tail, keepAlive] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                connect(s, &QTcpSocket::readyRead, this, [this, s, tail, keepAlive] {
                    received += s->readAll();
                    if (!received.endsWith(tail))
                        return;
                    s->write(keepAlive
                                 ? QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                                              "Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nhello")
                                 : QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                                              "Connection: close\r\n\r\nhello"));
                    s->disconnectFromHost();
                });
            }
        });
    }
    QByteArray hostPort() const { return "127.0.0.1:" + QByteArray::number(server.serverPort()); }

    QTcpServer server;
    QByteArray received;
    int connections = 0;
};

// A raw client that can shut down its writing side (QLocalSocket cannot) and reads until EOF.
class HalfCloseClient : public QObject
{
public:
    explicit HalfCloseClient(const QString &path)
    {
        fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(a.sun_path, p.constData(), size_t(std::min<qsizetype>(p.size(), sizeof a.sun_path - 1)));
        connected = fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
                    ::fcntl(fd, F_SETFL, O_NONBLOCK) == 0;
        if (!connected)
            return;
        notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char buf[4096];
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0) {
                got.append(buf, n);
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                ended = true;
                notifier->setEnabled(false);
            }
        });
    }
    ~HalfCloseClient() override
    {
        delete notifier;
        if (fd >= 0)
            ::close(fd);
    }
    bool send(const QByteArray &data)
    {
        return ::write(fd, data.constData(), size_t(data.size())) == data.size();
    }
    bool stopWriting() { return ::shutdown(fd, SHUT_WR) == 0; }

    int fd = -1;
    bool connected = false;
    bool ended = false;
    QByteArray got;
    QSocketNotifier *notifier = nullptr;
};

} // namespace

class TestNetProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connect_toAllowedPrivateRule_tunnelsBothWays();
    void plainHttp_isForwardedInOriginFormWithConnectionClose();
    void loopbackTarget_isRefusedWithoutReachPrivate();
    void nameResolvingToLoopback_isRefused();
    void metadataAddress_isRefusedEvenWithReachPrivate();
    void malformedRequests_areRejected_data();
    void malformedRequests_areRejected();
    void hostHeaderMismatch_isRejected();
    void deniedDomain_isRefusedByRule();
    void unknownHost_isAskedOnce_andTheAnswerHolds();
    void unknownHost_withNobodyToAsk_isDenied();
    void headlessApprover_deniesNetworkRequests();
    void approvedAlways_isRemembered_butPrivateAddressStillRefused();
    void webFetchRules_feedTheDomainPolicy();
    void plainHttp_forwardsExactlyOneCheckedRequest_data();
    void plainHttp_forwardsExactlyOneCheckedRequest();
    void keptAliveClient_isToldToReconnect_andTheNextRequestIsChecked();
    void halfClose_answerStillArrives_data();
    void halfClose_answerStillArrives();

private:
    // Sends `request`, collects everything until the proxy closes the connection.
    QByteArray exchange(NetProxy &proxy, const QByteArray &request);
};

QByteArray TestNetProxy::exchange(NetProxy &proxy, const QByteArray &request)
{
    QLocalSocket client;
    client.connectToServer(proxy.socketPath());
    if (!client.waitForConnected(5000))
        return "NOT CONNECTED";
    client.write(request);
    QByteArray got;
    connect(&client, &QLocalSocket::readyRead, &client, [&] { got += client.readAll(); });
    (void)QTest::qWaitFor([&] { return client.state() == QLocalSocket::UnconnectedState; }, 10000);
    got += client.readAll();
    return got;
}

void TestNetProxy::connect_toAllowedPrivateRule_tunnelsBothWays()
{
    FakeUpstream up;
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("127.0.0.1:") + up.port(), DomainRule::Kind::Allow, QStringLiteral("t"),
                      true)
                .ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    QSignalSpy decided(&proxy, &NetProxy::decided);

    QLocalSocket client;
    client.connectToServer(proxy.socketPath());
    QVERIFY(client.waitForConnected(5000));
    client.write("CONNECT 127.0.0.1:" + up.port().toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1:" + up.port().toLatin1() + "\r\n\r\n");
    QByteArray got;
    connect(&client, &QLocalSocket::readyRead, this, [&] { got += client.readAll(); });
    QTRY_VERIFY(got.startsWith("HTTP/1.1 200 Connection established\r\n\r\n"));
    client.write("ping");
    QTRY_VERIFY(got.endsWith("pong"));
    QCOMPARE(up.received, QByteArray("ping")); // the CONNECT head itself never reaches upstream
    QCOMPARE(decided.count(), 1);
    const auto d = decided.at(0).at(0).value<NetDecision>();
    QVERIFY(d.allowed);
    QCOMPARE(d.decidedBy, QStringLiteral("rule"));
    QCOMPARE(d.method, QStringLiteral("CONNECT"));
    QCOMPARE(d.address, QStringLiteral("127.0.0.1"));
}

void TestNetProxy::plainHttp_isForwardedInOriginFormWithConnectionClose()
{
    FakeUpstream up;
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("127.0.0.1:") + up.port(), DomainRule::Kind::Allow, QStringLiteral("t"),
                      true)
                .ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    const QByteArray hp = "127.0.0.1:" + up.port().toLatin1();
    const QByteArray got = exchange(proxy, "GET http://" + hp + "/x?y=1 HTTP/1.1\r\nHost: " + hp +
                                               "\r\nProxy-Connection: keep-alive\r\nAccept: */*\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 200 OK") && got.endsWith("hello"), got.constData());
    QVERIFY2(up.received.startsWith("GET /x?y=1 HTTP/1.1\r\n"), up.received.constData());
    QVERIFY(up.received.contains("\r\nConnection: close\r\n"));
    QVERIFY(up.received.contains("\r\nAccept: */*\r\n"));
    QVERIFY(!up.received.contains("Proxy-Connection"));
}

void TestNetProxy::loopbackTarget_isRefusedWithoutReachPrivate()
{
    FakeUpstream up;
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("127.0.0.1"), DomainRule::Kind::Allow, QStringLiteral("t")).ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    QSignalSpy decided(&proxy, &NetProxy::decided);
    const QByteArray got = exchange(proxy, "CONNECT 127.0.0.1:" + up.port().toLatin1() + " HTTP/1.1\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 403"), got.constData());
    QVERIFY(got.contains("loopback"));
    QCOMPARE(up.connections, 0);
    QCOMPARE(decided.count(), 1);
    QVERIFY(!decided.at(0).at(0).value<NetDecision>().allowed);
}

void TestNetProxy::nameResolvingToLoopback_isRefused()
{
    // A name the rules allow but that resolves to a private address (what DNS rebinding does).
    FakeUpstream up;
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("localhost"), DomainRule::Kind::Allow, QStringLiteral("t")).ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    const QByteArray got = exchange(proxy, "CONNECT localhost:" + up.port().toLatin1() + " HTTP/1.1\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 403"), got.constData());
    QVERIFY2(got.contains("localhost resolves to"), got.constData());
    QCOMPARE(up.connections, 0);
}

void TestNetProxy::metadataAddress_isRefusedEvenWithReachPrivate()
{
    DomainPolicy p;
    QVERIFY(
        p.addRule(QStringLiteral("169.254.169.254:80"), DomainRule::Kind::Allow, QStringLiteral("t"), true)
            .ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    const QByteArray got = exchange(proxy, "GET http://169.254.169.254/latest/meta-data/ HTTP/1.1\r\n"
                                           "Host: 169.254.169.254\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 403"), got.constData());
    QVERIFY(got.contains("metadata"));
}

void TestNetProxy::malformedRequests_areRejected_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("NUL in CONNECT host")
        << QByteArray("CONNECT allowed.example\0.evil.com:443 HTTP/1.1\r\n\r\n", 50);
    QTest::newRow("NUL in Host header")
        << QByteArray("GET http://a.example/ HTTP/1.1\r\nHost: a.example\0b\r\n\r\n", 53);
    QTest::newRow("integer address") << QByteArray("CONNECT 2130706433:80 HTTP/1.1\r\n\r\n");
    QTest::newRow("CONNECT without port") << QByteArray("CONNECT example.com HTTP/1.1\r\n\r\n");
    QTest::newRow("origin-form request") << QByteArray("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
    QTest::newRow("https URL in plain request") << QByteArray("GET https://example.com/ HTTP/1.1\r\n\r\n");
    QTest::newRow("userinfo in URL") << QByteArray(
        "GET http://a@example.com/ HTTP/1.1\r\nHost: example.com\r\n\r\n");
    QTest::newRow("bare LF line") << QByteArray(
        "GET http://example.com/ HTTP/1.1\nHost: example.com\r\n\r\n");
    QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n");
    QTest::newRow("head too large") << QByteArray("GET http://example.com/ HTTP/1.1\r\nX: ") +
                                           QByteArray(20000, 'a');
}

void TestNetProxy::malformedRequests_areRejected()
{
    QFETCH(QByteArray, request);
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("*.example.com"), DomainRule::Kind::Allow, QStringLiteral("t")).ok());
    QVERIFY(p.addRule(QStringLiteral("example.com"), DomainRule::Kind::Allow, QStringLiteral("t")).ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    QSignalSpy asked(&proxy, &NetProxy::approvalNeeded);
    const QByteArray got = exchange(proxy, request);
    QVERIFY2(got.startsWith("HTTP/1.1 400") || got.startsWith("HTTP/1.1 431"), got.constData());
    QCOMPARE(asked.count(), 0);
}

void TestNetProxy::hostHeaderMismatch_isRejected()
{
    FakeUpstream up;
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("127.0.0.1:") + up.port(), DomainRule::Kind::Allow, QStringLiteral("t"),
                      true)
                .ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    const QByteArray got = exchange(proxy, "GET http://127.0.0.1:" + up.port().toLatin1() +
                                               "/ HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 400"), got.constData());
    QVERIFY(got.contains("Host header"));
    QCOMPARE(up.connections, 0);
    // Two Host headers are refused as well, even when the first agrees.
    const QByteArray twice = exchange(proxy, "GET http://127.0.0.1:" + up.port().toLatin1() +
                                                 "/ HTTP/1.1\r\nHost: 127.0.0.1:" + up.port().toLatin1() +
                                                 "\r\nHost: 127.0.0.1:" + up.port().toLatin1() + "\r\n\r\n");
    QVERIFY2(twice.startsWith("HTTP/1.1 400"), twice.constData());
    QCOMPARE(up.connections, 0);
}

void TestNetProxy::deniedDomain_isRefusedByRule()
{
    DomainPolicy p;
    QVERIFY(p.addRule(QStringLiteral("*.example.com"), DomainRule::Kind::Allow, QStringLiteral("a")).ok());
    QVERIFY(p.addRule(QStringLiteral("evil.example.com"), DomainRule::Kind::Deny, QStringLiteral("d")).ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    QSignalSpy decided(&proxy, &NetProxy::decided);
    const QByteArray got = exchange(proxy, "CONNECT EVIL.example.com.:443 HTTP/1.1\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 403"), got.constData());
    QCOMPARE(decided.count(), 1);
    const auto d = decided.at(0).at(0).value<NetDecision>();
    QCOMPARE(d.host, QStringLiteral("evil.example.com"));
    QCOMPARE(d.rule, QStringLiteral("evil.example.com"));
    QCOMPARE(d.decidedBy, QStringLiteral("rule"));
}

void TestNetProxy::unknownHost_isAskedOnce_andTheAnswerHolds()
{
    NetProxy proxy{DomainPolicy()};
    QVERIFY(proxy.listen().ok());
    QSignalSpy asked(&proxy, &NetProxy::approvalNeeded);
    const QByteArray request = "CONNECT unknown.example:443 HTTP/1.1\r\n\r\n";
    QLocalSocket a, b;
    for (QLocalSocket *s : {&a, &b}) {
        s->connectToServer(proxy.socketPath());
        QVERIFY(s->waitForConnected(5000));
        s->write(request);
    }
    // Both requests must have been read before the answer, or the second would meet the
    // remembered answer instead of joining the question.
    QTRY_COMPARE(proxy.waitingConnections(), 2);
    QCOMPARE(proxy.pendingQuestions(), 1);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(1).toString(), QStringLiteral("unknown.example"));
    QCOMPARE(asked.at(0).at(2).toInt(), 443);
    proxy.answer(asked.at(0).at(0).value<quint64>(), false, QStringLiteral("user"),
                 QStringLiteral("not today"));
    for (QLocalSocket *s : {&a, &b}) {
        QTRY_COMPARE(s->state(), QLocalSocket::UnconnectedState);
        const QByteArray got = s->readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 403") && got.contains("not today"), got.constData());
    }
    // The answer holds: the same host is refused again without a new question.
    const QByteArray again = exchange(proxy, request);
    QVERIFY(again.startsWith("HTTP/1.1 403"));
    QCOMPARE(asked.count(), 1);
}

void TestNetProxy::unknownHost_withNobodyToAsk_isDenied()
{
    NetProxy proxy{DomainPolicy()};
    QVERIFY(proxy.listen().ok());
    QSignalSpy decided(&proxy, &NetProxy::decided);
    const QByteArray got = exchange(proxy, "CONNECT unknown.example:443 HTTP/1.1\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 403"), got.constData());
    QCOMPARE(decided.count(), 1);
    QCOMPARE(decided.at(0).at(0).value<NetDecision>().decidedBy, QStringLiteral("headless"));
}

void TestNetProxy::headlessApprover_deniesNetworkRequests()
{
    NetProxy proxy{DomainPolicy()};
    QVERIFY(proxy.listen().ok());
    ApprovalGate gate;
    HeadlessApprover approver(&gate, HeadlessApprover::Interaction::NeverAsk);
    NetworkAccess access(&proxy, &gate);
    QSignalSpy requested(&gate, &ApprovalGate::approvalRequested);
    QSignalSpy decided(&access, &NetworkAccess::decisionMade);
    const QByteArray got = exchange(proxy, "CONNECT api.example.com:443 HTTP/1.1\r\n\r\n");
    QVERIFY2(got.startsWith("HTTP/1.1 403"), got.constData());
    QCOMPARE(requested.count(), 1);
    const auto req = requested.at(0).at(0).value<ApprovalRequest>();
    QCOMPARE(req.kind, ApprovalRequest::Kind::Network);
    QCOMPARE(req.host, QStringLiteral("api.example.com"));
    QCOMPARE(req.port, 443);
    QCOMPARE(decided.count(), 1);
    const auto d = decided.at(0).at(0).value<NetDecision>();
    QVERIFY(!d.allowed);
    QCOMPARE(d.decidedBy, QStringLiteral("headless"));
}

void TestNetProxy::approvedAlways_isRemembered_butPrivateAddressStillRefused()
{
    FakeUpstream up;
    NetProxy proxy{DomainPolicy()};
    QVERIFY(proxy.listen().ok());
    ApprovalGate gate;
    NetworkAccess access(&proxy, &gate);
    QTemporaryDir dir;
    const QString remember = dir.filePath(QStringLiteral("permissions.json"));
    access.setRememberFile(remember);
    connect(&gate, &ApprovalGate::approvalRequested, this,
            [&gate](const ApprovalRequest &r) { gate.approveAlways(r.id); });
    const QByteArray got = exchange(proxy, "CONNECT 127.0.0.1:" + up.port().toLatin1() + " HTTP/1.1\r\n\r\n");
    // Approving a host never lifts the address check: the user allowed a name, not the loopback.
    QVERIFY2(got.startsWith("HTTP/1.1 403") && got.contains("loopback"), got.constData());
    QCOMPARE(up.connections, 0);
    QFile f(remember);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(QByteArray("WebFetch(domain:127.0.0.1:" + up.port().toLatin1() + ")")));
    QCOMPARE(proxy.policy().evaluate(QStringLiteral("127.0.0.1"), up.port().toInt()).verdict,
             DomainPolicy::Verdict::Allow);
}

void TestNetProxy::webFetchRules_feedTheDomainPolicy()
{
    PermissionPolicy policy;
    QVERIFY(policy
                .addRule(QStringLiteral("WebFetch(domain:docs.python.org)"), PermissionRule::Kind::Allow,
                         QStringLiteral("settings"))
                .ok());
    QVERIFY(policy
                .addRule(QStringLiteral("WebFetch(domain:*.evil.example)"), PermissionRule::Kind::Deny,
                         QStringLiteral("settings"))
                .ok());
    QVERIFY(policy.addRule(QStringLiteral("Bash(ls:*)"), PermissionRule::Kind::Allow, QStringLiteral("cli"))
                .ok());
    DomainPolicy domains;
    QVERIFY(NetworkAccess::addWebFetchRules(policy, domains).ok());
    QCOMPARE(domains.rules().size(), 2);
    QCOMPARE(domains.evaluate(QStringLiteral("docs.python.org"), 443).verdict, DomainPolicy::Verdict::Allow);
    QCOMPARE(domains.evaluate(QStringLiteral("a.evil.example"), 443).verdict, DomainPolicy::Verdict::Deny);
    QCOMPARE(domains.evaluate(QStringLiteral("pypi.org"), 443).verdict, DomainPolicy::Verdict::Unknown);
}

void TestNetProxy::plainHttp_forwardsExactlyOneCheckedRequest_data()
{
    // %HP% is the upstream's host:port. `tail` ends the one request that may reach the upstream.
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QByteArray>("status");
    const QByteArray get = "GET http://%HP%/a HTTP/1.1\r\nHost: %HP%\r\n\r\n";
    const QByteArray smuggled = "GET http://denied.example/ HTTP/1.1\r\nHost: denied.example\r\n\r\n";
    QTest::newRow("pipelined request to a denied host")
        << get + smuggled << QByteArray("\r\n\r\n") << QByteArray("HTTP/1.1 200");
    QTest::newRow("pipelined request to the same host")
        << get + "GET http://%HP%/b HTTP/1.1\r\nHost: %HP%\r\n\r\n"
        << QByteArray("\r\n\r\n") << QByteArray("HTTP/1.1 200");
    QTest::newRow("Content-Length body, then a request")
        << "POST http://%HP%/p HTTP/1.1\r\nHost: %HP%\r\nContent-Length: 5\r\n\r\nhello" + smuggled
        << QByteArray("\r\n\r\nhello") << QByteArray("HTTP/1.1 200");
    QTest::newRow("chunked body, then a request")
        << "POST http://%HP%/p HTTP/1.1\r\nHost: %HP%\r\nTransfer-Encoding: chunked\r\n\r\n"
           "5;x=y\r\nhello\r\n0\r\nTrailer: t\r\n\r\n" +
               smuggled
        << QByteArray("5;x=y\r\nhello\r\n0\r\nTrailer: t\r\n\r\n") << QByteArray("HTTP/1.1 200");
    QTest::newRow("Content-Length and Transfer-Encoding together")
        << "POST http://%HP%/p HTTP/1.1\r\nHost: %HP%\r\nContent-Length: 5\r\nTransfer-Encoding: "
           "chunked\r\n\r\n0\r\n\r\n" +
               smuggled
        << QByteArray() << QByteArray("HTTP/1.1 400");
    QTest::newRow("two different Content-Lengths")
        << "POST http://%HP%/p HTTP/1.1\r\nHost: %HP%\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\n"
           "hello" +
               smuggled
        << QByteArray() << QByteArray("HTTP/1.1 400");
    QTest::newRow("a transfer coding other than chunked")
        << QByteArray("POST http://%HP%/p HTTP/1.1\r\nHost: %HP%\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                      "0\r\n\r\n")
        << QByteArray() << QByteArray("HTTP/1.1 400");
    QTest::newRow("malformed chunk size")
        << QByteArray("POST http://%HP%/p HTTP/1.1\r\nHost: %HP%\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "zz\r\nhello\r\n0\r\n\r\n")
        << QByteArray() << QByteArray("HTTP/1.1 400");
}

void TestNetProxy::plainHttp_forwardsExactlyOneCheckedRequest()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, tail);
    QFETCH(QByteArray, status);
    ExactUpstream up(tail.isEmpty() ? QByteArray("\r\n\r\n") : tail);
    DomainPolicy p;
    QVERIFY(p.addRule(QString::fromLatin1(up.hostPort()), DomainRule::Kind::Allow, QStringLiteral("t"), true)
                .ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    QSignalSpy decided(&proxy, &NetProxy::decided);
    const QByteArray got = exchange(proxy, request.replace("%HP%", up.hostPort()));
    QVERIFY2(got.startsWith(status), got.constData());
    QCOMPARE(decided.count(), 1);
    if (tail.isEmpty()) { // refused before any connection
        QCOMPARE(up.connections, 0);
        QVERIFY(!decided.at(0).at(0).value<NetDecision>().allowed);
        return;
    }
    QCOMPARE(up.connections, 1);
    QVERIFY2(up.received.endsWith(tail), up.received.constData());
    QCOMPARE(up.received.count(" HTTP/1.1\r\n"), 1); // one request line reached the upstream
    QVERIFY(!up.received.contains("denied.example"));
    QCOMPARE(got.count("HTTP/1.1 "), 1);
    QVERIFY2(got.contains("\r\nConnection: close\r\n") && got.endsWith("hello"), got.constData());
}

void TestNetProxy::keptAliveClient_isToldToReconnect_andTheNextRequestIsChecked()
{
    // The upstream claims a persistent connection; the client must still hear "close", so its
    // next request comes on a new connection, where it is checked (here: denied by rule).
    ExactUpstream up("\r\n\r\n", true);
    DomainPolicy p;
    QVERIFY(p.addRule(QString::fromLatin1(up.hostPort()), DomainRule::Kind::Allow, QStringLiteral("t"), true)
                .ok());
    QVERIFY(p.addRule(QStringLiteral("denied.example"), DomainRule::Kind::Deny, QStringLiteral("t")).ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    QSignalSpy decided(&proxy, &NetProxy::decided);
    const QByteArray first =
        exchange(proxy, "GET http://" + up.hostPort() + "/ HTTP/1.1\r\nHost: " + up.hostPort() +
                            "\r\nProxy-Connection: keep-alive\r\n\r\n");
    QVERIFY2(first.startsWith("HTTP/1.1 200"), first.constData());
    QVERIFY2(first.contains("\r\nConnection: close\r\n"), first.constData());
    QVERIFY2(!first.contains("keep-alive") && !first.contains("Keep-Alive"), first.constData());
    QVERIFY(first.endsWith("hello"));
    const QByteArray second =
        exchange(proxy, "GET http://denied.example/ HTTP/1.1\r\nHost: denied.example\r\n\r\n");
    QVERIFY2(second.startsWith("HTTP/1.1 403"), second.constData());
    QCOMPARE(decided.count(), 2);
    QVERIFY(!decided.at(1).at(0).value<NetDecision>().allowed);
    QCOMPARE(up.connections, 1);
}

void TestNetProxy::halfClose_answerStillArrives_data()
{
    QTest::addColumn<bool>("tunnel");
    QTest::newRow("CONNECT tunnel") << true;
    QTest::newRow("plain request") << false;
}

void TestNetProxy::halfClose_answerStillArrives()
{
    // The client sends everything, shuts down its writing side, and still reads the whole answer;
    // then the proxy ends the connection.
    QFETCH(bool, tunnel);
    ExactUpstream up(tunnel ? QByteArray("ping") : QByteArray("\r\n\r\n"));
    DomainPolicy p;
    QVERIFY(p.addRule(QString::fromLatin1(up.hostPort()), DomainRule::Kind::Allow, QStringLiteral("t"), true)
                .ok());
    NetProxy proxy(p);
    QVERIFY(proxy.listen().ok());
    HalfCloseClient client(proxy.socketPath());
    QVERIFY(client.connected);
    const QByteArray request =
        tunnel
            ? QByteArray("CONNECT " + up.hostPort() + " HTTP/1.1\r\n\r\nping")
            : QByteArray("GET http://" + up.hostPort() + "/ HTTP/1.1\r\nHost: " + up.hostPort() + "\r\n\r\n");
    QVERIFY(client.send(request));
    QVERIFY(client.stopWriting());
    QTRY_VERIFY_WITH_TIMEOUT(client.ended, 10000);
    if (tunnel)
        QVERIFY2(client.got.startsWith("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 OK"),
                 client.got.constData());
    else
        QVERIFY2(client.got.startsWith("HTTP/1.1 200 OK"), client.got.constData());
    QVERIFY2(client.got.endsWith("hello"), client.got.constData());
    QCOMPARE(up.connections, 1);
}

QTEST_GUILESS_MAIN(TestNetProxy)
#include "tst_netproxy.moc"
