#pragma once

#include "blobs/BlobStore.h"
#include "sync/RetryPolicy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace akta::sync {

class ServerApi;

// Fetches document content the server has and this store has not, straight into the encrypted
// BlobStore: the bytes stream from the network into an encrypted part file (blobs::PartialBlob), never
// whole in memory; a broken transfer resumes with a Range request from what has arrived (also in a later
// run, after the process was killed); the content becomes a blob only after its SHA-256 matched its name
// (a mismatch stores nothing). Runs on the calling (worker) thread; the ServerApi's cancel flag stops it.
class BlobDownloader final
{
public:
    struct Item
    {
        QString sha256;
        qint64 size = 0; // as the document version says; for progress
        QString label;   // what the user knows it as, for the report ("12 Afgørelse.pdf")
    };
    struct Outcome
    {
        int fetched = 0;
        int present = 0;
        qint64 bytes = 0;       // downloaded in this run
        qint64 resumedFrom = 0; // the largest offset a download went on from (0: none resumed)
        QStringList failures;   // "label: why", one per item that could not be fetched
    };

    BlobDownloader(ServerApi& api, blobs::BlobStore blobs, RetryPolicy retry = {});

    // (bytes done, bytes in all) over the items of one fetchAll(), or of one fetch().
    void setProgress(std::function<void(qint64, qint64)> progress) { m_progress = std::move(progress); }

    // Fetches one blob unless the store has it. Throws SyncError (including Cancelled) or
    // blobs::BlobError (a hash mismatch, a store that cannot be written); nothing half-written is visible.
    Outcome fetch(const Item& item);
    // Fetches every missing item, going on past one that fails; stops on cancel and on a refused login
    // (throws those).
    Outcome fetchAll(const QList<Item>& items);

private:
    void download(const Item& item, Outcome& outcome, qint64 doneBefore, qint64 total);

    ServerApi& m_api;
    blobs::BlobStore m_blobs;
    RetryPolicy m_retry;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace akta::sync
