#pragma once

#include <QString>

namespace akta::extract {

// Guards against huge output: the text handed back is cut at maxChars UTF-16 code units.
class TextLimit final
{
public:
    static constexpr qsizetype maxChars = 20 * 1024 * 1024;

    // Appends as much of `piece` as fits; false once the limit is reached.
    static bool append(QString& text, QStringView piece)
    {
        const qsizetype room = maxChars - text.size();
        if (piece.size() <= room) {
            text.append(piece);
            return true;
        }
        if (room > 0) {
            text.append(piece.left(room));
        }
        return false;
    }
};

} // namespace akta::extract
