#include "extraction/ExtractionWorker.h"

#include "blobs/BlobStore.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentRepository.h"
#include "email/EmailParser.h"
#include "extraction/TextExtractor.h"
#include "sqlite/Database.h"

#include <QLoggingCategory>

#include <exception>

Q_LOGGING_CATEGORY(lcExtraction, "akta.extraction")

namespace akta::extraction {

namespace {

// Versions read from the store at a time; the queue asks again when they are done.
constexpr int kBatch = 50;

} // namespace

ExtractionWorker::ExtractionWorker(QString databasePath, blobs::BlobStore blobs, QString helperPath,
                                   int timeoutMs, const QAtomicInt* cancel, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_blobs(std::move(blobs)),
      m_helperPath(std::move(helperPath)), m_timeoutMs(timeoutMs), m_cancel(cancel)
{}

ExtractionWorker::~ExtractionWorker() = default;

int ExtractionWorker::remaining()
{
    return qMax(0, documents::DocumentRepository(*m_db).pendingTextCount() - int(m_skipped.size()));
}

void ExtractionWorker::drainPending()
{
    if (cancelled()) {
        return;
    }
    try {
        if (!m_db) {
            m_db = std::make_unique<sqlite::Database>(m_databasePath);
        }
        TextExtractor extractor(m_helperPath, m_timeoutMs);
        extractor.setCancelFlag(m_cancel);
        documents::DocumentJournal journal(
            *m_db, m_blobs, [](const QByteArray& data) { return email::EmailParser::parse(data); },
            [&extractor](const QString& path, const QString& mime) { return extractor.extract(path, mime); });
        documents::DocumentRepository repository(*m_db);
        for (;;) {
            QStringList batch;
            for (const QString& id : repository.pendingTextVersions(kBatch + int(m_skipped.size()))) {
                if (!m_skipped.contains(id)) {
                    batch.append(id);
                }
            }
            if (batch.isEmpty()) {
                emit remainingChanged(0);
                emit idle();
                return;
            }
            for (const QString& versionId : std::as_const(batch)) {
                if (cancelled()) {
                    return;
                }
                emit remainingChanged(remaining());
                try {
                    const QString status = journal.completeText(versionId);
                    if (status == QLatin1String("pending")) {
                        return; // cancelled: picked up again at the next start
                    }
                    const auto version = repository.findVersion(versionId);
                    emit textExtracted(version ? version->documentId : QString(), versionId, status,
                                       version ? version->textError : QString());
                } catch (const std::exception& error) {
                    m_skipped.insert(versionId);
                    qCWarning(lcExtraction)
                        << "cannot store the text of version" << versionId << error.what();
                    emit storeFailed(QString::fromUtf8(error.what()));
                }
            }
        }
    } catch (const std::exception& error) {
        // The store could not be opened or read: try again at the next wake-up.
        m_db.reset();
        qCWarning(lcExtraction) << "text extraction stopped:" << error.what();
        emit storeFailed(QString::fromUtf8(error.what()));
    }
}

} // namespace akta::extraction
