#pragma once

#include <QByteArray>
#include <QString>

namespace akta::widgets {

// Decodes the bytes of a plain text file as Danish offices write them: a byte order mark decides
// (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); else valid UTF-8 is UTF-8; else Windows-1252 (Latin-1 with
// the printable characters Windows puts in 0x80-0x9F, such as € and the curly quotes).
class PreviewTextDecoder final
{
public:
    static QString decode(const QByteArray& data);
    static QString fromWindows1252(const QByteArray& data);
};

} // namespace akta::widgets
