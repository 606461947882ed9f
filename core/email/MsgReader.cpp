// GLib (for code page conversion; GMime brings it on every platform) must come before any Qt header:
// Qt's signals/slots macros clash with GLib.
#include <glib.h>

#include "email/AttachmentFileName.h"
#include "email/EmailParser.h"
#include "email/MsgReader.h"
#include "email/MsgStorage.h"

#include <QHash>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <optional>

namespace akta::email {

namespace {

// MAPI property ids (MS-OXPROPS) and types (MS-OXMSG).
constexpr quint16 TypeLong = 0x0003;
constexpr quint16 TypeSysTime = 0x0040;
constexpr quint16 TypeString8 = 0x001E;
constexpr quint16 TypeUnicode = 0x001F;
constexpr quint16 TypeBinary = 0x0102;

constexpr quint16 PidSubject = 0x0037;
constexpr quint16 PidClientSubmitTime = 0x0039;
constexpr quint16 PidSentRepresentingName = 0x0042;
constexpr quint16 PidSentRepresentingEmail = 0x0065;
constexpr quint16 PidSenderName = 0x0C1A;
constexpr quint16 PidSenderEmail = 0x0C1F;
constexpr quint16 PidSenderSmtp = 0x5D01;
constexpr quint16 PidSentRepresentingSmtp = 0x5D02;
constexpr quint16 PidRecipientType = 0x0C15;
constexpr quint16 PidDisplayCc = 0x0E03;
constexpr quint16 PidDisplayTo = 0x0E04;
constexpr quint16 PidDeliveryTime = 0x0E06;
constexpr quint16 PidBody = 0x1000;
constexpr quint16 PidHtml = 0x1013;
constexpr quint16 PidInternetMessageId = 0x1035;
constexpr quint16 PidDisplayName = 0x3001;
constexpr quint16 PidEmailAddress = 0x3003;
constexpr quint16 PidSmtpAddress = 0x39FE;
constexpr quint16 PidAttachData = 0x3701;
constexpr quint16 PidAttachFilename = 0x3704;
constexpr quint16 PidAttachLongFilename = 0x3707;
constexpr quint16 PidAttachMimeTag = 0x370E;
constexpr quint16 PidAttachContentId = 0x3712;
constexpr quint16 PidAttachmentHidden = 0x7FFE;
constexpr quint16 PidInternetCodepage = 0x3FDE;

constexpr qint64 MaxStreamSize = qint64(512) * 1024 * 1024;
constexpr int RecipientTo = 1;
constexpr int RecipientCc = 2;

QByteArray streamName(quint16 id, quint16 type)
{
    return QByteArrayLiteral("__substg1.0_") +
           QByteArray::number((quint32(id) << 16) | type, 16).rightJustified(8, '0').toUpper();
}

// One storage of the .msg (the message, a recipient or an attachment) and its properties.
class PropertyStorage
{
public:
    PropertyStorage(const MsgStorage& storage, int fixedHeaderSize, int codepage)
        : m_storage(storage), m_codepage(codepage)
    {
        readFixedProperties(fixedHeaderSize);
    }

    QByteArray stream(quint16 id, quint16 type) const
    {
        return m_storage.stream(streamName(id, type), MaxStreamSize).value_or(QByteArray());
    }

    bool hasStream(quint16 id, quint16 type) const { return m_storage.hasChild(streamName(id, type)); }

    // A string property, Unicode (UTF-16LE) preferred over ANSI (the message code page).
    QString string(quint16 id) const
    {
        QByteArray unicode = stream(id, TypeUnicode);
        if (!unicode.isEmpty()) {
            QStringDecoder decoder(QStringDecoder::Utf16LE);
            QString text = decoder(unicode);
            while (text.endsWith(QChar(u'\0')))
                text.chop(1);
            return text;
        }
        return decodeAnsi(stream(id, TypeString8)).trimmed();
    }

    QString decodeAnsi(QByteArray bytes) const
    {
        while (bytes.endsWith('\0'))
            bytes.chop(1);
        if (bytes.isEmpty())
            return {};
        if (m_codepage == 65001)
            return QString::fromUtf8(bytes);
        const QByteArray charset = m_codepage > 0 && m_codepage != 1252
                                       ? QByteArrayLiteral("CP") + QByteArray::number(m_codepage)
                                       : QByteArrayLiteral("WINDOWS-1252");
        gsize written = 0;
        gchar* converted = g_convert(bytes.constData(), gssize(bytes.size()), "UTF-8", charset.constData(),
                                     nullptr, &written, nullptr);
        if (!converted)
            return QString::fromLatin1(bytes);
        const QString text = QString::fromUtf8(converted, qsizetype(written));
        g_free(converted);
        return text;
    }

    std::optional<quint64> fixed(quint16 id, quint16 type) const
    {
        const auto it = m_fixed.constFind((quint32(id) << 16) | type);
        if (it == m_fixed.constEnd())
            return std::nullopt;
        return *it;
    }

    void setCodepage(int codepage) { m_codepage = codepage; }

private:
    void readFixedProperties(int headerSize)
    {
        const QByteArray bytes = m_storage.stream(QByteArrayLiteral("__properties_version1.0"), MaxStreamSize)
                                     .value_or(QByteArray());
        if (bytes.size() <= headerSize)
            return;
        const auto* raw = reinterpret_cast<const uchar*>(bytes.constData());
        for (qsizetype offset = headerSize; offset + 16 <= bytes.size(); offset += 16) {
            const quint32 tag = quint32(raw[offset]) | (quint32(raw[offset + 1]) << 8) |
                                (quint32(raw[offset + 2]) << 16) | (quint32(raw[offset + 3]) << 24);
            quint64 value = 0;
            for (int i = 7; i >= 0; --i)
                value = (value << 8) | raw[offset + 8 + i];
            m_fixed.insert(tag, value);
        }
    }

    const MsgStorage& m_storage;
    int m_codepage;
    QHash<quint32, quint64> m_fixed;
};

QDateTime fromFileTime(quint64 fileTime)
{
    constexpr qint64 EpochDifferenceMs = 11644473600000LL; // 1601-01-01 to 1970-01-01
    if (fileTime == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(fileTime / 10000) - EpochDifferenceMs, QTimeZone::utc());
}

QString display(const QString& name, const QString& address)
{
    if (name.isEmpty() || name == address)
        return address;
    if (address.isEmpty())
        return name;
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

// An address is SMTP if it has an @ and is not an Exchange DN ("/O=ORG/OU=...").
QString smtpOf(const QString& candidate)
{
    return candidate.contains(QLatin1Char('@')) && !candidate.startsWith(QLatin1Char('/'))
               ? candidate.trimmed()
               : QString();
}

QString decodeHtml(const QByteArray& bytes, int codepage, const PropertyStorage& storage)
{
    if (bytes.isEmpty())
        return {};
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    if (codepage == 65001 || !utf8.hasError())
        return text;
    return storage.decodeAnsi(bytes);
}

} // namespace

EmailMessage MsgReader::read(const QByteArray& data)
{
    const std::unique_ptr<MsgStorage> root = MsgStorage::open(data);
    PropertyStorage message(*root, 32, 0);
    const bool hasMessageProperties =
        message.fixed(PidClientSubmitTime, TypeSysTime) || message.fixed(PidDeliveryTime, TypeSysTime) ||
        message.hasStream(PidSubject, TypeUnicode) || message.hasStream(PidSubject, TypeString8) ||
        message.hasStream(PidBody, TypeUnicode) || message.hasStream(PidBody, TypeString8) ||
        !root->childNames(QByteArrayLiteral("__recip_version1.0_")).isEmpty();
    if (!hasMessageProperties)
        throw EmailParseError("an OLE2 file without e-mail properties: this is not an Outlook message");
    const int codepage = int(message.fixed(PidInternetCodepage, TypeLong).value_or(0));
    message.setCodepage(codepage);

    EmailMessage result;
    result.subject = message.string(PidSubject).trimmed();
    result.messageId = message.string(PidInternetMessageId).trimmed();
    if (result.messageId.startsWith(QLatin1Char('<')) && result.messageId.endsWith(QLatin1Char('>')))
        result.messageId = result.messageId.mid(1, result.messageId.size() - 2);

    QString senderName = message.string(PidSenderName).trimmed();
    if (senderName.isEmpty())
        senderName = message.string(PidSentRepresentingName).trimmed();
    QString senderAddress = smtpOf(message.string(PidSenderSmtp));
    for (const quint16 id : {PidSenderEmail, PidSentRepresentingSmtp, PidSentRepresentingEmail}) {
        if (senderAddress.isEmpty())
            senderAddress = smtpOf(message.string(id));
    }
    result.from = display(senderName, senderAddress);
    result.fromAddress = senderAddress.toLower();

    if (const auto submitted = message.fixed(PidClientSubmitTime, TypeSysTime))
        result.date = fromFileTime(*submitted);
    if (!result.date.isValid()) {
        if (const auto delivered = message.fixed(PidDeliveryTime, TypeSysTime))
            result.date = fromFileTime(*delivered);
    }

    result.textBody = message.string(PidBody);
    QByteArray html = message.stream(PidHtml, TypeBinary);
    result.htmlBody = html.isEmpty() ? message.string(PidHtml) : decodeHtml(html, codepage, message);

    for (const QByteArray& name : root->childNames(QByteArrayLiteral("__recip_version1.0_"))) {
        const std::unique_ptr<MsgStorage> storage = root->child(name);
        if (!storage)
            continue;
        const PropertyStorage recipient(*storage, 8, codepage);
        QString address = smtpOf(recipient.string(PidSmtpAddress));
        if (address.isEmpty())
            address = smtpOf(recipient.string(PidEmailAddress));
        const QString entry = display(recipient.string(PidDisplayName).trimmed(), address);
        if (entry.isEmpty())
            continue;
        const int type = int(recipient.fixed(PidRecipientType, TypeLong).value_or(RecipientTo));
        if (type == RecipientTo)
            result.to.append(entry);
        else if (type == RecipientCc)
            result.cc.append(entry);
    }
    // Without recipient storages, fall back to the display lists ("A; B").
    const auto splitDisplay = [](const QString& list) {
        QStringList out;
        for (const QString& part : list.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
        return out;
    };
    if (result.to.isEmpty())
        result.to = splitDisplay(message.string(PidDisplayTo));
    if (result.cc.isEmpty())
        result.cc = splitDisplay(message.string(PidDisplayCc));

    for (const QByteArray& name : root->childNames(QByteArrayLiteral("__attach_version1.0_"))) {
        const std::unique_ptr<MsgStorage> storage = root->child(name);
        if (!storage)
            continue;
        const PropertyStorage properties(*storage, 8, codepage);
        if (!properties.hasStream(PidAttachData, TypeBinary))
            continue; // embedded messages (PR_ATTACH_DATA_OBJ) and OLE objects are not extracted yet
        EmailAttachment attachment;
        attachment.data = properties.stream(PidAttachData, TypeBinary);
        attachment.mimeType = properties.string(PidAttachMimeTag).trimmed().toLower();
        if (attachment.mimeType.isEmpty())
            attachment.mimeType = QStringLiteral("application/octet-stream");
        attachment.contentId = properties.string(PidAttachContentId).trimmed();
        if (attachment.contentId.startsWith(QLatin1Char('<')) &&
            attachment.contentId.endsWith(QLatin1Char('>')))
            attachment.contentId = attachment.contentId.mid(1, attachment.contentId.size() - 2);
        const auto hidden = properties.fixed(PidAttachmentHidden, 0x000B);
        attachment.isInline = (hidden && (*hidden & 0xFF) != 0) || !attachment.contentId.isEmpty();
        QString fileName = properties.string(PidAttachLongFilename);
        if (fileName.isEmpty())
            fileName = properties.string(PidAttachFilename);
        if (fileName.isEmpty())
            fileName = properties.string(PidDisplayName);
        attachment.fileName =
            AttachmentFileName::sanitise(fileName, int(result.attachments.size()) + 1, attachment.mimeType);
        result.attachments.append(attachment);
    }
    return result;
}

} // namespace akta::email
