#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

namespace akta::store {
class LocalStore;
}
namespace akta::extraction {
class ExtractionQueue;
}
namespace akta::widgets {
class CaseDetailWidget;
}

namespace akta::app {

// The Document menu of the main window: a new journal note (Ctrl+J), properties (Alt+Return), rename
// (F2), versions and a new version from a file, acting on the case and document chosen in the case view.
// Documents written here leave their text to the extraction queue.
class DocumentActions final : public QObject
{
    Q_OBJECT

public:
    DocumentActions(store::LocalStore& store, QString userId, widgets::CaseDetailWidget* detail,
                    extraction::ExtractionQueue* extraction, QMainWindow* window);

    void addTo(QMenu* menu);
    // Enabled once a case is shown.
    void setEnabled(bool enabled);

public slots:
    void newJournalNote();
    void showProperties(bool rename = false);
    void showVersions();
    void addVersion();

signals:
    // A version was saved elsewhere or opened in a program (for the audit log).
    void versionExported(const QString& documentId, const QString& sha256, const QString& path, bool opened);
    // "Send for review…" on the document chosen in the case view (ReviewSetup asks for the leader).
    void reviewRequested(const QString& caseId, const QString& documentId);

protected:
    // F2 on the document list: the list itself takes F2 as "edit" before a window shortcut sees it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The document chosen in the case view's list, or empty (with a hint in the status bar).
    QString currentDocumentId();
    void refreshCase(const QString& caseId);

    store::LocalStore& m_store;
    QString m_userId;
    widgets::CaseDetailWidget* m_detail;
    extraction::ExtractionQueue* m_extraction;
    QMainWindow* m_window;
    QList<QAction*> m_actions;
};

} // namespace akta::app
