#include "MainWindow.h"

#include "CaseDetailWidget.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CitizenOverviewDialog.h"
#include "CreateCaseDialog.h"
#include "DocumentActions.h"
#include "DocumentListModel.h"
#include "DocumentPreviewWidget.h"
#include "OfflineActions.h"
#include "ReclassifyDialog.h"
#include "RetentionDialog.h"
#include "ReviewSetup.h"
#include "SearchPanel.h"
#include "SyncSetup.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentImportWorker.h"
#include "extraction/ExtractionQueue.h"
#include "kle/KleClassifierLoader.h"
#include "parties/PartyRepository.h"
#include "store/LocalStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace akta::app {

MainWindow::MainWindow(store::LocalStore& store, const QString& userId, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_userId(userId),
      m_model(new models::CaseListModel(store.databasePath(), this)),
      m_list(new widgets::CaseListView(m_model, this)),
      m_detail(new widgets::CaseDetailWidget(store.databasePath(), store.blobStore(), this)),
      m_splitter(new QSplitter(this)),
      m_extraction(new extraction::ExtractionQueue(store.databasePath(), store.blobStore(), {}, 60000, this)),
      m_extractionLabel(new QLabel(this)),
      m_documentActions(new DocumentActions(store, userId, m_detail, m_extraction, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString municipality = m_store.meta(QStringLiteral("municipality"));
    const auto user = directory::Directory(m_store.database()).user(userId);
    const QString userName = user ? user->fullName : QString();
    setWindowTitle(municipality.isEmpty() ? tr("Akta – %1").arg(userName)
                                          : tr("Akta – %1 – %2").arg(municipality, userName));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    createSearch();

    connect(m_list, &widgets::CaseListView::caseSelected, m_detail, &widgets::CaseDetailWidget::showCase);
    connect(m_detail, &widgets::CaseDetailWidget::journalRequested, this, &MainWindow::journalFiles);
    connect(m_detail, &widgets::CaseDetailWidget::noteRequested, m_documentActions,
            &DocumentActions::newJournalNote);
    connect(m_model, &models::CaseListModel::firstPageLoaded, this, [this] {
        if (!m_firstPageReported) {
            m_firstPageReported = true;
            QTimer::singleShot(0, this, [this] { emit firstPageShown(m_model->rowCount()); });
        }
    });
    connect(m_model, &models::CaseListModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The case list could not be read: %1").arg(message));
    });

    auto* storeLabel = new QLabel(tr("Local store: %1").arg(m_store.directory()), this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(storeLabel);

    createActions();
    restoreState();
    startTextExtraction();

    connect(&m_classifierWatcher, &QFutureWatcher<std::shared_ptr<kle::KleClassifier>>::finished, this,
            [this] { m_classifier = m_classifierWatcher.result(); });
    // Built after the first page of cases is on screen, so that start-up does not wait for it.
    connect(
        this, &MainWindow::firstPageShown, this,
        [this] {
            const QString databasePath = m_store.databasePath();
            m_classifierWatcher.setFuture(QtConcurrent::run(
                [databasePath] { return kle::KleClassifierLoader::loadFrom(databasePath); }));
        },
        Qt::SingleShotConnection);
    connect(m_detail, &widgets::CaseDetailWidget::caseShown, this, [this] {
        m_reclassifyAction->setEnabled(true);
        m_retentionAction->setEnabled(true);
        m_copyAction->setEnabled(true);
        m_overviewAction->setEnabled(true);
        m_documentActions->setEnabled(true);
    });
    m_list->filterEdit()->setFocus();
}

void MainWindow::startTextExtraction()
{
    m_extractionLabel->setObjectName(QStringLiteral("extractionLabel"));
    m_extractionLabel->hide();
    statusBar()->addPermanentWidget(m_extractionLabel);
    connect(m_extraction, &extraction::ExtractionQueue::remainingChanged, this, [this](int remaining) {
        m_extractionLabel->setText(tr("Extracting text: %1 left").arg(remaining));
        m_extractionLabel->setVisible(remaining > 0);
    });
    connect(m_extraction, &extraction::ExtractionQueue::textExtracted, this,
            [this](const QString& documentId, const QString&, const QString& status, const QString& error) {
                m_detail->documentModel()->setTextStatus(documentId, status, error);
            });
    connect(m_extraction, &extraction::ExtractionQueue::storeFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Text extraction could not write to the store: %1").arg(message), 8000);
    });
    // Versions left pending by an earlier run (or journaled while the app was closed) are picked up
    // once the first page of cases is on screen, so that start-up does not compete with them.
    connect(this, &MainWindow::firstPageShown, m_extraction, &extraction::ExtractionQueue::start,
            Qt::SingleShotConnection);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_sync = new SyncSetup(this, m_store, fileMenu);
    connect(m_sync, &SyncSetup::storeChanged, m_model, &models::CaseListModel::reload);
    connect(m_documentActions, &DocumentActions::versionExported, m_sync,
            [this](const QString& documentId, const QString& sha256, const QString& path, bool opened) {
                m_sync->reportExport(
                    {opened ? sync::ExportEvent::Kind::OpenExternal : sync::ExportEvent::Kind::SaveCopy,
                     {},
                     documentId,
                     sha256,
                     QFileInfo(path).fileName()});
            });
    connect(
        m_detail->preview(), &widgets::DocumentPreviewWidget::openedExternally, m_sync,
        [this](const QString& documentId, const QString& sha256, const QString& path) {
            m_sync->reportExport(
                {sync::ExportEvent::Kind::OpenExternal, {}, documentId, sha256, QFileInfo(path).fileName()});
        });
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    QAction* newCase = caseMenu->addAction(tr("&New case…"), this, &MainWindow::createCase);
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    newCase->setShortcut(QKeySequence::New);
    QAction* findCase = caseMenu->addAction(tr("&Find case"), this, [this] {
        m_list->filterEdit()->setFocus();
        m_list->filterEdit()->selectAll();
    });
    findCase->setShortcut(QKeySequence::Find);
    QAction* search = caseMenu->addAction(tr("&Search all cases and documents"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusSearch();
    });
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_copyAction = caseMenu->addAction(tr("New case &from this…"), this, &MainWindow::copyCaseStructure);
    m_copyAction->setObjectName(QStringLiteral("copyCaseAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_copyAction->setEnabled(false);
    m_overviewAction = caseMenu->addAction(tr("Party's &cases…"), this, &MainWindow::showCitizenOverview);
    m_overviewAction->setObjectName(QStringLiteral("overviewAction"));
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_overviewAction->setEnabled(false);
    caseMenu->addSeparator();
    m_reclassifyAction = caseMenu->addAction(tr("&Reclassify…"), this, &MainWindow::reclassifyCase);
    m_reclassifyAction->setObjectName(QStringLiteral("reclassifyAction"));
    m_reclassifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_reclassifyAction->setEnabled(false);
    m_retentionAction = caseMenu->addAction(tr("Change &retention…"), this, &MainWindow::changeRetention);
    m_retentionAction->setObjectName(QStringLiteral("retentionAction"));
    m_retentionAction->setEnabled(false);
    caseMenu->addSeparator();
    QAction* caseList =
        caseMenu->addAction(tr("Go to case &list"), this, [this] { m_list->table()->setFocus(); });
    caseList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu* documentMenu = menuBar()->addMenu(tr("&Document"));
    m_documentActions->addTo(documentMenu);
    auto* review = new ReviewSetup(this, m_store, m_userId, m_sync, m_list, m_detail, documentMenu);
    connect(m_documentActions, &DocumentActions::reviewRequested, review, &ReviewSetup::requestReview);
    m_offlineActions = new OfflineActions(m_store, m_model, m_detail, m_sync->controller(), this);
    m_offlineActions->addTo(menuBar()->addMenu(tr("&Offline")));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Akta"), this, &MainWindow::showAbout);
}

void MainWindow::createSearch()
{
    m_search = new widgets::SearchPanel(m_store.databasePath(), this);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    // Shown by Ctrl+K; until then the case list and the case view have the whole width.
    m_searchDock->hide();
    connect(m_search, &widgets::SearchPanel::openCaseRequested, this, [this](const QString& caseId) {
        m_list->selectCase(caseId);
        m_detail->showCase(caseId);
    });
    connect(m_search, &widgets::SearchPanel::openDocumentRequested, this,
            [this](const QString& caseId, const QString& documentId, const QStringList& terms) {
                m_list->selectCase(caseId);
                m_detail->showCase(caseId);
                // The preview opens the document at the first searched word.
                m_detail->showDocument(documentId, terms.isEmpty() ? QString() : terms.first());
                emit openDocumentRequested(caseId, documentId, terms);
            });
    connect(m_search, &widgets::SearchPanel::openPersonRequested, this, [this](const QString& partyId) {
        const auto party = parties::PartyRepository(m_store.database()).find(partyId);
        if (!party) {
            return;
        }
        widgets::CitizenOverviewDialog dialog(m_store.databasePath(), party->identifier, party->name, this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosenCaseId().isEmpty()) {
            m_list->selectCase(dialog.chosenCaseId());
            m_detail->showCase(dialog.chosenCaseId());
        }
    });
}

void MainWindow::createCase()
{
    widgets::CreateCaseDialog dialog(m_store.database(), m_userId, m_classifier, this);
    finishCreateCase(dialog);
}

void MainWindow::finishCreateCase(widgets::CreateCaseDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (!dialog.existingCaseId().isEmpty()) {
        m_list->selectCase(dialog.existingCaseId());
        m_detail->showCase(dialog.existingCaseId());
        return;
    }
    const QString id = dialog.createdCaseId();
    learnFrom(id);
    statusBar()->showMessage(tr("The case was created."), 5000);
    m_sync->localChange();
    m_model->reload();
    m_list->selectCase(id);
    m_detail->showCase(id);
}

void MainWindow::learnFrom(const QString& caseId)
{
    if (!m_classifier) {
        return; // the classifier being built reads the case from the store itself
    }
    if (const auto record = cases::CaseRepository(m_store.database()).find(caseId)) {
        m_classifier->learnCase(
            record->title, record->kleSubject,
            kle::KleCaseContext{toWireName(record->kind), QString(), record->responsibleUnitName});
    }
}

void MainWindow::reclassifyCase()
{
    const QString id = m_detail->currentCaseId();
    if (id.isEmpty()) {
        return;
    }
    widgets::ReclassifyDialog dialog(m_store.database(), id, m_userId, m_classifier, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (m_classifier) {
        const auto record = cases::CaseRepository(m_store.database()).find(id);
        if (record) {
            const kle::KleCaseContext context{toWireName(record->kind), QString(),
                                              record->responsibleUnitName};
            m_classifier->reclassifyCase(record->title, dialog.previousSubject(), record->kleSubject,
                                         context);
        }
    }
    statusBar()->showMessage(tr("The case was reclassified."), 5000);
    m_sync->localChange();
    m_model->reload();
    m_list->selectCase(id);
    m_detail->showCase(id);
}

void MainWindow::copyCaseStructure()
{
    const QString source = m_detail->currentCaseId();
    if (source.isEmpty()) {
        return;
    }
    widgets::CreateCaseDialog dialog(m_store.database(), m_userId, m_classifier, this);
    dialog.copyStructureFrom(source);
    finishCreateCase(dialog);
}

void MainWindow::showCitizenOverview()
{
    const auto record = cases::CaseRepository(m_store.database()).find(m_detail->currentCaseId());
    if (!record || record->primaryPartyId.isEmpty()) {
        statusBar()->showMessage(tr("This case has no party."), 5000);
        return;
    }
    const auto party = parties::PartyRepository(m_store.database()).find(record->primaryPartyId);
    if (!party) {
        return;
    }
    widgets::CitizenOverviewDialog dialog(m_store.databasePath(), party->identifier, party->name, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenCaseId().isEmpty()) {
        m_list->selectCase(dialog.chosenCaseId());
        m_detail->showCase(dialog.chosenCaseId());
    }
}

void MainWindow::journalFiles(const QString& caseId, const QStringList& files)
{
    auto* progress = new QProgressDialog(tr("Journaling documents…"), tr("Stop"), 0, int(files.size()), this);
    progress->setObjectName(QStringLiteral("journalProgress"));
    progress->setWindowTitle(tr("Add documents"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto* thread = new QThread(this);
    auto* worker = new documents::DocumentImportWorker(m_store.databasePath(), m_store.blobStore(), caseId,
                                                       m_userId, files);
    worker->setExtractText(false); // the extraction queue fills the text in afterwards
    worker->moveToThread(thread);
    connect(worker, &documents::DocumentImportWorker::journaled, m_extraction,
            &extraction::ExtractionQueue::wake);
    auto failures = std::make_shared<QStringList>();
    connect(thread, &QThread::started, worker, &documents::DocumentImportWorker::run);
    connect(
        progress, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
    connect(worker, &documents::DocumentImportWorker::progress, progress,
            [progress](int done, int total, const QString& file) {
                progress->setMaximum(total);
                progress->setValue(done);
                if (!file.isEmpty()) {
                    progress->setLabelText(tr("Journaling %1 of %2: %3").arg(done + 1).arg(total).arg(file));
                }
            });
    connect(worker, &documents::DocumentImportWorker::fileFailed, this,
            [failures](const QString& file, const QString& reason) {
                *failures << (file.isEmpty()
                                  ? reason
                                  : QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), reason));
            });
    connect(worker, &documents::DocumentImportWorker::finished, this,
            [this, caseId, progress, failures](int journaled, int duplicates, int failed) {
                progress->close();
                statusBar()->showMessage(
                    tr("%n document(s) journaled", nullptr, journaled) +
                        (duplicates > 0
                             ? QStringLiteral(" · ") + tr("%n already in the case", nullptr, duplicates)
                             : QString()),
                    8000);
                if (failed > 0) {
                    QMessageBox::warning(this, tr("Some files were not journaled"),
                                         failures->join(QLatin1Char('\n')));
                }
                if (m_detail->currentCaseId() == caseId) {
                    m_detail->showCase(caseId);
                }
                if (journaled > 0) {
                    m_sync->localChange();
                }
            });
    connect(worker, &documents::DocumentImportWorker::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::changeRetention()
{
    const QString id = m_detail->currentCaseId();
    if (id.isEmpty()) {
        return;
    }
    widgets::RetentionDialog dialog(m_store.database(), id, m_userId, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("The retention was changed; the reason is recorded."), 5000);
        m_sync->localChange();
        m_detail->showCase(id);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Akta"),
                       tr("<h3>Akta %1</h3><p>Case and document management for Danish municipalities.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        resize(1360, 840);
    }
    QMainWindow::restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray())) {
        // The case view holds the document preview beside its list, so it gets the larger part.
        m_splitter->setSizes({width() * 3 / 10, width() * 7 / 10});
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    event->accept();
}

} // namespace akta::app
