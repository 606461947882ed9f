#include "PreviewContent.h"

#include "PdfDocument.h"
#include "PreviewTextDecoder.h"
#include "blobs/BlobStore.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "sqlite/Database.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>

#include <exception>

namespace akta::widgets {

namespace {

bool hasSuffix(const QString& fileName, std::initializer_list<const char*> suffixes)
{
    for (const char* suffix : suffixes) {
        if (fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString noteFor(const documents::DocumentVersion& version)
{
    if (version.textStatus == QLatin1String("pending")) {
        return PreviewContent::tr("The text of this document is still being extracted.");
    }
    if (version.textStatus == QLatin1String("failed")) {
        return PreviewContent::tr("The text could not be extracted: %1").arg(version.textError);
    }
    if (version.text.trimmed().isEmpty()) {
        return PreviewContent::tr("The document has no text.");
    }
    return {};
}

void loadEmail(PreviewContent& content, const QByteArray& data)
{
    const email::EmailMessage message = email::EmailParser::parse(data);
    content.kind = PreviewContent::Kind::Email;
    content.from = message.from;
    content.to = message.to;
    content.cc = message.cc;
    content.date = message.date.isValid()
                       ? QLocale().toString(message.date.toLocalTime(), QLocale::LongFormat)
                       : QString();
    content.subject = message.subject;
    content.bodyIsHtml = message.textBody.trimmed().isEmpty() && !message.htmlBody.isEmpty();
    content.body =
        (content.bodyIsHtml ? message.htmlBody : message.textBody).left(PreviewContent::kMaxTextBytes);
    for (const email::EmailAttachment& attachment : message.attachments) {
        if (!attachment.contentId.isEmpty() && attachment.mimeType.startsWith(QLatin1String("image/"))) {
            content.inlineParts.insert(attachment.contentId, attachment.data);
        }
    }
}

// The blob files are encrypted: every viewer gets the content through BlobStore::open().
QByteArray readContent(const blobs::BlobStore& blobs, const QString& sha256, qint64 limit = -1)
{
    const std::unique_ptr<QIODevice> device = blobs.open(sha256);
    QByteArray data = limit < 0 ? device->readAll() : device->read(limit);
    if (!device->atEnd() && (limit < 0 || data.size() < limit)) { // a read error, not the end
        throw blobs::BlobError(device->errorString().toStdString());
    }
    return data;
}

void loadFile(PreviewContent& content, const blobs::BlobStore& blobs)
{
    const documents::DocumentVersion& version = content.details.latest;
    const QString& mime = version.mimeType;
    const QString& name = version.fileName;
    if (mime == QLatin1String("application/pdf") || hasSuffix(name, {".pdf"})) {
        PdfDocument::LoadResult result = PdfDocument::loadData(readContent(blobs, content.blobSha256));
        content.pdf = std::move(result.document);
        content.kind = content.pdf ? PreviewContent::Kind::Pdf : PreviewContent::Kind::Message;
        content.message = result.error;
        return;
    }
    if (mime.startsWith(QLatin1String("image/")) &&
        QImageReader::supportedMimeTypes().contains(mime.toLatin1())) {
        const QByteArray data = readContent(blobs, content.blobSha256);
        QBuffer buffer;
        buffer.setData(data);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        content.image = reader.read();
        content.kind = content.image.isNull() ? PreviewContent::Kind::Message : PreviewContent::Kind::Image;
        if (content.image.isNull()) {
            content.message = PreviewContent::tr("The image cannot be shown: %1").arg(reader.errorString());
        }
        return;
    }
    const bool html = mime == QLatin1String("text/html");
    if (mime.startsWith(QLatin1String("text/")) || hasSuffix(name, {".txt", ".csv", ".log"})) {
        content.text =
            PreviewTextDecoder::decode(readContent(blobs, content.blobSha256, PreviewContent::kMaxTextBytes));
        if (version.size > PreviewContent::kMaxTextBytes) {
            content.note = PreviewContent::tr("Only the beginning of this large file is shown.");
        }
        content.kind = html ? PreviewContent::Kind::Html : PreviewContent::Kind::Text;
        return;
    }
    if (PreviewContent::isWordProcessing(mime, name) ||
        (version.textStatus == QLatin1String("ok") && !version.text.trimmed().isEmpty())) {
        content.kind = PreviewContent::Kind::Text;
        content.text = version.text.left(PreviewContent::kMaxTextBytes);
        content.note = noteFor(version);
        if (version.text.size() > PreviewContent::kMaxTextBytes) {
            content.note = PreviewContent::tr("Only the beginning of this long text is shown.");
        }
        if (!PreviewContent::isWordProcessing(mime, name)) {
            content.note = PreviewContent::tr("There is no preview of this file type; this is its text.");
        }
        return;
    }
    content.message =
        PreviewContent::tr("There is no preview of this file type (%1). Open it in the program the computer "
                           "uses for it.")
            .arg(mime.isEmpty() ? name : mime);
}

} // namespace

bool PreviewContent::isWordProcessing(const QString& mimeType, const QString& fileName)
{
    return mimeType ==
               QLatin1String("application/vnd.openxmlformats-officedocument.wordprocessingml.document") ||
           mimeType == QLatin1String("application/vnd.oasis.opendocument.text") ||
           hasSuffix(fileName, {".docx", ".odt"});
}

PreviewContent PreviewContent::load(const QString& databasePath, const blobs::BlobStore& blobs,
                                    const QString& documentId)
{
    PreviewContent content;
    content.documentId = documentId;
    try {
        sqlite::Database db(databasePath, sqlite::Database::Mode::ReadOnly);
        documents::DocumentRepository repository(db);
        const std::optional<documents::DocumentDetails> details = repository.find(documentId);
        if (!details) {
            content.message = tr("The document no longer exists.");
            return content;
        }
        content.found = true;
        content.details = *details;
        if (details->record.kind == QLatin1String("email")) {
            for (const documents::DocumentDetails& child : repository.children(documentId)) {
                content.attachments.append(child.record);
            }
        }
        const QString& sha = details->latest.sha256;
        if (sha.isEmpty() || !blobs.contains(sha)) {
            content.contentMissing = !sha.isEmpty();
            content.message = tr("The content of this document is not on this computer.");
            return content;
        }
        content.blobSha256 = sha;
        if (details->record.kind == QLatin1String("email")) {
            QByteArray data;
            try {
                data = readContent(blobs, sha);
            } catch (const blobs::BlobError& error) {
                content.message = tr("The file cannot be read: %1").arg(QString::fromUtf8(error.what()));
                return content;
            }
            try {
                loadEmail(content, data);
            } catch (const email::EmailParseError& error) {
                content.message = tr("The e-mail cannot be read: %1").arg(QString::fromUtf8(error.what()));
            }
            return content;
        }
        loadFile(content, blobs);
    } catch (const std::exception& error) {
        content.kind = Kind::Message;
        content.message = tr("The document cannot be shown: %1").arg(QString::fromUtf8(error.what()));
    }
    return content;
}

} // namespace akta::widgets
