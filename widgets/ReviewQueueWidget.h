#pragma once

#include "review/ReviewItem.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace akta::models {
class ReviewQueueModel;
}

namespace akta::widgets {

// The leader's review queue ("Godkendelser"): the documents that wait for the user's decision, a
// comment, and Approve / Reject. Open (or a double click) shows the document in the preview. The
// decision is written on a worker thread (row and outbox operation together) and the queue reloads.
class ReviewQueueWidget final : public QWidget
{
    Q_OBJECT

public:
    ReviewQueueWidget(const QString& databasePath, const QString& userId, QWidget* parent = nullptr);
    ~ReviewQueueWidget() override;

    models::ReviewQueueModel* model() const { return m_model; }

public slots:
    void reload();
    void approve() { decide(true); }
    void reject() { decide(false); }
    void openCurrent();

signals:
    void openDocumentRequested(const QString& caseId, const QString& documentId);
    // A decision was stored (and waits in the outbox).
    void decided(const QString& documentId, bool approved);
    void decisionFailed(const QString& message);

private:
    struct Outcome
    {
        QString documentId;
        bool approved = false;
        QString error;
    };
    void decide(bool approve);
    void onDecided();
    void updateState();
    int currentRow() const;

    QString m_databasePath;
    QString m_userId;
    models::ReviewQueueModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QPlainTextEdit* m_comment;
    QPushButton* m_open;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_message;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace akta::widgets
