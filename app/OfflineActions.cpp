#include "OfflineActions.h"

#include "CaseDetailWidget.h"
#include "CaseListModel.h"
#include "DocumentPreviewWidget.h"
#include "OfflineReadyDialog.h"
#include "PreviewExternalOpener.h"
#include "SyncController.h"
#include "cases/CaseRepository.h"
#include "offline/OfflineInventory.h"
#include "offline/OfflinePin.h"
#include "offline/OfflineSet.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"
#include "sync/ContentFetchWorker.h"
#include "util/Ids.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::app {

OfflineActions::OfflineActions(store::LocalStore& store, models::CaseListModel* model,
                               widgets::CaseDetailWidget* detail, widgets::SyncController* sync,
                               QMainWindow* window)
    : QObject(window), m_store(store), m_model(model), m_detail(detail), m_sync(sync), m_window(window),
      m_fetcher(new sync::ContentFetchWorker(store.directory(), this))
{
    connect(&m_watcher, &QFutureWatcher<State>::finished, this, [this] {
        present(m_watcher.result());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    connect(m_detail, &widgets::CaseDetailWidget::caseShown, this, &OfflineActions::updateCurrent);
    widgets::SyncController* controller = m_sync;
    m_detail->preview()->setContentFetcher(m_fetcher, [controller](sync::SyncOptions& options) {
        return controller && controller->fetchOptions(options);
    });
    if (m_sync) {
        connect(m_sync, &widgets::SyncController::syncFinished, this, &OfflineActions::refresh);
    }
    refresh();
    // Decrypted copies opened in another program an hour or more ago are removed (see ADR 15).
    (void)QtConcurrent::run([] { widgets::PreviewExternalOpener::removeOldCopies(QDir::tempPath(), 3600); });
}

void OfflineActions::addTo(QMenu* menu)
{
    m_keepCase = menu->addAction(tr("&Keep this case offline"));
    m_keepCase->setObjectName(QStringLiteral("offlineKeepCaseAction"));
    m_keepCase->setCheckable(true);
    m_keepCase->setEnabled(false);
    m_keepCase->setToolTip(
        tr("Keep the case and every document in it on this computer, for work without network"));
    connect(m_keepCase, &QAction::triggered, this, &OfflineActions::toggleCurrentCase);
    m_keepParty =
        menu->addAction(tr("Keep all cases of the &party offline"), this, &OfflineActions::keepPartyCases);
    m_keepParty->setObjectName(QStringLiteral("offlineKeepPartyAction"));
    m_keepParty->setEnabled(false);
    menu->addSeparator();
    m_ready = menu->addAction(tr("&Ready to go…"), this, &OfflineActions::showReadyCheck);
    m_ready->setObjectName(QStringLiteral("offlineReadyAction"));
    // Not Ctrl+Shift+O: that is the party's cases in the Case menu, and a shortcut two actions share
    // triggers neither.
    m_ready->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_ready->setToolTip(
        tr("Fetch every document of the offline cases and check that all is on this computer"));
}

void OfflineActions::refresh()
{
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const QString path = m_store.databasePath();
    m_watcher.setFuture(QtConcurrent::run([path] {
        State state;
        try {
            sqlite::Database db(path, sqlite::Database::Mode::ReadOnly);
            state.cases = offline::OfflineSet(db, path).caseIdSet();
            const QString lastSync = offline::OfflineInventory::lastSync(db);
            state.lastSync = lastSync.isEmpty() ? QDateTime() : util::fromIso(lastSync);
        } catch (const std::exception& error) {
            state.error = QString::fromUtf8(error.what());
        }
        return state;
    }));
}

void OfflineActions::present(const State& state)
{
    if (!state.error.isEmpty()) {
        m_window->statusBar()->showMessage(tr("The offline cases could not be read: %1").arg(state.error),
                                           8000);
        return;
    }
    m_state = state;
    m_model->setOfflineCases(state.cases, state.lastSync);
    updateCurrent();
}

void OfflineActions::updateCurrent()
{
    const QString caseId = m_detail->currentCaseId();
    const bool offline = m_state.cases.contains(caseId);
    m_detail->setOfflineState(offline, m_state.lastSync);
    if (m_keepCase) {
        m_keepCase->setEnabled(!caseId.isEmpty());
        m_keepCase->setChecked(offline);
        m_keepParty->setEnabled(!caseId.isEmpty());
    }
}

void OfflineActions::changePins(std::function<void(const QString&)> change)
{
    const QString path = m_store.databasePath();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            m_window->statusBar()->showMessage(error, 8000);
        }
        refresh();
        if (m_sync && error.isEmpty()) {
            m_sync->syncNow(); // fetches the documents of what was just taken offline
        }
    });
    watcher->setFuture(QtConcurrent::run([path, change] {
        try {
            change(path);
            return QString();
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

void OfflineActions::toggleCurrentCase(bool keep)
{
    const QString caseId = m_detail->currentCaseId();
    if (caseId.isEmpty()) {
        return;
    }
    changePins([caseId, keep](const QString& path) {
        sqlite::Database db(path);
        offline::OfflineSet set(db, path);
        if (keep) {
            set.add(offline::OfflinePin::Kind::Case, caseId);
        } else {
            set.remove(offline::OfflinePin::Kind::Case, caseId);
        }
    });
}

void OfflineActions::keepPartyCases()
{
    const QString caseId = m_detail->currentCaseId();
    if (caseId.isEmpty()) {
        return;
    }
    changePins([caseId](const QString& path) {
        sqlite::Database db(path);
        for (const cases::CaseParty& party : cases::CaseRepository(db).parties(caseId)) {
            if (party.role == QLatin1String("primary") && party.party.kind == Party::Kind::Person) {
                offline::OfflineSet(db, path).add(offline::OfflinePin::Kind::Person, party.party.identifier);
                return;
            }
        }
        throw offline::OfflineError(tr("The case has no person as its primary party.").toStdString());
    });
}

void OfflineActions::showReadyCheck()
{
    auto* dialog =
        new widgets::OfflineReadyDialog(m_store.databasePath(), m_store.blobStore(), m_sync, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &widgets::OfflineReadyDialog::checked, this, &OfflineActions::refresh);
    dialog->show();
    dialog->start();
}

} // namespace akta::app
