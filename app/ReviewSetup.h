#pragma once

#include "directory/Directory.h"

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace akta::store {
class LocalStore;
}

namespace akta::widgets {
class CaseDetailWidget;
class CaseListView;
class ReviewQueueWidget;
} // namespace akta::widgets

namespace akta::app {

class SyncSetup;

// Wires leaders' review into the main window (docs/adr/0013-personnel-review.md): the review queue
// ("Godkendelser") in a dock reached by Ctrl+Shift+G in the Document menu, its count on the dock's
// title and the menu entry, a status bar notice when a sync brings new documents to review,
// "Send for review…" (asks for the leader, then writes on a worker thread), and opening a queued
// document in the case view's preview.
class ReviewSetup final : public QObject
{
    Q_OBJECT

public:
    ReviewSetup(QMainWindow* window, store::LocalStore& store, const QString& userId, SyncSetup* sync,
                widgets::CaseListView* list, widgets::CaseDetailWidget* detail, QMenu* menu);

    widgets::ReviewQueueWidget* queue() const { return m_queue; }
    QDockWidget* dock() const { return m_dock; }

public slots:
    void showQueue();
    // Asks for the leader and sends the document for review.
    void requestReview(const QString& caseId, const QString& documentId);

private:
    struct Candidates
    {
        QString caseId;
        QString documentId;
        QString title;
        QList<directory::User> leaders;
    };
    void onCandidates();
    void showCount(int count);

    QMainWindow* m_window;
    QString m_databasePath;
    QString m_userId;
    SyncSetup* m_sync;
    widgets::CaseListView* m_list;
    widgets::CaseDetailWidget* m_detail;
    widgets::ReviewQueueWidget* m_queue;
    QDockWidget* m_dock;
    QAction* m_action;
    QFutureWatcher<Candidates> m_candidates;
    QFutureWatcher<QString> m_request;
};

} // namespace akta::app
