// SPDX-License-Identifier: MIT
#include "sandbox/netproxy.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QMetaMethod>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace Workbench {

namespace {

constexpr qsizetype kMaxHead = 16 * 1024;          // request line + headers
constexpr qsizetype kReadBuffer = 64 * 1024;       // one read, so memory stays bounded
constexpr qsizetype kMaxPendingWrite = 256 * 1024; // per direction; stop reading while the other side lags
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

/// Where a request's body ends: the proxy forwards exactly one request per connection, so it must
/// know the byte after the body (Content-Length, or the chunked framing) and read nothing past it.
class BodyFramer
{
public:
    enum class Mode
    {
        None,
        Length,
        Chunked
    };
    BodyFramer() = default;
    BodyFramer(Mode mode, qint64 length)
        : m_mode(mode)
        , m_left(length)
    {}

    [[nodiscard]] bool done() const
    {
        return m_done || m_mode == Mode::None || (m_mode == Mode::Length && m_left == 0);
    }
    [[nodiscard]] bool failed() const { return m_failed; }

    /// How many leading bytes of `data` still belong to the body.
    qsizetype take(QByteArrayView data)
    {
        if (done())
            return 0;
        if (m_mode == Mode::Length) {
            const qsizetype n = qsizetype(std::min<qint64>(m_left, data.size()));
            m_left -= n;
            return n;
        }
        qsizetype i = 0;
        while (i < data.size() && !m_done && !m_failed) {
            switch (m_state) {
            case State::SizeLine:
            case State::Trailer: {
                const char c = data.at(i++);
                if (m_line.size() > 4096) {
                    m_failed = true;
                    break;
                }
                m_line.append(c);
                if (!m_line.endsWith("\r\n"))
                    break;
                const QByteArray line = m_line.chopped(2);
                m_line.clear();
                if (m_state == State::Trailer) {
                    if (line.isEmpty())
                        m_done = true;
                    break;
                }
                const qsizetype ext = line.indexOf(';'); // chunk extensions are ignored
                const QByteArray hex = (ext < 0 ? line : line.first(ext)).trimmed();
                bool ok = !hex.isEmpty() && hex.size() <= 15;
                const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
                if (!ok || size < 0) {
                    m_failed = true;
                    break;
                }
                m_left = size;
                m_state = size == 0 ? State::Trailer : State::Data;
                break;
            }
            case State::Data: {
                const qsizetype n = qsizetype(std::min<qint64>(m_left, data.size() - i));
                i += n;
                m_left -= n;
                if (m_left == 0)
                    m_state = State::DataEnd;
                break;
            }
            case State::DataEnd:
                m_line.append(data.at(i++));
                if (m_line.size() == 2) {
                    m_failed = m_line != "\r\n";
                    m_line.clear();
                    m_state = State::SizeLine;
                }
                break;
            }
        }
        return i;
    }

private:
    enum class State
    {
        SizeLine,
        Data,
        DataEnd,
        Trailer
    };
    Mode m_mode = Mode::None;
    State m_state = State::SizeLine;
    qint64 m_left = 0;
    QByteArray m_line;
    bool m_done = false;
    bool m_failed = false;
};

/// One client connection from the sandbox's relay, on raw non-blocking sockets so each direction
/// can end on its own (half-close: a client that shuts down writing still gets its answer).
/// Reads one request head, asks the proxy, then refuses with an HTTP error, tunnels (CONNECT), or
/// forwards exactly one plain request — head and body, nothing after it — and relays the answer
/// with "Connection: close"; a client's next request comes on a new connection and is checked.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(NetProxy *proxy, int clientFd)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(clientFd)
    {
        m_clientRead = new QSocketNotifier(m_client, QSocketNotifier::Read, this);
        m_clientWrite = new QSocketNotifier(m_client, QSocketNotifier::Write, this);
        m_clientWrite->setEnabled(false);
        connect(m_clientRead, &QSocketNotifier::activated, this, &ProxyConnection::onClientReadable);
        connect(m_clientWrite, &QSocketNotifier::activated, this, [this] { flush(); });
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
        closeUpstream();
        delete m_clientRead;
        delete m_clientWrite;
        ::close(m_client);
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
    enum class Phase
    {
        Head,
        Deciding,
        Connecting,
        Tunnel,
        Plain,
        Refusing,
        Closed
    };

    // Both directions of a unix socket shut: the relay (and so the client) is gone for good.
    // A half-close (the client only stopped writing) reads as EOF too, but not as this.
    bool clientGone() const
    {
        pollfd pfd{m_client, POLLIN, 0};
        return ::poll(&pfd, 1, 0) > 0 && (pfd.revents & (POLLHUP | POLLERR));
    }

    // Reads what fits; returns bytes read, 0 at EOF, -1 when nothing is there now, -2 on error.
    static qsizetype readSome(int fd, QByteArray *into, qsizetype max)
    {
        if (max <= 0)
            return -1;
        const qsizetype old = into->size();
        into->resize(old + max);
        ssize_t n;
        do {
            n = ::recv(fd, into->data() + old, size_t(max), 0);
        } while (n < 0 && errno == EINTR);
        into->resize(old + std::max<qsizetype>(n, 0));
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK ? -1 : -2;
        return n;
    }

    void onClientReadable()
    {
        switch (m_phase) {
        case Phase::Head:
            readHead();
            return;
        case Phase::Tunnel:
        case Phase::Plain:
            pumpFromClient();
            return;
        default:
            // Deciding or refusing: the request is read; wait without reading further.
            m_clientRead->setEnabled(false);
            return;
        }
    }

    void readHead()
    {
        const qsizetype n = readSome(m_client, &m_head, kMaxHead + 1 - m_head.size());
        if (n == -1)
            return;
        if (n <= 0) { // the client left (or stopped writing) before its request was complete
            closeAll();
            return;
        }
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHead)
                refuseMalformed(431, QStringLiteral("Request Header Fields Too Large"),
                                QStringLiteral("the request head is larger than 16 KiB"));
            return;
        }
        m_clientRead->setEnabled(false);
        m_phase = Phase::Deciding;
        m_rest = m_head.mid(end + 4);
        m_head.truncate(end);
        parse();
    }

    void refuseMalformed(int status, const QString &statusText, const QString &reason)
    {
        m_decision.decidedBy = QStringLiteral("proxy");
        m_decision.host.clear();
        deny(status, statusText, QStringLiteral("proxy"), reason);
    }

    void refuseFor(const QString &host, int port, int status, const QString &statusText,
                   const QString &reason)
    {
        m_host = host;
        m_port = port;
        m_decision.host = m_host;
        m_decision.port = m_port;
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
        QList<QByteArray> lengths;
        QList<QByteArray> encodings;
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
                    refuseFor(*host, port, 400, QStringLiteral("Bad Request"),
                              QStringLiteral("the Host header does not match the request target"));
                    return;
                }
            }
            if (headerNameIs(l, "content-length"))
                lengths.append(l.mid(15).trimmed());
            if (headerNameIs(l, "transfer-encoding"))
                encodings.append(l.mid(18).trimmed().toLower());
            if (headerNameIs(l, "connection") || headerNameIs(l, "proxy-connection") ||
                headerNameIs(l, "proxy-authorization") || headerNameIs(l, "keep-alive"))
                continue;
            forward += l + "\r\n";
        }
        if (hostHeaders > 1 || (!m_isConnect && hostHeaders == 0)) {
            refuseFor(*host, port, 400, QStringLiteral("Bad Request"),
                      hostHeaders > 1 ? QStringLiteral("the request has more than one Host header")
                                      : QStringLiteral("the request has no Host header"));
            return;
        }
        if (!m_isConnect) {
            // Where the body ends must be unambiguous: the byte after it is the next request's,
            // which this connection never forwards.
            if (!encodings.isEmpty()) {
                if (!lengths.isEmpty() || encodings.size() != 1 || encodings.constFirst() != "chunked") {
                    refuseFor(
                        *host, port, 400, QStringLiteral("Bad Request"),
                        QStringLiteral("the request's body framing is ambiguous (only one "
                                       "\u201CTransfer-Encoding: chunked\u201D, without Content-Length, "
                                       "is accepted)"));
                    return;
                }
                m_body = BodyFramer(BodyFramer::Mode::Chunked, 0);
            } else if (!lengths.isEmpty()) {
                bool ok = true;
                const qint64 n = lengths.constFirst().toLongLong(&ok);
                for (const QByteArray &v : std::as_const(lengths))
                    ok = ok && v == lengths.constFirst() && !v.isEmpty() && !v.startsWith('+') &&
                         !v.startsWith('-');
                if (!ok || n < 0) {
                    refuseFor(*host, port, 400, QStringLiteral("Bad Request"),
                              QStringLiteral("the request's Content-Length is malformed or repeated"));
                    return;
                }
                m_body = BodyFramer(BodyFramer::Mode::Length, n);
            }
        }
        forward += "Connection: close\r\n\r\n";
        if (!m_isConnect) {
            const qsizetype body = m_body.take(m_rest);
            if (m_body.failed()) {
                refuseFor(*host, port, 400, QStringLiteral("Bad Request"),
                          QStringLiteral("the request's chunked body is malformed"));
                return;
            }
            m_toUpstream = forward + m_rest.left(body);
            m_rest.clear(); // anything after the body is a request this connection does not carry
        } else {
            m_toUpstream = std::exchange(m_rest, {}); // bytes past the CONNECT head are the tunnel's
        }
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
        m_phase = Phase::Connecting;
        m_connectTimer.start(m_proxy->connectTimeoutMs());
        tryAddress();
    }

    // Starts a non-blocking connect to m_addresses[m_next]; on to the next one when it fails.
    void tryAddress()
    {
        closeUpstream();
        while (m_next < m_addresses.size()) {
            if (clientGone()) { // nobody left to answer: stop trying
                closeAll();
                return;
            }
            const QHostAddress &a = m_addresses.at(m_next);
            sockaddr_storage ss{};
            socklen_t len = 0;
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                auto *in = reinterpret_cast<sockaddr_in *>(&ss);
                in->sin_family = AF_INET;
                in->sin_port = htons(quint16(m_port));
                in->sin_addr.s_addr = htonl(a.toIPv4Address());
                len = sizeof(sockaddr_in);
            } else {
                auto *in6 = reinterpret_cast<sockaddr_in6 *>(&ss);
                in6->sin6_family = AF_INET6;
                in6->sin6_port = htons(quint16(m_port));
                const Q_IPV6ADDR b = a.toIPv6Address();
                std::memcpy(&in6->sin6_addr, &b, 16);
                len = sizeof(sockaddr_in6);
            }
            m_upstream = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (m_upstream >= 0) {
                int rc;
                do {
                    rc = ::connect(m_upstream, reinterpret_cast<sockaddr *>(&ss), len);
                } while (rc < 0 && errno == EINTR);
                if (rc == 0 || errno == EINPROGRESS) {
                    m_upRead = new QSocketNotifier(m_upstream, QSocketNotifier::Read, this);
                    m_upWrite = new QSocketNotifier(m_upstream, QSocketNotifier::Write, this);
                    m_upRead->setEnabled(false);
                    connect(m_upRead, &QSocketNotifier::activated, this, [this] { pumpFromUpstream(); });
                    connect(m_upWrite, &QSocketNotifier::activated, this, [this] {
                        if (m_phase == Phase::Connecting)
                            onConnectDone();
                        else
                            flush();
                    });
                    return;
                }
                m_lastError = errno;
                closeUpstream();
            } else {
                m_lastError = errno;
            }
            ++m_next;
        }
        fail(502, QStringLiteral("Bad Gateway"),
             QStringLiteral("could not connect to %1: %2")
                 .arg(m_host, QString::fromLocal8Bit(std::strerror(m_lastError))));
    }

    void onConnectDone()
    {
        int err = 0;
        socklen_t len = sizeof err;
        if (::getsockopt(m_upstream, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
            err = errno;
        if (err != 0) {
            m_lastError = err;
            ++m_next;
            tryAddress();
            return;
        }
        m_connectTimer.stop();
        m_upWrite->setEnabled(false);
        m_upRead->setEnabled(true);
        if (m_isConnect) {
            m_phase = Phase::Tunnel;
            m_toClient += "HTTP/1.1 200 Connection established\r\n\r\n";
        } else {
            m_phase = Phase::Plain;
            m_responseHeadDone = false;
        }
        m_clientRead->setEnabled(true);
        flush();
    }

    // Client to upstream. Tunnel: everything, then a half-close. Plain: the rest of the one
    // request's body; what follows it is read and dropped (never forwarded), and a client that
    // is gone for good ends the exchange.
    void pumpFromClient()
    {
        if (m_phase == Phase::Plain && m_body.done()) {
            QByteArray dropped;
            const qsizetype n = readSome(m_client, &dropped, kReadBuffer);
            if (n == 0 || n == -2) {
                m_clientRead->setEnabled(false);
                m_clientEof = true;
                m_clientGone = n == -2 || clientGone();
                flush();
            }
            return;
        }
        const qsizetype before = m_toUpstream.size();
        const qsizetype n = readSome(m_client, &m_toUpstream, kMaxPendingWrite - before);
        if (n > 0 && m_phase == Phase::Plain) {
            const qsizetype body = m_body.take(QByteArrayView(m_toUpstream).sliced(before));
            if (m_body.failed()) {
                closeAll();
                return;
            }
            m_toUpstream.truncate(before + body);
        }
        if (n == 0 || n == -2) {
            m_clientRead->setEnabled(false);
            m_clientEof = true;
            // Gone for good (closed, reset): what it sent still goes out, then the exchange ends.
            m_clientGone = n == -2 || clientGone();
        }
        flush();
    }

    // Upstream to client. Plain answers get "Connection: close" in their (first final) head.
    void pumpFromUpstream()
    {
        const qsizetype before = m_toClient.size();
        const qsizetype n = readSome(m_upstream, &m_toClient, kMaxPendingWrite - before);
        if (n == -2) {
            closeAll();
            return;
        }
        if (n == 0) {
            m_upRead->setEnabled(false);
            m_upstreamEof = true;
        }
        if (m_phase == Phase::Plain && !m_responseHeadDone)
            rewriteResponseHead(before);
        flush();
    }

    void rewriteResponseHead(qsizetype from)
    {
        m_responseHead += QByteArrayView(m_toClient).sliced(from);
        m_toClient.truncate(from);
        for (;;) {
            const qsizetype end = m_responseHead.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_responseHead.size() > kMaxHead || m_upstreamEof) { // not ours to fix: pass on
                    m_toClient += std::exchange(m_responseHead, {});
                    m_responseHeadDone = true;
                }
                return;
            }
            const QList<QByteArray> lines = m_responseHead.left(end).split('\n');
            const bool interim = lines.constFirst().startsWith("HTTP/1.1 1");
            QByteArray head;
            for (const QByteArray &raw : lines) {
                const QByteArray l = raw.endsWith('\r') ? raw.chopped(1) : raw;
                if (!interim && (headerNameIs(l, "connection") || headerNameIs(l, "keep-alive")))
                    continue;
                head += l + "\r\n";
            }
            if (!interim)
                head += "Connection: close\r\n";
            m_toClient += head + "\r\n";
            const QByteArray rest = m_responseHead.mid(end + 4);
            m_responseHead.clear();
            if (!interim) {
                m_toClient += rest;
                m_responseHeadDone = true;
                return;
            }
            m_responseHead = rest; // a 100 Continue: the final head follows
        }
    }

    // Writes what is pending both ways, half-closes a direction whose source ended and drained,
    // and ends the connection once nothing can flow any more.
    void flush()
    {
        if (m_phase == Phase::Closed)
            return;
        if (m_clientGone)
            m_toClient.clear(); // undeliverable; what the client sent still goes upstream
        if (!writeOut(m_client, &m_toClient, m_clientWrite))
            return;
        const bool forwarding = m_phase == Phase::Tunnel || m_phase == Phase::Plain;
        if (forwarding && !writeOut(m_upstream, &m_toUpstream, m_upWrite))
            return;
        if (m_phase == Phase::Refusing) {
            if (m_toClient.isEmpty())
                closeAll();
            return;
        }
        if (!forwarding)
            return;
        // Reading resumes once the other side took enough.
        if (!m_clientEof && !(m_phase == Phase::Plain && m_body.done()))
            m_clientRead->setEnabled(m_toUpstream.size() < kMaxPendingWrite);
        else if (m_phase == Phase::Plain && !m_clientEof)
            m_clientRead->setEnabled(true);
        if (!m_upstreamEof)
            m_upRead->setEnabled(m_toClient.size() < kMaxPendingWrite);

        if (m_clientEof && m_toUpstream.isEmpty() && !m_upstreamShut &&
            (m_phase == Phase::Tunnel || !m_body.done())) {
            ::shutdown(m_upstream, SHUT_WR);
            m_upstreamShut = true;
        }
        if (m_upstreamEof && m_toClient.isEmpty() && !m_clientShut) {
            ::shutdown(m_client, SHUT_WR);
            m_clientShut = true;
        }
        if (m_clientGone && m_toUpstream.isEmpty()) { // nobody left to read an answer
            closeAll();
            return;
        }
        // A tunnel ends when both directions have; a plain exchange once the answer is out.
        const bool clientSideDone = m_clientEof || (m_phase == Phase::Plain && m_body.done());
        if (m_clientShut && (m_phase == Phase::Plain || (clientSideDone && m_toUpstream.isEmpty())))
            closeAll();
    }

    // False when the connection was closed because the peer is gone.
    bool writeOut(int fd, QByteArray *data, QSocketNotifier *notifier)
    {
        while (!data->isEmpty()) {
            const ssize_t n = ::send(fd, data->constData(), size_t(data->size()), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            if (n <= 0) {
                closeAll();
                return false;
            }
            data->remove(0, n);
        }
        if (notifier)
            notifier->setEnabled(!data->isEmpty());
        return true;
    }

    void fail(int status, const QString &statusText, const QString &reason)
    {
        m_connectTimer.stop();
        if (m_phase == Phase::Refusing || m_phase == Phase::Closed)
            return;
        closeUpstream();
        m_phase = Phase::Refusing;
        m_clientRead->setEnabled(false);
        const QByteArray body = reason.toUtf8() + '\n';
        m_toClient = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText.toLatin1() +
                     "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
                     "X-Workbench-Proxy: refused\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body;
        flush();
    }

    void closeUpstream()
    {
        delete std::exchange(m_upRead, nullptr);
        delete std::exchange(m_upWrite, nullptr);
        if (m_upstream >= 0)
            ::close(std::exchange(m_upstream, -1));
    }

    void closeAll()
    {
        if (m_phase == Phase::Closed)
            return;
        m_phase = Phase::Closed;
        m_connectTimer.stop();
        closeUpstream();
        m_clientRead->setEnabled(false);
        m_clientWrite->setEnabled(false);
        deleteLater(); // the destructor closes the client
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
    int m_client;
    int m_upstream = -1;
    QSocketNotifier *m_clientRead = nullptr;
    QSocketNotifier *m_clientWrite = nullptr;
    QSocketNotifier *m_upRead = nullptr;
    QSocketNotifier *m_upWrite = nullptr;
    QTimer m_connectTimer;
    Phase m_phase = Phase::Head;
    QByteArray m_head;
    QByteArray m_rest;
    QByteArray m_toUpstream;
    QByteArray m_toClient;
    QByteArray m_responseHead;
    BodyFramer m_body;
    QString m_host;
    int m_port = 0;
    bool m_isConnect = false;
    bool m_clientEof = false;    // the client stopped writing
    bool m_clientGone = false;   // … and reading: closed or reset
    bool m_upstreamEof = false;  // the upstream stopped writing
    bool m_clientShut = false;   // we stopped writing to the client
    bool m_upstreamShut = false; // we stopped writing to the upstream
    bool m_responseHeadDone = true;
    bool m_reported = false;
    bool m_reachPrivate = false;
    int m_lookupId = -1;
    int m_lastError = 0;
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

NetProxy::~NetProxy()
{
    // Connections are children and close their own sockets when QObject deletes them.
    delete m_acceptNotifier;
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

Status NetProxy::listen(int ownerUid, int ownerGid)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/workbench-net-XXXXXX"));
    if (!m_dir->isValid())
        return Error{QStringLiteral("network_proxy_failed"),
                     QStringLiteral("The network proxy could not create its private folder in %1.")
                         .arg(QDir::tempPath()),
                     m_dir->errorString(),
                     {}};
    const QByteArray path = QFile::encodeName(m_dir->filePath(kSocketName));
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const auto failed = [](const QString &detail) {
        return Error{QStringLiteral("network_proxy_failed"),
                     QStringLiteral("The network proxy could not listen on its socket."),
                     detail,
                     {}};
    };
    if (path.size() >= qsizetype(sizeof addr.sun_path))
        return failed(QStringLiteral("the socket path is too long: %1").arg(QFile::decodeName(path)));
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(fd, 128) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (fd >= 0)
            ::close(fd);
        return failed(why);
    }
    m_listenFd = fd;
    m_acceptNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, [this] {
        for (;;) {
            const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (client < 0)
                return; // EAGAIN: all taken; anything else: the next one may do better
            new detail::ProxyConnection(this, client);
        }
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
    return m_listenFd >= 0;
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
