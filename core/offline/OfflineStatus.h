#pragma once

#include "sync/BlobDownloader.h"

#include <QList>
#include <QString>

namespace akta::offline {

// How complete one offline case is on this computer.
struct OfflineCaseStatus
{
    QString caseId;
    QString caseNumber;
    QString title;
    int documents = 0;
    int versions = 0;
    int missing = 0; // versions whose content is not on this computer
    qint64 bytes = 0;
    qint64 missingBytes = 0;
};

// The offline cases together: counts, what is missing (to fetch), and how fresh the store is.
struct OfflineStatus
{
    QList<OfflineCaseStatus> cases;
    int documents = 0;
    int versions = 0;
    int missing = 0;
    qint64 bytes = 0;
    qint64 missingBytes = 0;
    QString lastSync;  // the last successful sync (ISO-8601 UTC), empty when never
    QString lastCheck; // the last "ready to go" check that found everything here
    QList<sync::BlobDownloader::Item> missingItems;

    bool isReady() const { return missing == 0; }
};

} // namespace akta::offline
