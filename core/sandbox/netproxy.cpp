// SPDX-License-Identifier: MIT
#include "sandbox/netproxy.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaMethod>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Workbench {

namespace {

constexpr qsizetype kMaxHead = 16 * 1024;       // request line + headers
constexpr qint64 kReadBuffer = 64 * 1024;       // per socket, so memory stays bounded
constexpr qint64 kMaxPendingWrite = 256 * 1024; // stop reading while the other side lags
const QString kSocketName = QStringLiteral("proxy.sock");

bool headerNameIs(QByteArrayView line, QByteArrayView name)
{
    return line.size() > name.size() && line.at(name.size()) == ':' &&
           line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
}

// "host:port" / "[v6]:port" / "host" (defaultPort when no port). False when malformed.
bool splitAuthority(QByteArrayView authority, QByteArray *host, int *port, int defaultPort)
{
    QByteArrayView h = authority;
    QByteArrayView p;
    if (authority.startsWith('[')) {
        const qsizetype close = authority.indexOf(']');
        if (close < 0)
            return false;
        h = authority.first(close + 1);
        const QByteArrayView rest = authority.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return false;
            p = rest.sliced(1);
        }
    } else if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
        h = authority.first(colon);
        p = authority.sliced(colon + 1);
        if (h.contains(':'))
            return false; // an IPv6 literal needs brackets
    }
    if (!p.isEmpty() || (authority.endsWith(':'))) {
        bool ok = false;
        const int v = p.toByteArray().toInt(&ok);
        for (char c : p) {
            if (c < '0' || c > '9')
                ok = false;
        }
        if (!ok || v < 1 || v > 65535)
            return false;
        *port = v;
    } else {
        if (defaultPort == 0)
            return false;
        *port = defaultPort;
    }
    *host = h.toByteArray();
    return !host->isEmpty();
}

} // namespace

QJsonObject NetDecision::toJson() const
{
    QJsonObject o{{QStringLiteral("host"), host},
                  {QStringLiteral("port"), port},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("verdict"), allowed ? QStringLiteral("allow") : QStringLiteral("deny")},
                  {QStringLiteral("decided_by"), decidedBy},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!rule.isEmpty())
        o.insert(QStringLiteral("rule"), rule);
    if (!ruleSource.isEmpty())
        o.insert(QStringLiteral("rule_source"), ruleSource);
    if (!address.isEmpty())
        o.insert(QStringLiteral("address"), address);
    return o;
}

QString NetDecision::summary() const
{
    const QString target =
        host.isEmpty() ? QStringLiteral("a malformed request") : QStringLiteral("%1:%2").arg(host).arg(port);
    return QStringLiteral("%1 %2 (%3)")
        .arg(allowed ? QStringLiteral("allowed") : QStringLiteral("denied"), target, reason);
}

namespace detail {

/// One client connection from the sandbox's relay: reads one request head, asks the proxy, then
/// either refuses with an HTTP error or tunnels bytes both ways.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(NetProxy *proxy, QLocalSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        m_client->setParent(this);
        m_client->setReadBufferSize(kReadBuffer);
        connect(m_client, &QLocalSocket::readyRead, this, &ProxyConnection::onClientData);
        connect(m_client, &QLocalSocket::bytesWritten, this, [this] {
            if (m_upstream && m_tunneling)
                pump(m_upstream, m_client, m_upstreamDone);
        });
        connect(m_client, &QLocalSocket::disconnected, this, [this] {
            m_clientDone = true;
            if (!m_tunneling) {
                closeAll();
                return;
            }
            pump(m_client, m_upstream, m_clientDone);
        });
        m_connectTimer.setSingleShot(true);
        connect(&m_connectTimer, &QTimer::timeout, this, [this] {
            fail(504, QStringLiteral("Gateway Timeout"),
                 QStringLiteral("the upstream server did not answer within %1 s")
                     .arg(m_proxy->connectTimeoutMs() / 1000));
        });
    }

    ~ProxyConnection() override
    {
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
    }

    // The proxy's verdict on host:port.
    void allow(const DomainPolicy::Match &m, const QString &decidedBy, const QString &reason)
    {
        m_decision.allowed = true;
        m_decision.decidedBy = decidedBy;
        m_decision.rule = m.rule;
        m_decision.ruleSource = m.source;
        m_decision.reason = reason;
        m_reachPrivate = m.reachPrivate;
        const QHostAddress literal(m_host);
        if (!literal.isNull()) {
            connectTo({literal});
            return;
        }
        m_lookupId = QHostInfo::lookupHost(m_host, this, [this](const QHostInfo &info) {
            m_lookupId = -1;
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                deny(502, QStringLiteral("Bad Gateway"), QStringLiteral("proxy"),
                     QStringLiteral("the name could not be resolved"), false);
                return;
            }
            connectTo(info.addresses());
        });
    }

    void deny(int status, const QString &statusText, const QString &decidedBy, const QString &reason,
              bool keepRule = true)
    {
        m_decision.allowed = false;
        m_decision.decidedBy = decidedBy;
        m_decision.reason = reason;
        if (!keepRule) {
            m_decision.rule.clear();
            m_decision.ruleSource.clear();
        }
        report();
        fail(status, statusText, reason);
    }

    void setRule(const DomainPolicy::Match &m)
    {
        m_decision.rule = m.rule;
        m_decision.ruleSource = m.source;
    }

private:
    void onClientData()
    {
        if (m_tunneling) {
            pump(m_client, m_upstream, m_clientDone);
            return;
        }
        if (m_headDone)
            return; // waiting for a decision; the socket's bounded buffer holds the rest
        m_head += m_client->read(kMaxHead + 1 - m_head.size());
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHead)
                refuseMalformed(431, QStringLiteral("Request Header Fields Too Large"),
                                QStringLiteral("the request head is larger than 16 KiB"));
            return;
        }
        m_headDone = true;
        m_rest = m_head.mid(end + 4);
        m_head.truncate(end);
        parse();
    }

    void refuseMalformed(int status, const QString &statusText, const QString &reason)
    {
        m_headDone = true;
        m_decision.decidedBy = QStringLiteral("proxy");
        m_decision.host.clear();
        deny(status, statusText, QStringLiteral("proxy"), reason);
    }

    void parse()
    {
        // Parse once, strictly; the host found here is the one checked and the one connected to.
        for (char c : std::as_const(m_head)) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\r' && c != '\n' && c != '\t') || u == 0x7f) {
                refuseMalformed(400, QStringLiteral("Bad Request"),
                                QStringLiteral("the request contains a NUL or control character"));
                return;
            }
        }
        const QList<QByteArray> lines = m_head.split('\n');
        QList<QByteArray> clean;
        for (const QByteArray &l : lines) {
            // Every line but the last ends in CR (the last one's CRLF was cut with the blank line).
            const bool last = &l == &lines.constLast();
            if ((!last && !l.endsWith('\r')) || l.chopped(last ? 0 : 1).contains('\r')) {
                refuseMalformed(400, QStringLiteral("Bad Request"),
                                QStringLiteral("the request has a bare CR or LF"));
                return;
            }
            clean.append(last ? l : l.chopped(1));
        }
        const QList<QByteArray> requestLine = clean.value(0).split(' ');
        if (requestLine.size() != 3 || requestLine.at(0).isEmpty() ||
            !requestLine.at(2).startsWith("HTTP/1.")) {
            refuseMalformed(400, QStringLiteral("Bad Request"),
                            QStringLiteral("the request line is not METHOD TARGET HTTP/1.x"));
            return;
        }
        const QByteArray method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        m_decision.method = QString::fromLatin1(method);
        m_isConnect = method == "CONNECT";

        QByteArray rawHost;
        QByteArray path;
        int port = 0;
        if (m_isConnect) {
            if (!splitAuthority(target, &rawHost, &port, 0)) {
                refuseMalformed(400, QStringLiteral("Bad Request"),
                                QStringLiteral("the CONNECT target is not host:port"));
                return;
            }
        } else {
            if (!target.toLower().startsWith("http://")) {
                refuseMalformed(400, QStringLiteral("Bad Request"),
                                QStringLiteral("a plain request must name an absolute http:// URL "
                                               "(use CONNECT for https)"));
                return;
            }
            const QByteArray rest = target.mid(7);
            qsizetype cut = rest.size();
            for (char stop : {'/', '?', '#'}) {
                const qsizetype i = rest.indexOf(stop);
                if (i >= 0 && i < cut)
                    cut = i;
            }
            const QByteArray authority = rest.left(cut);
            path = rest.mid(cut);
            if (path.isEmpty() || path.startsWith('#'))
                path = "/";
            else if (path.startsWith('?'))
                path.prepend('/');
            if (authority.contains('@') || !splitAuthority(authority, &rawHost, &port, 80)) {
                refuseMalformed(400, QStringLiteral("Bad Request"),
                                QStringLiteral("the URL's host is malformed"));
                return;
            }
        }
        auto host = DomainPolicy::normalizeHost(rawHost);
        if (!host) {
            refuseMalformed(400, QStringLiteral("Bad Request"), host.error().message);
            return;
        }

        // The Host header must agree with the target: a filter that read one and a server that
        // reads the other would disagree about where the request goes.
        QByteArray forward = method + ' ' + path + " HTTP/1.1\r\n";
        int hostHeaders = 0;
        for (qsizetype i = 1; i < clean.size(); ++i) {
            const QByteArray &l = clean.at(i);
            if (headerNameIs(l, "host")) {
                ++hostHeaders;
                QByteArray hh;
                int hp = 0;
                const QByteArray value = l.mid(5).trimmed();
                bool same = splitAuthority(value, &hh, &hp, m_isConnect ? port : 80);
                auto normal = same ? DomainPolicy::normalizeHost(hh) : Result<QString>(Error{});
                same = same && normal.ok() && *normal == *host && hp == port;
                if (!same) {
                    m_host = *host;
                    m_port = port;
                    m_decision.host = m_host;
                    m_decision.port = m_port;
                    deny(400, QStringLiteral("Bad Request"), QStringLiteral("proxy"),
                         QStringLiteral("the Host header does not match the request target"));
                    return;
                }
            }
            if (headerNameIs(l, "connection") || headerNameIs(l, "proxy-connection") ||
                headerNameIs(l, "proxy-authorization") || headerNameIs(l, "keep-alive"))
                continue;
            forward += l + "\r\n";
        }
        if (hostHeaders > 1 || (!m_isConnect && hostHeaders == 0)) {
            m_host = *host;
            m_port = port;
            m_decision.host = m_host;
            m_decision.port = m_port;
            deny(400, QStringLiteral("Bad Request"), QStringLiteral("proxy"),
                 hostHeaders > 1 ? QStringLiteral("the request has more than one Host header")
                                 : QStringLiteral("the request has no Host header"));
            return;
        }
        forward += "Connection: close\r\n\r\n";
        if (!m_isConnect)
            m_forward = forward + m_rest;
        else
            m_forward = m_rest; // bytes the client sent past the CONNECT head belong to the tunnel
        m_rest.clear();
        m_host = *host;
        m_port = port;
        m_decision.host = m_host;
        m_decision.port = m_port;
        m_proxy->judge(this, m_host, m_port);
    }

    void connectTo(const QList<QHostAddress> &addresses)
    {
        // All of a name's addresses must be acceptable: a name that also resolves to a private
        // address (DNS rebinding) is refused, whichever address the connect would have picked.
        for (const QHostAddress &a : addresses) {
            const QString why = DomainPolicy::refusal(a, m_reachPrivate);
            if (!why.isEmpty()) {
                deny(403, QStringLiteral("Forbidden"), QStringLiteral("proxy"),
                     QStringLiteral("%1 resolves to %2, %3").arg(m_host, a.toString(), why), false);
                return;
            }
        }
        m_addresses = addresses;
        m_decision.address = m_addresses.constFirst().toString();
        report();
        m_upstream = new QTcpSocket(this);
        m_upstream->setReadBufferSize(kReadBuffer);
        connect(m_upstream, &QTcpSocket::connected, this, &ProxyConnection::onUpstreamConnected);
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
            if (m_tunneling)
                pump(m_upstream, m_client, m_upstreamDone);
        });
        connect(m_upstream, &QTcpSocket::bytesWritten, this, [this] {
            if (m_tunneling)
                pump(m_client, m_upstream, m_clientDone);
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
            m_upstreamDone = true;
            if (m_tunneling)
                pump(m_upstream, m_client, m_upstreamDone);
        });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (m_tunneling) {
                if (e != QAbstractSocket::RemoteHostClosedError) {
                    m_upstreamDone = true;
                    pump(m_upstream, m_client, m_upstreamDone);
                }
                return;
            }
            // Try the name's next (already checked) address before giving up.
            if (++m_next < m_addresses.size()) {
                QTimer::singleShot(0, this, [this] {
                    m_upstream->abort();
                    m_upstream->connectToHost(m_addresses.at(m_next), quint16(m_port));
                });
                return;
            }
            fail(502, QStringLiteral("Bad Gateway"),
                 QStringLiteral("could not connect to %1: %2").arg(m_host, m_upstream->errorString()));
        });
        m_connectTimer.start(m_proxy->connectTimeoutMs());
        m_upstream->connectToHost(m_addresses.constFirst(), quint16(m_port));
    }

    void onUpstreamConnected()
    {
        m_connectTimer.stop();
        m_tunneling = true;
        if (m_isConnect)
            m_client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        if (!m_forward.isEmpty())
            m_upstream->write(std::exchange(m_forward, {}));
        pump(m_client, m_upstream, m_clientDone);
        pump(m_upstream, m_client, m_upstreamDone);
    }

    // Moves what `from` has to `to` while `to` keeps up; closes `to` once `from` ended and drained.
    void pump(QIODevice *from, QIODevice *to, bool fromDone)
    {
        if (!from || !to || m_closing)
            return;
        while (from->bytesAvailable() > 0 && to->bytesToWrite() < kMaxPendingWrite)
            to->write(from->read(kReadBuffer));
        if (fromDone && from->bytesAvailable() == 0)
            closeAll();
    }

    void fail(int status, const QString &statusText, const QString &reason)
    {
        m_connectTimer.stop();
        if (m_closing)
            return;
        const QByteArray body = reason.toUtf8() + '\n';
        m_client->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText.toLatin1() +
                        "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                        "X-Workbench-Proxy: refused\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        closeAll();
    }

    void closeAll()
    {
        if (m_closing)
            return;
        m_closing = true;
        m_connectTimer.stop();
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->disconnectFromHost();
        }
        m_client->disconnect(this);
        // Written data is flushed first; the connection object goes once the client is gone.
        if (m_client->state() == QLocalSocket::UnconnectedState) {
            deleteLater();
            return;
        }
        connect(m_client, &QLocalSocket::disconnected, this, &QObject::deleteLater);
        m_client->disconnectFromServer();
    }

    void report()
    {
        if (m_reported)
            return;
        m_reported = true;
        m_decision.at = QDateTime::currentDateTimeUtc();
        m_proxy->report(m_decision);
    }

    NetProxy *m_proxy;
    QLocalSocket *m_client;
    QTcpSocket *m_upstream = nullptr;
    QTimer m_connectTimer;
    QByteArray m_head;
    QByteArray m_rest;
    QByteArray m_forward;
    QString m_host;
    int m_port = 0;
    bool m_isConnect = false;
    bool m_headDone = false;
    bool m_tunneling = false;
    bool m_clientDone = false;
    bool m_upstreamDone = false;
    bool m_closing = false;
    bool m_reported = false;
    bool m_reachPrivate = false;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses;
    qsizetype m_next = 0; // the address being tried
    NetDecision m_decision;
};

} // namespace detail

NetProxy::NetProxy(DomainPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
{
    qRegisterMetaType<Workbench::NetDecision>();
}

NetProxy::~NetProxy() = default;

Status NetProxy::listen(int ownerUid, int ownerGid)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/workbench-net-XXXXXX"));
    if (!m_dir->isValid())
        return Error{QStringLiteral("network_proxy_failed"),
                     QStringLiteral("The network proxy could not create its private folder in %1.")
                         .arg(QDir::tempPath()),
                     m_dir->errorString(),
                     {}};
    m_server = new QLocalServer(this);
    if (!m_server->listen(m_dir->filePath(kSocketName)))
        return Error{QStringLiteral("network_proxy_failed"),
                     QStringLiteral("The network proxy could not listen on its socket."),
                     m_server->errorString(),
                     {}};
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *s = m_server->nextPendingConnection())
            new detail::ProxyConnection(this, s);
    });
    if (ownerUid >= 0)
        return shareWith(ownerUid, ownerGid);
    return {};
}

Status NetProxy::shareWith(int uid, int gid)
{
    if (!m_dir)
        return Error{
            QStringLiteral("network_proxy_failed"), QStringLiteral("The proxy is not listening."), {}, {}};
    for (const QString &path : {m_dir->path(), socketPath()}) {
        if (::lchown(QFile::encodeName(path).constData(), uid_t(uid), gid_t(gid)) != 0)
            return Error{QStringLiteral("network_proxy_failed"),
                         QStringLiteral("The network proxy could not hand its socket to the sandbox user %1.")
                             .arg(uid),
                         QString::fromLocal8Bit(std::strerror(errno)),
                         {}};
    }
    return {};
}

QString NetProxy::socketPath() const
{
    return m_dir ? m_dir->filePath(kSocketName) : QString();
}

bool NetProxy::isListening() const
{
    return m_server && m_server->isListening();
}

void NetProxy::addRule(const DomainRule &rule)
{
    m_policy.addRule(rule);
}

void NetProxy::judge(detail::ProxyConnection *c, const QString &host, int port)
{
    const DomainPolicy::Match m = m_policy.evaluate(host, port);
    switch (m.verdict) {
    case DomainPolicy::Verdict::Allow:
        c->allow(m, QStringLiteral("rule"), QStringLiteral("allowed by %1").arg(m.rule));
        return;
    case DomainPolicy::Verdict::Deny:
        c->setRule(m);
        c->deny(403, QStringLiteral("Forbidden"), QStringLiteral("rule"),
                QStringLiteral("denied by %1").arg(m.rule));
        return;
    case DomainPolicy::Verdict::Unknown:
        break;
    }
    for (auto it = m_questions.begin(); it != m_questions.end(); ++it) {
        if (it->host == host && it->port == port) {
            it->waiting.append(c);
            return;
        }
    }
    if (!isSignalConnected(QMetaMethod::fromSignal(&NetProxy::approvalNeeded))) {
        c->deny(403, QStringLiteral("Forbidden"), QStringLiteral("headless"),
                QStringLiteral("no rule allows %1:%2 and there is no one to ask").arg(host).arg(port));
        return;
    }
    const quint64 id = m_nextId++;
    m_questions.insert(id, Question{host, port, {c}});
    Q_EMIT approvalNeeded(id, host, port);
}

void NetProxy::answer(quint64 id, bool allow, const QString &decidedBy, const QString &message)
{
    const auto it = m_questions.find(id);
    if (it == m_questions.end())
        return;
    const Question q = *it;
    m_questions.erase(it);
    // The answer holds for this proxy's life, so the agent's retries are not asked about again.
    DomainRule rule;
    rule.kind = allow ? DomainRule::Kind::Allow : DomainRule::Kind::Deny;
    rule.pattern = q.host;
    rule.port = q.port;
    rule.text = QStringLiteral("%1:%2")
                    .arg(q.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(q.host) : q.host)
                    .arg(q.port);
    rule.source = QStringLiteral("this run (%1)").arg(decidedBy);
    m_policy.addRule(rule);
    const DomainPolicy::Match m{allow ? DomainPolicy::Verdict::Allow : DomainPolicy::Verdict::Deny, rule.text,
                                rule.source, false};
    for (const QPointer<detail::ProxyConnection> &c : q.waiting) {
        if (!c)
            continue;
        if (allow) {
            c->allow(m, decidedBy, QStringLiteral("approved when asked"));
        } else {
            c->setRule(m);
            c->deny(403, QStringLiteral("Forbidden"), decidedBy,
                    message.isEmpty() ? QStringLiteral("denied when asked") : message);
        }
    }
}

} // namespace Workbench
