// GMime (GLib) must come before any Qt header: Qt's signals/slots macros clash with GLib.
#include <gmime/gmime.h>

#include "email/AttachmentFileName.h"
#include "email/EmailParser.h"
#include "email/GmimeMessageReader.h"

#include <QStringDecoder>
#include <QTimeZone>

#include <memory>
#include <mutex>

namespace akta::email {

namespace {

void ensureGmimeInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QByteArray memoryStreamBytes(GMimeStream* stream)
{
    const GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    if (!bytes || bytes->len == 0)
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

QString convertWithIconv(const QByteArray& bytes, const char* iconvName, bool* ok)
{
    gsize written = 0;
    GError* error = nullptr;
    gchar* converted =
        g_convert(bytes.constData(), gssize(bytes.size()), "UTF-8", iconvName, nullptr, &written, &error);
    if (!converted) {
        g_clear_error(&error);
        *ok = false;
        return {};
    }
    QString text = QString::fromUtf8(converted, qsizetype(written));
    g_free(converted);
    *ok = true;
    return text;
}

// Decodes a text part's bytes from its declared charset. No or unknown charset: UTF-8 if the bytes are valid
// UTF-8, otherwise windows-1252. ISO-8859-1 is read as windows-1252 (its superset in practice).
QString decodeText(const QByteArray& bytes, const char* charset)
{
    if (bytes.isEmpty())
        return {};
    QByteArray name = charset ? QByteArray(g_mime_charset_canon_name(charset)).toLower() : QByteArray();
    if (name.isEmpty() || name == "us-ascii" || name == "ascii")
        name = isValidUtf8(bytes) ? QByteArrayLiteral("utf-8") : QByteArrayLiteral("windows-1252");
    if (name == "utf-8" || name == "utf8")
        return QString::fromUtf8(bytes);
    if (name == "iso-8859-1" || name == "latin1")
        name = QByteArrayLiteral("windows-1252");

    bool ok = false;
    QString text = convertWithIconv(bytes, g_mime_charset_iconv_name(name.constData()), &ok);
    if (ok)
        return text;
    text = convertWithIconv(bytes, "WINDOWS-1252", &ok);
    if (ok)
        return text;
    return QString::fromLatin1(bytes); // cannot fail
}

QString mailboxDisplay(InternetAddress* address)
{
    const QString name = fromUtf8(internet_address_get_name(address)).trimmed();
    const QString mailbox =
        INTERNET_ADDRESS_IS_MAILBOX(address)
            ? fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
            : QString();
    if (name.isEmpty())
        return mailbox;
    if (mailbox.isEmpty())
        return name;
    return name + QStringLiteral(" <") + mailbox + QLatin1Char('>');
}

void appendAddresses(InternetAddressList* list, QStringList* out)
{
    if (!list)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out);
            continue;
        }
        const QString display = mailboxDisplay(address);
        if (!display.isEmpty())
            out->append(display);
    }
}

InternetAddressMailbox* firstMailbox(InternetAddressList* list)
{
    if (!list)
        return nullptr;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress* address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            return INTERNET_ADDRESS_MAILBOX(address);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            if (auto* member =
                    firstMailbox(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address))))
                return member;
        }
    }
    return nullptr;
}

bool equalsIgnoringCase(const char* a, const char* b)
{
    return a && b && g_ascii_strcasecmp(a, b) == 0;
}

// Collects the bodies and attachments while walking the MIME tree.
class PartWalker
{
public:
    explicit PartWalker(EmailMessage* message) : m_message(message) {}

    void walk(GMimeObject* object, int depth)
    {
        if (!object || depth > MaxDepth)
            return;
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth + 1);
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            addMessagePart(GMIME_MESSAGE_PART(object));
        } else if (GMIME_IS_PART(object)) {
            addLeaf(GMIME_PART(object));
        }
    }

private:
    static constexpr int MaxDepth = 64;

    static QString mimeTypeOf(GMimeObject* object)
    {
        GMimeContentType* type = g_mime_object_get_content_type(object);
        if (!type)
            return QStringLiteral("application/octet-stream");
        gchar* text = g_mime_content_type_get_mime_type(type);
        const QString result = fromUtf8(text).toLower();
        g_free(text);
        return result;
    }

    static QByteArray decodedContent(GMimePart* part)
    {
        GMimeDataWrapper* content = g_mime_part_get_content(part);
        if (!content)
            return {};
        GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
        g_mime_data_wrapper_write_to_stream(content, stream.get());
        return memoryStreamBytes(stream.get());
    }

    void addLeaf(GMimePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        const char* disposition = g_mime_object_get_disposition(object);
        const bool isAttachment = equalsIgnoringCase(disposition, GMIME_DISPOSITION_ATTACHMENT);
        const char* fileName = g_mime_part_get_filename(part);
        const bool hasFileName = fileName && *fileName;
        GMimeContentType* type = g_mime_object_get_content_type(object);

        if (!isAttachment && !hasFileName && type && g_mime_content_type_is_type(type, "text", "plain") &&
            !m_haveText) {
            m_haveText = true;
            m_message->textBody =
                decodeText(decodedContent(part), g_mime_content_type_get_parameter(type, "charset"));
            return;
        }
        if (!isAttachment && !hasFileName && type && g_mime_content_type_is_type(type, "text", "html") &&
            !m_haveHtml) {
            m_haveHtml = true;
            m_message->htmlBody =
                decodeText(decodedContent(part), g_mime_content_type_get_parameter(type, "charset"));
            return;
        }

        EmailAttachment attachment;
        attachment.mimeType = mimeTypeOf(object);
        attachment.data = decodedContent(part);
        attachment.contentId = fromUtf8(g_mime_object_get_content_id(object));
        attachment.isInline = equalsIgnoringCase(disposition, GMIME_DISPOSITION_INLINE) ||
                              (!disposition && !attachment.contentId.isEmpty());
        QString name = fromUtf8(fileName);
        if (name.isEmpty())
            name = fromUtf8(g_mime_object_get_content_type_parameter(object, "name"));
        attachment.fileName =
            AttachmentFileName::sanitise(name, int(m_message->attachments.size()) + 1, attachment.mimeType);
        m_message->attachments.append(attachment);
    }

    void addMessagePart(GMimeMessagePart* part)
    {
        GMimeObject* object = GMIME_OBJECT(part);
        EmailAttachment attachment;
        attachment.mimeType = QStringLiteral("message/rfc822");
        attachment.contentId = fromUtf8(g_mime_object_get_content_id(object));
        attachment.isInline = false;

        QString name = fromUtf8(g_mime_object_get_content_disposition_parameter(object, "filename"));
        if (name.isEmpty())
            name = fromUtf8(g_mime_object_get_content_type_parameter(object, "name"));
        if (GMimeMessage* inner = g_mime_message_part_get_message(part)) {
            GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
            g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, stream.get());
            attachment.data = memoryStreamBytes(stream.get());
            if (name.isEmpty()) {
                const QString subject = fromUtf8(g_mime_message_get_subject(inner)).trimmed();
                if (!subject.isEmpty())
                    name = subject + QStringLiteral(".eml");
            }
        }
        attachment.fileName =
            AttachmentFileName::sanitise(name, int(m_message->attachments.size()) + 1, attachment.mimeType);
        m_message->attachments.append(attachment);
    }

    EmailMessage* m_message;
    bool m_haveText = false;
    bool m_haveHtml = false;
};

// Where the header block starts: after leading blank lines and an mbox "From " separator line (as in messages
// saved from mbox files), which GMime would otherwise take for the end of the headers.
qsizetype headerStart(const QByteArray& data)
{
    qsizetype start = 0;
    while (start < data.size() && (data.at(start) == '\r' || data.at(start) == '\n'))
        ++start;
    if (QByteArrayView(data).sliced(start).startsWith("From ")) {
        const qsizetype newline = data.indexOf('\n', start);
        start = newline < 0 ? data.size() : newline + 1;
    }
    return start;
}

// True if the first line looks like "Name: value", the start of a header block.
bool startsWithHeaderLine(const QByteArray& data, qsizetype start)
{
    for (qsizetype i = start; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == ':')
            return i > start;
        if (c <= ' ' || c > '~')
            return false; // header names are printable US-ASCII without spaces
    }
    return false;
}

bool hasNulInHeaders(const QByteArray& data)
{
    qsizetype end = data.indexOf("\n\n");
    const qsizetype crlfEnd = data.indexOf("\r\n\r\n");
    if (end < 0 || (crlfEnd >= 0 && crlfEnd < end))
        end = crlfEnd;
    const qsizetype nul = data.indexOf('\0');
    return nul >= 0 && (end < 0 || nul < end);
}

bool hasMailHeader(GMimeObject* object)
{
    GMimeHeaderList* headers = g_mime_object_get_header_list(object);
    if (!headers)
        return false;
    static const char* const Known[] = {"From",   "To",         "Cc",           "Subject",
                                        "Date",   "Message-ID", "MIME-Version", "Received",
                                        "Sender", "Reply-To",   "Return-Path",  "Content-Type"};
    for (const char* name : Known) {
        if (g_mime_header_list_contains(headers, name))
            return true;
    }
    return false;
}

} // namespace

EmailMessage GmimeMessageReader::read(const QByteArray& data)
{
    if (data.trimmed().isEmpty())
        throw EmailParseError("the message is empty");
    if (hasNulInHeaders(data))
        throw EmailParseError("no headers found: this is not an e-mail (binary data)");
    const qsizetype start = headerStart(data);
    if (!startsWithHeaderLine(data, start))
        throw EmailParseError("no headers found: this is not an e-mail");

    ensureGmimeInitialised();
    // The memory stream copies the bytes, so the QByteArray need not outlive the parse.
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(data.constData() + start, size_t(data.size() - start)));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        throw EmailParseError("the message could not be parsed: no MIME structure found");
    if (!hasMailHeader(GMIME_OBJECT(message.get())))
        throw EmailParseError(
            "no e-mail headers found (From, To, Subject, Date, ...): this is not an e-mail");

    EmailMessage result;
    result.subject = fromUtf8(g_mime_message_get_subject(message.get())).trimmed();

    InternetAddressList* from = g_mime_message_get_from(message.get());
    InternetAddressMailbox* sender = firstMailbox(from);
    if (!sender)
        sender = firstMailbox(g_mime_message_get_sender(message.get()));
    if (sender) {
        result.from = mailboxDisplay(INTERNET_ADDRESS(sender));
        result.fromAddress = fromUtf8(internet_address_mailbox_get_addr(sender)).trimmed().toLower();
    }
    appendAddresses(g_mime_message_get_to(message.get()), &result.to);
    appendAddresses(g_mime_message_get_cc(message.get()), &result.cc);

    if (GDateTime* date = g_mime_message_get_date(message.get())) {
        const auto offsetSeconds = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
        result.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), QTimeZone(offsetSeconds));
    }
    result.messageId = fromUtf8(g_mime_message_get_message_id(message.get())).trimmed();

    PartWalker walker(&result);
    walker.walk(g_mime_message_get_mime_part(message.get()), 0);
    return result;
}

} // namespace akta::email
