#include "documents/DocumentImportWorker.h"

#include "blobs/BlobStore.h"
#include "documents/DocumentJournal.h"
#include "email/EmailParser.h"
#include "extraction/TextExtractor.h"
#include "sqlite/Database.h"

#include <QFileInfo>

#include <exception>

namespace akta::documents {

DocumentImportWorker::DocumentImportWorker(QString databasePath, blobs::BlobStore blobs, QString caseId,
                                           QString actorId, QStringList files, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_blobs(std::move(blobs)),
      m_caseId(std::move(caseId)), m_actorId(std::move(actorId)), m_files(std::move(files))
{}

void DocumentImportWorker::run()
{
    int journaled = 0;
    int duplicates = 0;
    int failed = 0;
    const int total = int(m_files.size());
    try {
        sqlite::Database db(m_databasePath);
        const extraction::TextExtractor extractor;
        DocumentJournal::Extract extract;
        if (m_extractText) {
            extract = [&extractor](const QString& path, const QString& mime) {
                return extractor.extract(path, mime);
            };
        }
        DocumentJournal journal(
            db, m_blobs, [](const QByteArray& data) { return email::EmailParser::parse(data); }, extract,
            m_actorId);
        for (int i = 0; i < total; ++i) {
            if (m_cancelled.loadRelaxed() != 0) {
                break;
            }
            const QString& file = m_files.at(i);
            emit progress(i, total, QFileInfo(file).fileName());
            try {
                const JournalOutcome outcome = journal.journalFile(m_caseId, file);
                (outcome.duplicate ? duplicates : journaled) += 1;
                if (!outcome.duplicate) {
                    emit this->journaled(outcome.document.record.id);
                }
            } catch (const std::exception& error) {
                ++failed;
                emit fileFailed(file, QString::fromUtf8(error.what()));
            }
        }
    } catch (const std::exception& error) {
        // The store itself could not be opened: every file not yet journaled failed.
        failed = total - journaled - duplicates;
        emit fileFailed(QString(), QString::fromUtf8(error.what()));
    }
    emit progress(total, total, QString());
    emit finished(journaled, duplicates, failed);
}

} // namespace akta::documents
