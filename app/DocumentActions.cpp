#include "DocumentActions.h"

#include "CaseDetailWidget.h"
#include "DocumentListModel.h"
#include "DocumentPropertiesDialog.h"
#include "DocumentVersionsDialog.h"
#include "JournalNoteDialog.h"
#include "blobs/BlobStore.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentJournal.h"
#include "extraction/ExtractionQueue.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::app {

DocumentActions::DocumentActions(store::LocalStore& store, QString userId, widgets::CaseDetailWidget* detail,
                                 extraction::ExtractionQueue* extraction, QMainWindow* window)
    : QObject(window), m_store(store), m_userId(std::move(userId)), m_detail(detail),
      m_extraction(extraction), m_window(window)
{
    m_detail->documentTable()->installEventFilter(this);
}

bool DocumentActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_detail->documentTable() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier) {
            showProperties(true);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DocumentActions::addTo(QMenu* menu)
{
    const auto add = [this, menu](const QString& text, const QString& name, const QKeySequence& key,
                                  auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setEnabled(false);
        m_actions.append(action);
        return action;
    };
    add(tr("New &journal note…"), QStringLiteral("newNoteAction"), QKeySequence(Qt::CTRL | Qt::Key_J),
        [this] { newJournalNote(); });
    menu->addSeparator();
    add(tr("&Properties…"), QStringLiteral("documentPropertiesAction"),
        QKeySequence(Qt::ALT | Qt::Key_Return), [this] { showProperties(false); });
    // F2 renames the document chosen in the document list, as in a file manager.
    add(tr("&Rename…"), QStringLiteral("renameDocumentAction"), QKeySequence(Qt::Key_F2),
        [this] { showProperties(true); });
    add(tr("&Versions…"), QStringLiteral("documentVersionsAction"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { showVersions(); });
    add(tr("&New version…"), QStringLiteral("newVersionAction"), QKeySequence(), [this] { addVersion(); });
    menu->addSeparator();
    add(tr("Send for Re&view…"), QStringLiteral("sendForReviewAction"), QKeySequence(Qt::CTRL | Qt::Key_G),
        [this] {
            if (const QString id = currentDocumentId(); !id.isEmpty()) {
                emit reviewRequested(m_detail->currentCaseId(), id);
            }
        });
}

void DocumentActions::setEnabled(bool enabled)
{
    for (QAction* action : std::as_const(m_actions)) {
        action->setEnabled(enabled);
    }
}

void DocumentActions::refreshCase(const QString& caseId)
{
    if (!caseId.isEmpty() && m_detail->currentCaseId() == caseId) {
        m_detail->showCase(caseId);
    }
}

void DocumentActions::newJournalNote()
{
    const QString caseId = m_detail->currentCaseId();
    const auto record = cases::CaseRepository(m_store.database()).find(caseId);
    if (!record) {
        return;
    }
    const auto user = directory::Directory(m_store.database()).user(m_userId);
    widgets::JournalNoteDialog dialog({m_store.databasePath(), m_store.blobStore(), caseId,
                                       QStringLiteral("%1 %2").arg(record->caseNumber, record->title),
                                       m_userId, user ? user->fullName : m_userId},
                                      m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_window->statusBar()->showMessage(
        dialog.savedAsDraft() ? tr("The note was saved as a draft; journal it from its properties.")
                              : tr("The journal note was journaled."),
        5000);
    m_extraction->wake();
    refreshCase(caseId);
}

QString DocumentActions::currentDocumentId()
{
    const QModelIndex index = m_detail->documentTable()->currentIndex();
    const QString id = index.isValid() ? index.data(models::DocumentListModel::IdRole).toString() : QString();
    if (id.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Choose a document in the case's document list first."), 5000);
    }
    return id;
}

void DocumentActions::showProperties(bool rename)
{
    const QString id = currentDocumentId();
    if (id.isEmpty()) {
        return;
    }
    widgets::DocumentPropertiesDialog dialog(m_store.database(), id, m_userId, m_window);
    if (rename) {
        dialog.focusTitle();
    }
    if (dialog.exec() == QDialog::Accepted) {
        m_window->statusBar()->showMessage(tr("The document was changed."), 5000);
        m_detail->showCase(m_detail->currentCaseId());
    }
}

void DocumentActions::showVersions()
{
    const QString id = currentDocumentId();
    if (id.isEmpty()) {
        return;
    }
    widgets::DocumentVersionsDialog dialog(m_store.database(), m_store.blobStore(), id, m_window);
    connect(&dialog, &widgets::DocumentVersionsDialog::versionExported, this,
            [this, id](const QString& sha256, const QString& path, bool opened) {
                emit versionExported(id, sha256, path, opened);
            });
    dialog.exec();
}

void DocumentActions::addVersion()
{
    const QString id = currentDocumentId();
    if (id.isEmpty()) {
        return;
    }
    const QString file = QFileDialog::getOpenFileName(m_window, tr("New version of the document"));
    if (file.isEmpty()) {
        return;
    }
    const QString databasePath = m_store.databasePath();
    const blobs::BlobStore blobStore = m_store.blobStore();
    const QString actor = m_userId;
    const QString caseId = m_detail->currentCaseId();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, caseId] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            QMessageBox::warning(m_window, tr("No new version"),
                                 tr("The file was not stored: %1").arg(error));
            return;
        }
        m_window->statusBar()->showMessage(tr("The new version was stored; the earlier ones are kept."),
                                           5000);
        m_extraction->wake();
        refreshCase(caseId);
    });
    watcher->setFuture(QtConcurrent::run([databasePath, blobStore, actor, id, file]() -> QString {
        try {
            sqlite::Database db(databasePath);
            // Text left pending for the extraction queue.
            documents::DocumentJournal(db, blobStore, {}, {}, actor).journalVersion(id, file);
            return {};
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

} // namespace akta::app
