#pragma once

#include <QDateTime>

#include "blobs/BlobStore.h"
#include "cases/CaseDetails.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedLayout;
class QTableView;

namespace akta::models {
class DocumentListModel;
}

namespace akta::widgets {

class DocumentPreviewWidget;

// The case view: metadata, parties and documents of one case, read on a worker thread.
class CaseDetailWidget final : public QWidget
{
    Q_OBJECT

public:
    CaseDetailWidget(const QString& databasePath, const blobs::BlobStore& blobs, QWidget* parent = nullptr);

    void showCase(const QString& id);
    void clear();
    QString currentCaseId() const { return m_caseId; }
    models::DocumentListModel* documentModel() const { return m_documentModel; }
    QTableView* documentTable() const { return m_documents; }

    // The document selected in the case's list and shown in the preview beside it.
    QString currentDocumentId() const;
    // Selects the document (once the case's list has it) and previews it, at `findText` if given.
    void showDocument(const QString& documentId, const QString& findText = {});
    DocumentPreviewWidget* preview() const { return m_preview; }
    // Whether the case in view is kept offline, and when the store last synced (invalid: never).
    void setOfflineState(bool offline, const QDateTime& lastSync);
    QString offlineText() const;

signals:
    void caseShown(const QString& id);
    // Files chosen with the button or dropped on the case view, to be journaled into the case.
    void journalRequested(const QString& caseId, const QStringList& files);
    void currentDocumentChanged(const QString& documentId);
    // The "New note" button: write a journal note in the case.
    void noteRequested(const QString& caseId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void present(const std::optional<cases::CaseDetails>& details);
    QLabel* addField(const QString& label, const QString& objectName);
    bool selectDocument(const QString& documentId);

    QString m_databasePath;
    QString m_caseId;
    QFutureWatcher<std::optional<cases::CaseDetails>> m_watcher;
    QStackedLayout* m_stack;
    QLabel* m_placeholder;
    QWidget* m_content;
    QLabel* m_heading;
    QFormLayout* m_form;
    QLabel* m_kle = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_access = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_caseworker = nullptr;
    QLabel* m_retention = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_offline = nullptr;
    QListWidget* m_parties;
    QTableView* m_documents;
    QPushButton* m_addDocuments;
    QPushButton* m_newNote;
    models::DocumentListModel* m_documentModel;
    QSplitter* m_splitter;
    DocumentPreviewWidget* m_preview;
    QString m_pendingDocument; // to select when the case's documents arrive
    QString m_pendingFind;
};

} // namespace akta::widgets
