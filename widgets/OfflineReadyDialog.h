#pragma once

#include "blobs/BlobStore.h"
#include "offline/OfflineStatus.h"
#include "sync/SyncOptions.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace akta::widgets {

class SyncController;

// "Ready to go" (Klar til at tage med): syncs, which downloads every document of the cases taken offline
// that is not on this computer yet, with progress; then says either that everything is on this computer
// or lists what is missing and why. The status is read on a worker thread.
class OfflineReadyDialog final : public QDialog
{
    Q_OBJECT

public:
    OfflineReadyDialog(const QString& databasePath, const blobs::BlobStore& blobs, SyncController* sync,
                       QWidget* parent = nullptr);

    // Starts the check (called when the dialog opens, and by "Check again").
    void start();
    bool isReady() const { return m_ready; }
    QString resultText() const;
    QStringList missingItems() const;

    // Reads the offline status; with `markReady`, remembers a check that found everything here.
    static offline::OfflineStatus readStatus(const QString& databasePath, const blobs::BlobStore& blobs,
                                             bool markReady);

signals:
    // The check has ended and its result is on screen.
    void checked(bool ready);

private:
    void readStatusNow();
    void present(const offline::OfflineStatus& status);

    QString m_databasePath;
    blobs::BlobStore m_blobs;
    SyncController* m_sync;
    QString m_syncError;
    QStringList m_fetchFailures;
    bool m_waitingForSync = false;
    bool m_ready = false;
    QFutureWatcher<offline::OfflineStatus> m_watcher;

    QLabel* m_result;
    QProgressBar* m_progress;
    QListWidget* m_missing;
    QPushButton* m_again;
    QDialogButtonBox* m_buttons;
};

} // namespace akta::widgets
