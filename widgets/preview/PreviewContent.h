#pragma once

#include "documents/DocumentDetails.h"
#include "domain/DocumentRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

namespace akta::blobs {
class BlobStore;
}

namespace akta::widgets {

class PdfDocument;

// Everything the preview shows of one document, read on a worker thread: the document, its file
// decoded into what its viewer needs (a loaded PDF, an image, text, a parsed e-mail with its
// attachments), or a message for the user that says why there is nothing to show.
struct PreviewContent
{
    Q_DECLARE_TR_FUNCTIONS(akta::widgets::PreviewContent)

public:
    enum class Kind
    {
        Message, // nothing to show; `message` says why
        Pdf,
        Image,
        Text, // `text` is plain text
        Html, // `text` is HTML (a note, an e-mail body)
        Email
    };

    QString documentId;
    Kind kind = Kind::Message;
    QString message;
    QString note; // shown above the content, e.g. "the text is still being extracted"
    bool found = false;
    documents::DocumentDetails details;
    QString blobSha256; // the content in the (encrypted) blob store; empty when it is not on this computer
    bool contentMissing =
        false; // the document has content, but not on this computer (details.latest says which)

    std::shared_ptr<PdfDocument> pdf;
    QImage image;
    QString text;

    // E-mail: headers and body; the attachments are the bilag child documents.
    QString from;
    QStringList to;
    QStringList cc;
    QString date;
    QString subject;
    bool bodyIsHtml = false;
    QString body;
    QHash<QString, QByteArray> inlineParts; // Content-ID -> bytes, for cid: images in the HTML
    QList<DocumentRecord> attachments;

    // More text than this would keep the GUI thread busy laying it out; the beginning is shown.
    static constexpr qint64 kMaxTextBytes = 2 * 1024 * 1024;

    // Safe to call from any thread: opens its own read-only connection.
    static PreviewContent load(const QString& databasePath, const blobs::BlobStore& blobs,
                               const QString& documentId);
    static bool isWordProcessing(const QString& mimeType, const QString& fileName);
};

} // namespace akta::widgets
