// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "sandbox/domainpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QSocketNotifier;
class QTemporaryDir;

namespace Workbench {

namespace detail {
class ProxyConnection;
}

/// One decision of the proxy about one request, for the transcript and the UI.
struct NetDecision
{
    QString host; ///< normalised; empty when the request was malformed
    int port = 0;
    QString method; ///< "CONNECT", "GET", …
    bool allowed = false;
    QString decidedBy; ///< "rule", "user", "headless", "proxy" (malformed or refused address)
    QString rule;      ///< the rule that decided, if any
    QString ruleSource;
    QString reason;  ///< plain words
    QString address; ///< the address connected to (allowed requests)
    QDateTime at;

    [[nodiscard]] QJsonObject toJson() const;
    /// One line: "allowed example.com:443 (rule example.com from --allow-domain)".
    [[nodiscard]] QString summary() const;
};

/// The host side of the sandbox's network: an HTTP proxy listening on a Unix socket in a private
/// directory (0700, owned by whoever the sandbox runs as), which BwrapSandbox binds into the
/// sandbox where workbench-sandbox-launch relays 127.0.0.1:<port> to it. The sandbox keeps its
/// own network namespace, so this proxy is its only way out.
///
/// It serves CONNECT (HTTPS and any TCP) and plain-HTTP requests in absolute form, whose Host
/// header must name the same host and port. Every host is normalised once
/// (DomainPolicy::normalizeHost: NUL, control characters and odd numeric forms refused) and that
/// one string is both checked and resolved. Names are resolved here, asynchronously; a name with
/// any address that DomainPolicy::refusal() refuses (loopback, private, CGNAT, link-local,
/// metadata, ULA, unspecified, multicast, IPv4-mapped forms of these) is refused as a whole, so
/// DNS rebinding gains nothing. A rule's reachPrivate lifts the private refusal for that rule.
///
/// Hosts no rule names raise approvalNeeded() once per host:port; answer() settles every
/// connection waiting on it, and the answer holds for the rest of the proxy's life (a rule with
/// source "this run"). With nothing connected to approvalNeeded(), unknown hosts are denied:
/// nobody to ask is never consent. Every request's outcome is emitted as decided().
///
/// Lives in the thread that creates it; never blocks it. Plain HTTP: one proxied connection
/// carries exactly one checked request — its head and its body (Content-Length or chunked; an
/// ambiguous framing is refused) go upstream with "Connection: close", nothing the client sends
/// after the body is forwarded, and the answer reaches the client with "Connection: close", so
/// a kept-alive or pipelining client sends its next request on a new connection, checked anew.
/// Each direction ends on its own (a client that shuts down writing still gets its answer);
/// a connection ends when both have, or when the client is gone for good.
class NetProxy : public QObject
{
    Q_OBJECT
public:
    explicit NetProxy(DomainPolicy policy, QObject *parent = nullptr);
    ~NetProxy() override;

    /// Creates the private directory and starts listening. `ownerUid`/`ownerGid` >= 0 hand the
    /// directory and socket to that user (the sandbox's host uid when the app runs as root).
    Status listen(int ownerUid = -1, int ownerGid = -1);
    /// Hands the directory and socket to uid:gid (the app runs as root; bwrap runs as them).
    Status shareWith(int uid, int gid);
    [[nodiscard]] QString socketPath() const;
    [[nodiscard]] bool isListening() const;

    [[nodiscard]] const DomainPolicy &policy() const { return m_policy; }
    /// Adds a rule from now on (e.g. "always allow" remembered elsewhere too).
    void addRule(const DomainRule &rule);

    /// Settles question `id`: allow or deny host:port for the rest of this proxy's life.
    void answer(quint64 id, bool allow, const QString &decidedBy, const QString &message = {});
    /// Questions not answered yet.
    [[nodiscard]] int pendingQuestions() const { return int(m_questions.size()); }
    /// Connections waiting for those answers (a request is read asynchronously, so tests wait on this).
    [[nodiscard]] int waitingConnections() const
    {
        int n = 0;
        for (const Question &q : m_questions)
            n += int(q.waiting.size());
        return n;
    }

    /// How long an upstream connect may take.
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; }
    [[nodiscard]] int connectTimeoutMs() const { return m_connectTimeoutMs; }

Q_SIGNALS:
    /// A host no rule names; answer(id, …) settles it.
    void approvalNeeded(quint64 id, const QString &host, int port);
    void decided(const Workbench::NetDecision &decision);

private:
    friend class detail::ProxyConnection;
    struct Question
    {
        QString host;
        int port = 0;
        QList<QPointer<detail::ProxyConnection>> waiting;
    };
    // Called by connections.
    void judge(detail::ProxyConnection *c, const QString &host, int port);
    void report(const NetDecision &d) { Q_EMIT decided(d); }

    DomainPolicy m_policy;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_listenFd = -1;
    QSocketNotifier *m_acceptNotifier = nullptr;
    QHash<quint64, Question> m_questions;
    quint64 m_nextId = 1;
    int m_connectTimeoutMs = 15000;
};

} // namespace Workbench

Q_DECLARE_METATYPE(Workbench::NetDecision)
