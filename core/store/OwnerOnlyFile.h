#pragma once

#include <QByteArray>
#include <QString>

namespace akta::store {

// Platform file: creates a file that only its owner may read and write (POSIX mode 0600; on Windows a
// protected DACL granting the current user alone), failing when the file exists already.
class OwnerOnlyFile final
{
public:
    // False with `error` set when the file exists or cannot be written; a partial file is removed.
    static bool createExclusive(const QString& path, const QByteArray& content, QString* error);
};

} // namespace akta::store
