// libgsf (GLib) must come before any Qt header: Qt's signals/slots macros clash with GLib.
#ifndef _WIN32
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>
#endif

#include "email/EmailParser.h"
#include "email/MsgWriter.h"

#include <QRegularExpression>

#include <mutex>

namespace akta::email {

#ifdef Q_OS_WIN

QByteArray MsgWriter::write(const EmailMessage&)
{
    throw EmailParseError("writing Outlook .msg is not supported on Windows yet");
}

#else

namespace {

void ensureGsfInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { gsf_init(); });
}

QByteArray streamName(quint16 id, quint16 type)
{
    return QByteArrayLiteral("__substg1.0_") +
           QByteArray::number((quint32(id) << 16) | type, 16).rightJustified(8, '0').toUpper();
}

QByteArray littleEndian(quint64 value, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
    return out;
}

// A storage being written: streams and the fixed-size property stream.
class StorageWriter
{
public:
    explicit StorageWriter(GsfOutfile* storage) : m_storage(storage) {}

    void writeStream(const QByteArray& name, const QByteArray& bytes)
    {
        GsfOutput* child = gsf_outfile_new_child(m_storage, name.constData(), FALSE);
        gsf_output_write(child, size_t(bytes.size()), reinterpret_cast<const guint8*>(bytes.constData()));
        gsf_output_close(child);
        g_object_unref(child);
    }

    void unicode(quint16 id, const QString& text)
    {
        if (text.isEmpty())
            return;
        QByteArray bytes(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        bytes.append(2, '\0');
        writeStream(streamName(id, 0x001F), bytes);
    }

    void ansi(quint16 id, const QByteArray& bytes) { writeStream(streamName(id, 0x001E), bytes + '\0'); }
    void binary(quint16 id, const QByteArray& bytes) { writeStream(streamName(id, 0x0102), bytes); }

    void fixed(quint16 id, quint16 type, quint64 value)
    {
        m_properties +=
            littleEndian((quint32(id) << 16) | type, 4) + littleEndian(0x6, 4) + littleEndian(value, 8);
    }

    void finish(const QByteArray& header) { writeStream("__properties_version1.0", header + m_properties); }

private:
    GsfOutfile* m_storage;
    QByteArray m_properties;
};

GsfOutfile* newStorage(GsfOutfile* parent, const QByteArray& name)
{
    return GSF_OUTFILE(gsf_outfile_new_child(parent, name.constData(), TRUE));
}

void closeStorage(GsfOutfile* storage)
{
    gsf_output_close(GSF_OUTPUT(storage));
    g_object_unref(storage);
}

// Splits "Name <address>" into its parts.
std::pair<QString, QString> splitAddress(const QString& display)
{
    static const QRegularExpression pattern(QStringLiteral("^(.*)<([^<>]*)>\\s*$"));
    const QRegularExpressionMatch match = pattern.match(display);
    if (match.hasMatch())
        return {match.captured(1).trimmed(), match.captured(2).trimmed()};
    return {QString(), display.trimmed()};
}

} // namespace

QByteArray MsgWriter::write(const EmailMessage& message)
{
    ensureGsfInitialised();
    GsfOutput* memory = gsf_output_memory_new();
    GsfOutfile* root = gsf_outfile_msole_new(memory);
    StorageWriter top(root);
    top.writeStream("__nameid_version1.0",
                    QByteArray()); // (an empty named-property map)

    top.unicode(0x0037, message.subject);
    const auto [senderName, senderAddress] = splitAddress(message.from);
    top.unicode(0x0C1A, senderName);
    top.unicode(0x0042, senderName);
    top.unicode(0x5D01, senderAddress);
    top.unicode(0x0C1F, senderAddress);
    top.unicode(0x1035, message.messageId.isEmpty()
                            ? QString()
                            : QLatin1Char('<') + message.messageId + QLatin1Char('>'));
    top.unicode(0x1000, message.textBody);
    if (!message.htmlBody.isEmpty())
        top.binary(0x1013, message.htmlBody.toUtf8());
    top.fixed(0x3FDE, 0x0003, 65001); // PR_INTERNET_CPID: UTF-8
    if (message.date.isValid()) {
        const quint64 fileTime = quint64(message.date.toMSecsSinceEpoch() + 11644473600000LL) * 10000;
        top.fixed(0x0039, 0x0040, fileTime);
        top.fixed(0x0E06, 0x0040, fileTime);
    }

    int recipientIndex = 0;
    const auto writeRecipients = [&](const QStringList& list, int type) {
        for (const QString& entry : list) {
            const QByteArray name = QByteArrayLiteral("__recip_version1.0_#") +
                                    QByteArray::number(recipientIndex++, 16).rightJustified(8, '0').toUpper();
            GsfOutfile* storage = newStorage(root, name);
            StorageWriter recipient(storage);
            const auto [displayName, address] = splitAddress(entry);
            recipient.unicode(0x3001, displayName.isEmpty() ? address : displayName);
            recipient.unicode(0x3003, address);
            recipient.unicode(0x39FE, address);
            recipient.fixed(0x0C15, 0x0003, quint64(type));
            recipient.finish(QByteArray(8, '\0'));
            closeStorage(storage);
        }
    };
    writeRecipients(message.to, 1);
    writeRecipients(message.cc, 2);

    int attachmentIndex = 0;
    for (const EmailAttachment& entry : message.attachments) {
        const QByteArray name = QByteArrayLiteral("__attach_version1.0_#") +
                                QByteArray::number(attachmentIndex++, 16).rightJustified(8, '0').toUpper();
        GsfOutfile* storage = newStorage(root, name);
        StorageWriter attachment(storage);
        attachment.unicode(0x3707, entry.fileName);
        attachment.ansi(0x3704,
                        entry.fileName.toLatin1()); // short name as ANSI, as old Outlook writes it
        attachment.unicode(0x370E, entry.mimeType);
        attachment.unicode(0x3712, entry.contentId);
        attachment.binary(0x3701, entry.data);
        attachment.fixed(0x3705, 0x0003, 1); // PR_ATTACH_METHOD: ATTACH_BY_VALUE
        attachment.fixed(0x7FFE, 0x000B, entry.isInline ? 1 : 0);
        attachment.finish(QByteArray(8, '\0'));
        closeStorage(storage);
    }

    QByteArray header(32, '\0');
    header.replace(8, 4, littleEndian(quint64(recipientIndex), 4));
    header.replace(12, 4, littleEndian(quint64(attachmentIndex), 4));
    header.replace(16, 4, littleEndian(quint64(recipientIndex), 4));
    header.replace(20, 4, littleEndian(quint64(attachmentIndex), 4));
    top.finish(header);

    gsf_output_close(GSF_OUTPUT(root));
    g_object_unref(root);
    const auto size = gsf_output_size(memory);
    const QByteArray bytes(
        reinterpret_cast<const char*>(gsf_output_memory_get_bytes(GSF_OUTPUT_MEMORY(memory))),
        qsizetype(size));
    g_object_unref(memory); // closed together with the OLE2 writer
    return bytes;
}

#endif

} // namespace akta::email
