#pragma once

#include <QByteArray>
#include <QString>

namespace akta::sqlite {

// What an encrypted database holds on disk, decrypted: every page of the database file and every page in
// every frame of its WAL (stale frames of earlier WAL generations included), with the key registered in
// CryptKeyRing for the path. For checks that removed data (a protected address) is gone from every page
// image, not just from the tables. Pages that do not authenticate are left out. A database without a
// registered key is returned as its raw bytes.
class CryptFileScan final
{
public:
    static QByteArray plaintext(const QString& databasePath);
};

} // namespace akta::sqlite
