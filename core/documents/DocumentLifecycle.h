#pragma once

#include "documents/DocumentMetadata.h"

#include <QList>

namespace akta::sqlite {
class Database;
}

namespace akta::documents {

// Changes to a document after it was made. A kladde (draft) is changed in place; a journaled document's
// content is immutable (a change of content is a new version: DocumentJournal::journalVersion) and a
// change of its metadata is kept in its history with who and when. Every change writes the row, its
// history and an outbox operation in one transaction. Refusals throw InvalidDocument with the reason.
class DocumentLifecycle final
{
public:
    explicit DocumentLifecycle(sqlite::Database& db) : m_db(db) {}

    DocumentMetadata metadata(const QString& documentId);
    // Returns the fields that changed (empty: nothing to do, nothing written).
    QStringList updateMetadata(const QString& documentId, const DocumentMetadata& metadata,
                               const QString& actorId);
    // kladde → journaliseret; refused for a document that is journaled already.
    void journalize(const QString& documentId, const QString& actorId);
    // Oldest first.
    QList<DocumentChange> history(const QString& documentId);

private:
    sqlite::Database& m_db;
};

} // namespace akta::documents
