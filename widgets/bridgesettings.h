// SPDX-License-Identifier: MIT
#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace Workbench {

class BridgeHealthJob;

/// The Cloudflare Sandbox part of the settings' sandbox page: the bridge URL, the state of the
/// bridge key (stored in the keychain by the owner of ApiKeyStore; SANDBOX_API_KEY and
/// SANDBOX_BRIDGE_URL win, and the box says so) and "Test connection", which calls /health and
/// the OpenAPI document asynchronously and shows the bridge's version or a plain error.
///
/// The box edits; it saves nothing itself. The key is held in memory only to test the
/// connection and is never shown.
class BridgeSettingsBox final : public QGroupBox
{
    Q_OBJECT
public:
    explicit BridgeSettingsBox(QWidget *parent = nullptr);
    ~BridgeSettingsBox() override;

    /// The stored URL (the field). When SANDBOX_BRIDGE_URL is set it wins: the box says so.
    void setUrl(const QString &storedUrl);
    [[nodiscard]] QString url() const; ///< the field's text, trimmed
    /// The URL a test or a run uses: the environment's when set, else the field's.
    [[nodiscard]] QString effectiveUrl() const;
    /// The key to test with and where it came from. An empty key means none is known.
    void setKey(const QString &key, bool fromEnvironment);
    /// Whether the field holds a URL that can be saved (empty counts).
    [[nodiscard]] bool isInputValid() const;
    /// Starts the connection test (as the button does).
    void testConnection();
    /// The last test's outcome in words ("" before any).
    [[nodiscard]] QString testResult() const;
    [[nodiscard]] bool testSucceeded() const { return m_testOk; }

Q_SIGNALS:
    void keySaveRequested(const QString &key);
    void keyClearRequested();
    /// The URL field changed validity (the dialog re-checks OK).
    void inputChanged();
    /// A connection test ended; testResult() says how.
    void testFinished();

private:
    void updateState();

    QLineEdit *m_url;
    QLabel *m_urlNote;
    QLabel *m_urlError;
    QLabel *m_keyStatus;
    QLineEdit *m_keyEdit;
    QPushButton *m_keySave;
    QPushButton *m_keyClear;
    QPushButton *m_test;
    QLabel *m_result;
    QNetworkAccessManager *m_nam = nullptr; // created on the first test
    QPointer<BridgeHealthJob> m_job;
    QString m_key;
    bool m_keyFromEnvironment = false;
    bool m_testOk = false;
};

} // namespace Workbench
