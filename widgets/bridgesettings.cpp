// SPDX-License-Identifier: MIT
#include "bridgesettings.h"

#include "agent/appsettings.h"
#include "sandbox/bridgeclient.h"
#include "scriptview.h" // Theme helpers

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>

namespace Workbench {

using namespace Qt::StringLiterals;

namespace {
QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

BridgeSettingsBox::BridgeSettingsBox(QWidget *parent)
    : QGroupBox(tr("Cloudflare Sandbox (remote)"), parent)
{
    setObjectName(u"bridgeSettings"_s);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"bridgeUrlEdit"_s);
    m_url->setPlaceholderText(tr("https://sandbox-bridge.example.workers.dev"));
    m_url->setAccessibleName(tr("Sandbox bridge URL"));
    m_urlNote = wrappedLabel(this, u"bridgeUrlNote"_s);
    m_urlNote->setForegroundRole(QPalette::PlaceholderText);
    m_urlError = wrappedLabel(this, u"bridgeUrlError"_s);
    m_keyStatus = wrappedLabel(this, u"bridgeKeyStatus"_s);
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(u"bridgeKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setAccessibleName(tr("Sandbox bridge key"));
    m_keyEdit->setPlaceholderText(tr("The Worker's SANDBOX_API_KEY secret"));
    m_keySave = new QPushButton(tr("Store &Key"), this);
    m_keySave->setObjectName(u"bridgeKeySave"_s);
    m_keyClear = new QPushButton(tr("Remove Stored K&ey"), this);
    m_keyClear->setObjectName(u"bridgeKeyClear"_s);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(u"bridgeTest"_s);
    m_test->setAccessibleDescription(tr("Asks the bridge for its health and its API version"));
    m_result = wrappedLabel(this, u"bridgeTestResult"_s);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_keySave);
    keyRow->addWidget(m_keyClear);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Bridge &URL:"), m_url);
    form->addRow(QString(), m_urlNote);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("Bridge key:"), m_keyStatus);
    form->addRow(QString(), keyRow);
    form->addRow(QString(), testRow);

    connect(m_url, &QLineEdit::textChanged, this, [this] {
        updateState();
        Q_EMIT inputChanged();
    });
    connect(m_keyEdit, &QLineEdit::textChanged, this, &BridgeSettingsBox::updateState);
    connect(m_keySave, &QPushButton::clicked, this, [this] {
        const QString key = m_keyEdit->text().trimmed();
        if (key.isEmpty())
            return;
        m_keyEdit->clear();
        Q_EMIT keySaveRequested(key);
    });
    connect(m_keyClear, &QPushButton::clicked, this, [this] { Q_EMIT keyClearRequested(); });
    connect(m_test, &QPushButton::clicked, this, &BridgeSettingsBox::testConnection);
    setKey({}, false);
}

BridgeSettingsBox::~BridgeSettingsBox()
{
    if (m_job)
        m_job->cancel();
}

void BridgeSettingsBox::setUrl(const QString &storedUrl)
{
    m_url->setText(storedUrl);
    updateState();
}

QString BridgeSettingsBox::url() const
{
    return m_url->text().trimmed();
}

QString BridgeSettingsBox::effectiveUrl() const
{
    const QString env = AppSettings::bridgeUrlFromEnvironment();
    return env.isEmpty() ? url() : env;
}

void BridgeSettingsBox::setKey(const QString &key, bool fromEnvironment)
{
    m_key = key;
    m_keyFromEnvironment = fromEnvironment;
    if (fromEnvironment)
        m_keyStatus->setText(tr("From the SANDBOX_API_KEY environment variable, which wins over a stored "
                                "key. Unset it to use a stored key."));
    else if (!key.isEmpty())
        m_keyStatus->setText(tr("A key is stored in the desktop keychain. Enter a new one to replace it."));
    else
        m_keyStatus->setText(tr("No key is set. Enter the Worker's SANDBOX_API_KEY secret; it is kept in "
                                "the desktop keychain and only ever sent in the Authorization header."));
    updateState();
}

bool BridgeSettingsBox::isInputValid() const
{
    return AppSettings::validateBridgeUrl(url()).ok();
}

QString BridgeSettingsBox::testResult() const
{
    return m_result->text();
}

void BridgeSettingsBox::updateState()
{
    const Status valid = AppSettings::validateBridgeUrl(url());
    m_urlError->setText(valid ? QString() : valid.error().message);
    m_urlError->setVisible(!valid);
    QPalette pal = m_urlError->palette();
    pal.setColor(QPalette::WindowText, Theme::errorColor(palette()));
    m_urlError->setPalette(pal);
    const QString env = AppSettings::bridgeUrlFromEnvironment();
    m_urlNote->setText(env.isEmpty()
                           ? tr("The address of your deployed sandbox bridge Worker "
                                "(docs/cloudflare-bridge.md).")
                           : tr("SANDBOX_BRIDGE_URL is set (%1) and wins over this field.").arg(env));
    m_keyEdit->setEnabled(!m_keyFromEnvironment);
    m_keySave->setEnabled(!m_keyFromEnvironment && !m_keyEdit->text().trimmed().isEmpty());
    m_keyClear->setEnabled(!m_keyFromEnvironment && !m_key.isEmpty());
    m_test->setEnabled(!m_job && !effectiveUrl().isEmpty() && (valid || !env.isEmpty()));
}

void BridgeSettingsBox::testConnection()
{
    if (m_job)
        return;
    // A key typed but not stored yet is what the user wants to try.
    const QString typed = m_keyEdit->text().trimmed();
    auto endpoint = BridgeEndpoint::fromEnvironment(effectiveUrl(),
                                                    typed.isEmpty() || m_keyFromEnvironment ? m_key : typed);
    m_testOk = false;
    if (!endpoint) {
        m_result->setText(endpoint.error().message);
        Q_EMIT testFinished();
        return;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    m_job = new BridgeHealthJob(m_nam, *endpoint, this);
    m_result->setText(tr("Testing %1…").arg(endpoint->displayUrl()));
    connect(m_job, &BridgeHealthJob::finished, this,
            [this, job = m_job.data(), where = endpoint->displayUrl()] {
                m_testOk = job->error().isNull();
                m_result->setText(
                    m_testOk ? tr("Connected to %1: %2 %3").arg(where, job->apiTitle(), job->apiVersion())
                             : job->error().message);
                job->deleteLater();
                m_job.clear();
                updateState();
                Q_EMIT testFinished();
            });
    m_job->start();
    updateState();
}

} // namespace Workbench
