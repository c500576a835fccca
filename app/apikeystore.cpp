// SPDX-License-Identifier: MIT
#include "apikeystore.h"

#include <qt6keychain/keychain.h>

namespace Workbench {

namespace {
const QString kService = QStringLiteral("agent-workbench");
const QString kAccount = QStringLiteral("anthropic-api-key");
} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent)
    : ApiKeyStore(Secret::AnthropicKey, parent)
{}

ApiKeyStore::ApiKeyStore(Secret secret, QObject *parent)
    : QObject(parent)
    , m_account(secret == Secret::AnthropicKey ? kAccount : QStringLiteral("sandbox-bridge-api-key"))
    , m_envVar(secret == Secret::AnthropicKey ? QStringLiteral("ANTHROPIC_API_KEY")
                                              : QStringLiteral("SANDBOX_API_KEY"))
    , m_key(qEnvironmentVariable(m_envVar.toLatin1().constData()))
    , m_fromEnvironment(!m_key.isEmpty())
{}

void ApiKeyStore::load()
{
    if (m_fromEnvironment)
        return;
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(m_account);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            m_key = read->textData();
            Q_EMIT keyChanged();
        } else if (read->error() != QKeychain::EntryNotFound) {
            // Typical on a desktop without a secret service (a bare X session, a container).
            Q_EMIT problem(tr("No desktop keychain is available (%1). Set %2, or enter a key "
                              "under Settings to use it for this session.")
                               .arg(read->errorString(), m_envVar));
        }
    });
    job->start();
}

void ApiKeyStore::save(const QString &key)
{
    m_key = key.trimmed();
    Q_EMIT keyChanged();
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(m_account);
    job->setTextData(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            Q_EMIT problem(tr("The key is used for this session only; the keychain could not store it: %1")
                               .arg(j->errorString()));
    });
    job->start();
}

void ApiKeyStore::clear()
{
    if (m_fromEnvironment)
        return;
    m_key.clear();
    Q_EMIT keyChanged();
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(m_account);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            Q_EMIT problem(tr("The key is forgotten for this session; the keychain could not remove it: %1")
                               .arg(j->errorString()));
    });
    job->start();
}

} // namespace Workbench
