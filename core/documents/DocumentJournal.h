#pragma once

#include "documents/DocumentDetails.h"
#include "email/EmailMessage.h"
#include "extraction/ExtractionResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <stdexcept>

class QFile;

namespace akta::sqlite {
class Database;
}
namespace akta::blobs {
class BlobStore;
}

namespace akta::documents {

// Raised when a file is refused before anything is written (missing, empty, a folder); the message
// is meant for the user.
class JournalError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// What journaling one file made: the document, or the one journaled before for the same e-mail.
struct JournalOutcome
{
    DocumentDetails document;
    bool duplicate = false;
};

// Journals files and notes into a case: the content into the BlobStore, a document with version 1
// (and its attachments as child documents), then the text of every new version. An e-mail (.eml/.msg
// or content that looks like one) becomes an e-mail document titled by its subject, outgoing when the
// sender's domain is one of the municipality's (store_meta "mail_domains", comma-separated); the same
// Message-ID in the same case is recognised and not journaled again. A file the e-mail parser refuses
// is journaled as received with its text marked "failed" and the reason; nothing is lost.
class DocumentJournal final
{
public:
    using EmailParse = std::function<email::EmailMessage(const QByteArray&)>;
    using Extract =
        std::function<extraction::ExtractionResult(const QString& filePath, const QString& mimeType)>;

    // Without `parse`, e-mails are journaled as plain files; without `extract`, text stays "pending".
    DocumentJournal(sqlite::Database& db, const blobs::BlobStore& blobs, EmailParse parse, Extract extract,
                    QString actorId = {});

    JournalOutcome journalFile(const QString& caseId, const QString& filePath);
    // `mimeType` text/plain or text/html.
    // `documentDate` invalid: today. `draft`: stored as a kladde, to be journaled later.
    JournalOutcome journalNote(const QString& caseId, const QString& title, const QByteArray& content,
                               const QString& mimeType, const QDate& documentDate = {}, bool draft = false);

    // Fills in the text of a version journaled without an extractor (status "pending") the way
    // journaling would have: an e-mail's body (an HTML-only body converted by the extractor), any other
    // file through the extractor. Returns the status stored: ok, none, failed, or pending when the
    // extractor was cancelled. Throws JournalError for an unknown version.
    QString completeText(const QString& versionId);

    // A changed file for a journaled document: stored as its next version, the earlier ones kept.
    DocumentVersion journalVersion(const QString& documentId, const QString& filePath);

    QStringList mailDomains();
    static QString titleFromFileName(const QString& fileName);
    static bool looksLikeEmail(const QByteArray& head);

private:
    struct Text
    {
        QString status;
        QString text;
        QString error;
    };

    std::optional<JournalOutcome> journalEmail(const QString& caseId, const QString& fileName,
                                               const QString& mimeType, const QByteArray& data,
                                               QString* parseError);
    Text emailBody(const email::EmailMessage& message) const;
    static void checkReadable(const QString& filePath, QFile& file);
    Text extractFile(const QString& path, const QString& mimeType) const;
    Text extractData(const QByteArray& data, const QString& mimeType) const;
    // Decrypts the blob into a temporary file for the extractor, removed as soon as the text is back.
    Text extractBlob(const QString& sha256, const QString& mimeType) const;
    void storeText(const QString& versionId, const Text& text);

    sqlite::Database& m_db;
    const blobs::BlobStore& m_blobs;
    EmailParse m_parse;
    Extract m_extract;
    QString m_actorId;
};

} // namespace akta::documents
