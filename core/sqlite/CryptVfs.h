#pragma once

namespace akta::sqlite {

// The encrypting SQLite VFS "akta-crypt", a shim over the platform's default VFS (see
// shared/design/ENCRYPTION.md for the findings it is built on):
// - database pages and the pages in WAL frames are sealed with PageCipher under the store's key, nonce and
//   tag in the 40 reserved bytes of every page; the 100-byte database header and the WAL and frame headers
//   stay plain (SQLite reads them before any page);
// - rollback journal page images are sealed too; temporary files (temp databases, sort spills, statement
//   journals) are encrypted with a random key that lives as long as the file handle;
// - a database whose page 1 does not authenticate under the key is refused at open with "file is not a
//   database" before SQLite reads the WAL, so a wrong key changes no byte of any file;
// - memory mapping is never offered (file methods version 2 without xFetch).
// The key is named in the connection's URI (`akta_key=<id>`, see CryptKeyRing).
class CryptVfs final
{
public:
    static constexpr const char* kName = "akta-crypt";
    static constexpr const char* kKeyParameter = "akta_key";
    // Registers the VFS once per process (not as the default). Thread-safe.
    static void ensureRegistered();
};

} // namespace akta::sqlite
