#pragma once

#include "documents/DocumentDetails.h"
#include "documents/DocumentVersion.h"
#include "documents/NewDocument.h"

#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

namespace akta::sqlite {
class Database;
}

namespace akta::documents {

// Raised when a document or version is refused before anything is written; the message says why.
class InvalidDocument final : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// Documents of cases in the local store. A journaled document never changes in place: add() writes
// the document, its version 1 and its outbox operation in one transaction with the next akt-nummer of
// the case; a change is addVersion(). Only the extracted text of a version is filled in afterwards.
class DocumentRepository final
{
public:
    explicit DocumentRepository(sqlite::Database& db) : m_db(db) {}

    DocumentDetails add(const NewDocument& document, const QString& actorId = {});
    DocumentVersion addVersion(const QString& documentId, const NewVersion& content,
                               const QString& actorId = {});
    // status: ok, failed, pending, none; `error` says why extraction failed.
    void setText(const QString& versionId, const QString& status, const QString& text,
                 const QString& error = {});

    std::optional<DocumentDetails> find(const QString& documentId);
    std::optional<DocumentDetails> findByMessageId(const QString& caseId, const QString& messageId);
    QList<DocumentVersion> versions(const QString& documentId);
    std::optional<DocumentVersion> findVersion(const QString& versionId);
    // Versions whose text is still "pending", oldest first, at most `limit`; and how many there are.
    QStringList pendingTextVersions(int limit);
    int pendingTextCount();
    // Attachments (bilag) of a document, by akt-nummer.
    QList<DocumentDetails> children(const QString& documentId);

private:
    std::optional<DocumentDetails> findWhere(const QString& condition, const QStringList& values);
    QList<DocumentDetails> listWhere(const QString& condition, const QStringList& values);

    sqlite::Database& m_db;
};

} // namespace akta::documents
