#pragma once

#include <QObject>
#include <QString>

namespace akta::secrets {

// Where the desktop keeps secrets (the sync session token): the OS keychain in the app
// (KeychainSecretStore, through QtKeychain), memory in tests. Every call answers later through a
// signal, never by blocking: the keychain may ask the user or a D-Bus service first.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key) = 0;
    virtual void write(const QString& key, const QString& secret) = 0;
    virtual void remove(const QString& key) = 0;

signals:
    // `found` is false when there is no such secret; `error` is empty on success.
    void readDone(const QString& key, const QString& secret, bool found, const QString& error);
    void writeDone(const QString& key, const QString& error);
    void removeDone(const QString& key, const QString& error);
};

} // namespace akta::secrets
