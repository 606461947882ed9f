#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace akta::keychain {

namespace {

const QString kService = QStringLiteral("Akta");

} // namespace

void KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* done) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(done);
        const bool found = read->error() == QKeychain::NoError;
        const QString error =
            found || read->error() == QKeychain::EntryNotFound ? QString() : read->errorString();
        emit readDone(key, found ? read->textData() : QString(), found, error);
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* done) {
        emit writeDone(key, done->error() == QKeychain::NoError ? QString() : done->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* done) {
        const bool ok = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound;
        emit removeDone(key, ok ? QString() : done->errorString());
    });
    job->start();
}

} // namespace akta::keychain
