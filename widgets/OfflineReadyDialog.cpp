#include "OfflineReadyDialog.h"

#include "SyncController.h"
#include "offline/OfflineInventory.h"
#include "offline/OfflineSet.h"
#include "sqlite/Database.h"
#include "util/Ids.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace akta::widgets {

OfflineReadyDialog::OfflineReadyDialog(const QString& databasePath, const blobs::BlobStore& blobs,
                                       SyncController* sync, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath), m_blobs(blobs), m_sync(sync), m_result(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_missing(new QListWidget(this)),
      m_again(new QPushButton(tr("Check &again"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("offlineReadyDialog"));
    setWindowTitle(tr("Ready to go"));
    m_result->setObjectName(QStringLiteral("offlineReadyResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("offlineReadyProgress"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_missing->setObjectName(QStringLiteral("offlineReadyMissing"));
    m_missing->setAccessibleName(tr("What is missing"));
    m_missing->hide();
    m_again->setObjectName(QStringLiteral("offlineReadyAgain"));
    m_again->setAccessibleName(tr("Check again"));
    m_buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("offlineReadyClose"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_result);
    layout->addWidget(m_progress);
    layout->addWidget(m_missing, 1);
    layout->addStretch(0);
    layout->addWidget(m_buttons);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 3);
    setMinimumWidth(560);
    resize(600, 170);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, &OfflineReadyDialog::start);
    connect(&m_watcher, &QFutureWatcher<offline::OfflineStatus>::finished, this,
            [this] { present(m_watcher.result()); });
    if (m_sync) {
        connect(m_sync, &SyncController::progress, this,
                [this](const QString& phase, qint64 done, qint64 total) {
                    if (m_waitingForSync && phase == QLatin1String("download") && total > 0) {
                        m_progress->setRange(0, 1000);
                        m_progress->setValue(int(done * 1000 / total));
                    }
                });
        connect(m_sync, &SyncController::syncFinished, this, [this](const sync::SyncSummary& summary) {
            if (m_waitingForSync) {
                m_waitingForSync = false;
                m_fetchFailures = summary.fetchFailures;
                readStatusNow();
            }
        });
        connect(m_sync, &SyncController::syncFailed, this, [this](const QString& message) {
            if (m_waitingForSync) {
                m_waitingForSync = false;
                m_syncError = message;
                readStatusNow();
            }
        });
    }
}

void OfflineReadyDialog::start()
{
    m_syncError.clear();
    m_fetchFailures.clear();
    m_ready = false;
    m_missing->clear();
    m_missing->hide();
    m_again->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    if (m_sync && m_sync->state() == SyncController::State::LoginNeeded) {
        m_syncError = tr("Log in to the server first (File, Connect to server…).");
        m_result->setText(tr("Checking what is on this computer…"));
        readStatusNow();
        return;
    }
    if (!m_sync || m_sync->server().isEmpty()) {
        m_syncError = tr("Akta is not connected to a server.");
        m_result->setText(tr("Checking what is on this computer…"));
        readStatusNow();
        return;
    }
    m_result->setText(tr("Fetching what is missing from the server…"));
    m_waitingForSync = true;
    m_sync->syncNow();
}

offline::OfflineStatus OfflineReadyDialog::readStatus(const QString& databasePath,
                                                      const blobs::BlobStore& blobs, bool markReady)
{
    sqlite::Database db(databasePath);
    offline::OfflineSet set(db, databasePath);
    offline::OfflineInventory inventory(db, blobs);
    offline::OfflineStatus status = inventory.status(set.caseIds());
    if (markReady && status.isReady()) {
        inventory.markChecked();
        status.lastCheck = util::nowIso();
    }
    return status;
}

void OfflineReadyDialog::readStatusNow()
{
    const QString path = m_databasePath;
    const blobs::BlobStore blobs = m_blobs;
    const bool markReady = m_syncError.isEmpty();
    m_watcher.setFuture(
        QtConcurrent::run([path, blobs, markReady] { return readStatus(path, blobs, markReady); }));
}

void OfflineReadyDialog::present(const offline::OfflineStatus& status)
{
    m_progress->hide();
    m_again->setEnabled(true);
    const QString lastSync =
        status.lastSync.isEmpty()
            ? tr("never")
            : QLocale().toString(util::fromIso(status.lastSync).toLocalTime(), QLocale::ShortFormat);
    m_ready = status.isReady() && m_syncError.isEmpty();
    if (status.cases.isEmpty()) {
        m_result->setText(
            tr("No cases are taken offline. Choose “Keep this case offline” in the Offline menu "
               "for the cases to take along."));
    } else if (m_ready) {
        m_result->setText(
            tr("Everything is on this computer.\nOffline cases: %1, documents: %2 (%3 MB). "
               "Last synchronised %4.")
                .arg(status.cases.size())
                .arg(status.documents)
                .arg(QLocale().toString(double(status.bytes) / (1024 * 1024), 'f', 1), lastSync));
    } else if (status.isReady()) {
        m_result->setText(tr("All documents are on this computer, but the latest changes could not be "
                             "fetched: %1 Last synchronised %2.")
                              .arg(m_syncError, lastSync));
    } else {
        m_result->setText(
            tr("Not everything is on this computer.\nMissing document versions: %1.").arg(status.missing));
        for (const auto& item : status.missingItems) {
            QString why = m_syncError.isEmpty() ? tr("not downloaded") : m_syncError;
            for (const QString& failure : std::as_const(m_fetchFailures)) {
                if (failure.startsWith(item.label + QStringLiteral(": "))) {
                    why = failure.mid(item.label.size() + 2);
                }
            }
            m_missing->addItem(tr("%1 – %2").arg(item.label, why));
        }
        m_missing->show();
        resize(width(), std::max(height(), 360));
    }
    if (m_missing->isHidden()) {
        adjustSize();
    }
    emit checked(m_ready);
}

QString OfflineReadyDialog::resultText() const
{
    return m_result->text();
}

QStringList OfflineReadyDialog::missingItems() const
{
    QStringList items;
    for (int row = 0; row < m_missing->count(); ++row) {
        items.append(m_missing->item(row)->text());
    }
    return items;
}

} // namespace akta::widgets
