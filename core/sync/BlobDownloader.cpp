#include "sync/BlobDownloader.h"

#include "blobs/PartialBlob.h"
#include "sync/ServerApi.h"
#include "sync/SyncError.h"
#include "sync/SyncLog.h"

#include <QThread>

#include <algorithm>

namespace akta::sync {

BlobDownloader::BlobDownloader(ServerApi& api, blobs::BlobStore blobs, RetryPolicy retry)
    : m_api(api), m_blobs(std::move(blobs)), m_retry(retry)
{}

void BlobDownloader::download(const Item& item, Outcome& outcome, qint64 doneBefore, qint64 total)
{
    blobs::PartialBlob part(m_blobs, item.sha256);
    if (part.size() > 0) {
        qCInfo(lcSync) << "resuming the download of" << item.sha256 << "at" << part.size();
    }
    qint64 received = 0;
    bool restarted = false;
    for (int attempt = 1;; ++attempt) {
        if (item.size > 0 && part.size() == item.size) {
            break; // everything arrived before an interruption; the hash decides below
        }
        const qint64 offset = part.size();
        if (offset > 0) {
            outcome.resumedFrom = std::max(outcome.resumedFrom, offset);
        }
        try {
            m_api.fetchBlob(item.sha256, offset, [&](qint64 position, const QByteArray& bytes) {
                if (position == 0 && part.size() > 0) {
                    part.restart(); // the server sent the whole content rather than the range
                }
                part.append(bytes);
                received += bytes.size();
                if (m_progress) {
                    m_progress(doneBefore + part.size(), total);
                }
            });
            break;
        } catch (const SyncError& error) {
            if (error.kind() == SyncError::Kind::Protocol && offset > 0 && !restarted) {
                // The server would not serve the range (a 416: the part is not what it thinks): once more
                // from the start.
                qCInfo(lcSync) << error.what() << "- downloading" << item.sha256 << "from the start";
                part.restart();
                restarted = true;
                continue;
            }
            if (error.kind() != SyncError::Kind::Transient || attempt >= m_retry.attempts) {
                throw; // the part stays for the next run to resume
            }
            qCInfo(lcSync) << error.what() << "- resuming in" << m_retry.delayBefore(attempt) << "ms";
            QThread::msleep(m_retry.delayBefore(attempt));
        }
    }
    part.commit();
    outcome.bytes += received;
    ++outcome.fetched;
}

BlobDownloader::Outcome BlobDownloader::fetch(const Item& item)
{
    Outcome outcome;
    if (m_blobs.contains(item.sha256)) {
        ++outcome.present;
        return outcome;
    }
    download(item, outcome, 0, item.size);
    return outcome;
}

BlobDownloader::Outcome BlobDownloader::fetchAll(const QList<Item>& items)
{
    Outcome outcome;
    QList<Item> missing;
    qint64 total = 0;
    for (const Item& item : items) {
        if (m_blobs.contains(item.sha256)) {
            ++outcome.present;
        } else if (std::none_of(missing.cbegin(), missing.cend(),
                                [&](const Item& other) { return other.sha256 == item.sha256; })) {
            missing.append(item);
            total += item.size;
        }
    }
    qint64 done = 0;
    for (const Item& item : std::as_const(missing)) {
        try {
            download(item, outcome, done, total);
        } catch (const SyncError& error) {
            if (error.kind() == SyncError::Kind::Cancelled || error.kind() == SyncError::Kind::Auth) {
                throw;
            }
            outcome.failures.append(item.label + QStringLiteral(": ") + QString::fromUtf8(error.what()));
        } catch (const blobs::BlobError& error) {
            outcome.failures.append(item.label + QStringLiteral(": ") + QString::fromUtf8(error.what()));
        }
        done += item.size;
        if (m_progress) {
            m_progress(done, total);
        }
    }
    return outcome;
}

} // namespace akta::sync
