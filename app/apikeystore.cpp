// SPDX-License-Identifier: MIT
#include "apikeystore.h"

#include <qt6keychain/keychain.h>

namespace Workbench {

namespace {
const QString kService = QStringLiteral("agent-workbench");
const QString kAccount = QStringLiteral("anthropic-api-key");
} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
    , m_key(qEnvironmentVariable("ANTHROPIC_API_KEY"))
    , m_fromEnvironment(!m_key.isEmpty())
{}

void ApiKeyStore::load()
{
    if (m_fromEnvironment)
        return;
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(kAccount);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            m_key = read->textData();
            Q_EMIT keyChanged();
        } else if (read->error() != QKeychain::EntryNotFound) {
            // Typical on a desktop without a secret service (a bare X session, a container).
            Q_EMIT problem(tr("No desktop keychain is available (%1). Set ANTHROPIC_API_KEY, or enter a key "
                              "under Settings to use it for this session.")
                               .arg(read->errorString()));
        }
    });
    job->start();
}

void ApiKeyStore::save(const QString &key)
{
    m_key = key.trimmed();
    Q_EMIT keyChanged();
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(kAccount);
    job->setTextData(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            Q_EMIT problem(tr("The key is used for this session only; the keychain could not store it: %1")
                               .arg(j->errorString()));
    });
    job->start();
}

} // namespace Workbench
