#include "email/AttachmentFileName.h"

#include <QMimeDatabase>

#include <algorithm>

namespace akta::email {

namespace {

constexpr qsizetype MaxNameLength = 200;

bool isForbidden(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    // Format characters such as U+202E RIGHT-TO-LEFT OVERRIDE are used to disguise ".exe" names.
    if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Surrogate)
        return true;
    return false;
}

bool isReserved(QChar c)
{
    switch (c.unicode()) {
    case u'<':
    case u'>':
    case u':':
    case u'"':
    case u'|':
    case u'?':
    case u'*':
        return true;
    default:
        return false;
    }
}

QString fallbackName(int attachmentNumber, const QString& mimeType)
{
    QString suffix;
    if (!mimeType.isEmpty()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        if (type.isValid())
            suffix = type.preferredSuffix();
    }
    if (suffix.isEmpty())
        suffix = QStringLiteral("bin");
    return QStringLiteral("bilag-%1.%2").arg(attachmentNumber).arg(suffix);
}

} // namespace

QString AttachmentFileName::sanitise(const QString& decodedName, int attachmentNumber,
                                     const QString& mimeType)
{
    QString name = decodedName;
    // Only the last path component: "..\\..\\Windows\\evil.dll" becomes "evil.dll".
    const qsizetype lastSeparator =
        std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (lastSeparator >= 0)
        name = name.mid(lastSeparator + 1);

    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (isForbidden(c))
            continue;
        cleaned.append(isReserved(c) ? QLatin1Char('_') : c);
    }
    cleaned = cleaned.trimmed();
    // Windows drops trailing dots and spaces; a name of only dots is no name.
    while (cleaned.endsWith(QLatin1Char('.')) || cleaned.endsWith(QLatin1Char(' ')))
        cleaned.chop(1);
    if (cleaned.isEmpty())
        return fallbackName(attachmentNumber, mimeType);

    if (cleaned.size() > MaxNameLength) {
        const qsizetype dot = cleaned.lastIndexOf(QLatin1Char('.'));
        const QString suffix = (dot > 0 && cleaned.size() - dot <= 16) ? cleaned.mid(dot) : QString();
        cleaned = cleaned.left(MaxNameLength - suffix.size()) + suffix;
    }
    return cleaned;
}

} // namespace akta::email
