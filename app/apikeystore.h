// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace Workbench {

/// The Anthropic API key: from ANTHROPIC_API_KEY when set (the environment wins), otherwise from
/// the desktop keychain through QtKeychain. Reads and writes are asynchronous jobs; the key is
/// held only in this process and never written to settings, transcripts or the sandbox.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    /// Which secret: the Anthropic key (ANTHROPIC_API_KEY, account "anthropic-api-key") or the
    /// Cloudflare sandbox bridge key (SANDBOX_API_KEY, account "sandbox-bridge-api-key").
    enum class Secret
    {
        AnthropicKey,
        SandboxBridgeKey
    };
    explicit ApiKeyStore(QObject *parent = nullptr);
    explicit ApiKeyStore(Secret secret, QObject *parent = nullptr);

    /// Starts reading the stored key (no-op when the environment provides one).
    void load();
    /// Stores a key in the keychain; it is used for this session even if storing fails.
    void save(const QString &key);
    /// Removes the stored key from the keychain and forgets it for this session (a key from the
    /// environment stays: it is not ours to remove).
    void clear();

    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] bool fromEnvironment() const { return m_fromEnvironment; }
    [[nodiscard]] bool hasKey() const { return !m_key.isEmpty(); }

Q_SIGNALS:
    void keyChanged();
    /// A keychain problem, in plain words (e.g. no secret service on this desktop).
    void problem(const QString &message);

private:
    QString m_account;
    QString m_envVar;
    QString m_key;
    bool m_fromEnvironment = false;
};

} // namespace Workbench
