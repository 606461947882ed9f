#include "ReviewSetup.h"

#include "CaseDetailWidget.h"
#include "CaseListView.h"
#include "ReviewQueueModel.h"
#include "ReviewQueueWidget.h"
#include "ReviewRequestDialog.h"
#include "SyncSetup.h"
#include "review/DocumentReview.h"
#include "review/LeaderLine.h"
#include "sqlite/Database.h"
#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::app {

ReviewSetup::ReviewSetup(QMainWindow* window, store::LocalStore& store, const QString& userId,
                         SyncSetup* sync, widgets::CaseListView* list, widgets::CaseDetailWidget* detail,
                         QMenu* menu)
    : QObject(window), m_window(window), m_databasePath(store.databasePath()), m_userId(userId), m_sync(sync),
      m_list(list), m_detail(detail), m_queue(new widgets::ReviewQueueWidget(m_databasePath, userId, window)),
      m_dock(new QDockWidget(window))
{
    m_dock->setObjectName(QStringLiteral("reviewDock"));
    m_dock->setWidget(m_queue);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_action = menu->addAction(QString(), this, &ReviewSetup::showQueue);
    m_action->setObjectName(QStringLiteral("reviewQueueAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    showCount(0);

    connect(m_queue->model(), &models::ReviewQueueModel::loaded, this, &ReviewSetup::showCount);
    connect(m_queue->model(), &models::ReviewQueueModel::itemsArrived, this, [this](int count) {
        m_window->statusBar()->showMessage(
            tr("%n new document(s) wait for your review (Ctrl+Shift+G).", "", count), 10000);
    });
    connect(m_queue, &widgets::ReviewQueueWidget::openDocumentRequested, this,
            [this](const QString& caseId, const QString& documentId) {
                m_list->selectCase(caseId);
                m_detail->showCase(caseId);
                m_detail->showDocument(documentId);
            });
    connect(m_queue, &widgets::ReviewQueueWidget::decided, this, [this](const QString&, bool approved) {
        m_window->statusBar()->showMessage(
            approved ? tr("The document was approved.") : tr("The document was rejected."), 5000);
        m_sync->localChange();
        if (!m_detail->currentCaseId().isEmpty()) {
            m_detail->showCase(m_detail->currentCaseId());
        }
    });
    connect(m_sync, &SyncSetup::storeChanged, m_queue, &widgets::ReviewQueueWidget::reload);
    connect(&m_candidates, &QFutureWatcher<Candidates>::finished, this, &ReviewSetup::onCandidates);
    connect(&m_request, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_request.result();
        m_window->statusBar()->showMessage(error.isEmpty() ? tr("The document was sent for review.") : error,
                                           8000);
        if (error.isEmpty()) {
            m_sync->localChange();
            if (!m_detail->currentCaseId().isEmpty()) {
                m_detail->showCase(m_detail->currentCaseId());
            }
        }
    });
    m_queue->reload();
}

void ReviewSetup::showCount(int count)
{
    const QString title = count > 0 ? tr("Reviews (%1)").arg(count) : tr("Reviews");
    m_dock->setWindowTitle(title);
    m_action->setText(count > 0 ? tr("Re&views (%1)").arg(count) : tr("Re&views"));
}

void ReviewSetup::showQueue()
{
    const bool opening = m_dock->isHidden() && !m_dock->isFloating();
    m_dock->show();
    if (opening) {
        // Wide enough for the document's title beside its case, requester and time.
        m_window->resizeDocks({m_dock}, {qMax(m_dock->width(), 580)}, Qt::Horizontal);
    }
    m_dock->raise();
    m_queue->reload();
    m_queue->setFocus();
}

void ReviewSetup::requestReview(const QString& caseId, const QString& documentId)
{
    if (m_candidates.isRunning() || m_request.isRunning()) {
        return;
    }
    const QString path = m_databasePath;
    const QString user = m_userId;
    m_candidates.setFuture(QtConcurrent::run([path, user, caseId, documentId] {
        Candidates result{caseId, documentId, {}, {}};
        try {
            sqlite::Database db(path);
            if (const auto item = review::DocumentReview(db).find(documentId)) {
                result.title = item->documentTitle;
            }
            result.leaders = review::LeaderLine(db).leaders(caseId, user);
        } catch (const std::exception&) {
            // An empty choice: the dialog says that no leader is known.
        }
        return result;
    }));
}

void ReviewSetup::onCandidates()
{
    const Candidates candidates = m_candidates.result();
    widgets::ReviewRequestDialog dialog(candidates.title, candidates.leaders, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.reviewerId().isEmpty()) {
        return;
    }
    const QString path = m_databasePath;
    const QString user = m_userId;
    const QString reviewer = dialog.reviewerId();
    const QString documentId = candidates.documentId;
    m_request.setFuture(QtConcurrent::run([path, user, reviewer, documentId]() -> QString {
        try {
            sqlite::Database db(path);
            review::DocumentReview(db).request(documentId, reviewer, user);
            return {};
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

} // namespace akta::app
