#include "store/KeyFileProvider.h"

#include "store/OwnerOnlyFile.h"

#include <QFile>
#include <QFileInfo>

namespace akta::store {

namespace {

class MissingKeyProvider final : public StoreKeyProvider
{
public:
    StoreKey keyFor(const QString& directory, bool) const override
    {
        throw StoreKeyError("no key for the encrypted store " + directory.toStdString() +
                            ": set AKTA_KEY_FILE to a file with the store's key (64 hex digits; a new store "
                            "writes a new key there)");
    }
};

std::unique_ptr<StoreKeyProvider>& installedProvider()
{
    static std::unique_ptr<StoreKeyProvider> provider;
    return provider;
}

} // namespace

const StoreKeyProvider& StoreKeyProvider::forProcess()
{
    std::unique_ptr<StoreKeyProvider>& installed = installedProvider();
    if (!installed) {
        installed = fromEnvironment();
    }
    return *installed;
}

void StoreKeyProvider::installForProcess(std::unique_ptr<StoreKeyProvider> provider)
{
    installedProvider() = std::move(provider);
}

std::unique_ptr<StoreKeyProvider> StoreKeyProvider::fromEnvironment()
{
    const QString path = qEnvironmentVariable(KeyFileProvider::kEnvironmentVariable);
    if (path.isEmpty()) {
        return std::make_unique<MissingKeyProvider>();
    }
    return std::make_unique<KeyFileProvider>(path);
}

KeyFileProvider::KeyFileProvider(QString path) : m_path(std::move(path)) {}

void KeyFileProvider::forget(const QString& directory) const
{
    Q_UNUSED(directory)
    QFile file(m_path);
    if (file.exists() && !file.remove()) {
        throw StoreKeyError("cannot remove the store key file " + m_path.toStdString() + ": " +
                            file.errorString().toStdString());
    }
}

StoreKey KeyFileProvider::keyFor(const QString& directory, bool creating) const
{
    Q_UNUSED(directory)
    if (creating && !QFileInfo::exists(m_path)) {
        const StoreKey key = StoreKey::generate();
        QByteArray text = key.toHex() + '\n';
        QString error;
        const bool written = OwnerOnlyFile::createExclusive(m_path, text, &error);
        text.fill('\0');
        if (written) {
            return key;
        }
        if (!QFileInfo::exists(m_path)) {
            throw StoreKeyError("cannot write the new store key to " + m_path.toStdString() + ": " +
                                error.toStdString());
        }
        // Another process created the key file in the meantime: use its key.
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw StoreKeyError("cannot read the store key file " + m_path.toStdString() +
                            " (AKTA_KEY_FILE): " + file.errorString().toStdString());
    }
    QByteArray text = file.read(4096);
    try {
        StoreKey key = StoreKey::fromHex(text);
        text.fill('\0');
        return key;
    } catch (const StoreKeyError&) {
        text.fill('\0');
        throw StoreKeyError("the store key file " + m_path.toStdString() +
                            " (AKTA_KEY_FILE) does not hold 64 hexadecimal digits");
    }
}

} // namespace akta::store
