#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace akta::store {

class LocalStore;

// What StoreVerifier found. `ok` when SQLite's integrity check passes, every page of the database file
// authenticates under the store's key and every blob decrypts to content matching its name.
struct StoreVerification
{
    bool ok = false;
    QStringList integrityProblems; // from PRAGMA integrity_check (read through the WAL)
    qint64 pages = 0;              // pages in the database file
    QList<qint64> unreadablePages; // page numbers that do not authenticate
    qint64 unwrittenPages = 0;     // all-zero pages (space SQLite never wrote): no content, not an error
    qint64 walFrames = 0;          // frames of the current WAL generation
    qint64 unreadableWalFrames =
        0; // frames after a torn write; SQLite ignores them, reported for information
    qint64 blobs = 0;
    QStringList damagedBlobs;
};

// `akta-cli store verify`: checks an open store without changing it. Decrypts every page of the database
// file and of the current WAL directly from disk (not through SQLite's cache), runs SQLite's integrity
// check, and decrypts and hashes every blob.
class StoreVerifier final
{
public:
    explicit StoreVerifier(LocalStore& store) : m_store(store) {}
    StoreVerification run();

private:
    void checkIntegrity(StoreVerification& result);
    void checkPages(StoreVerification& result);
    void checkWal(StoreVerification& result);
    void checkBlobs(StoreVerification& result);

    LocalStore& m_store;
};

} // namespace akta::store
