#pragma once

#include "sync/SyncOptions.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace akta::models {
class AuditLogModel;
}

namespace akta::widgets {

// "Revisionslog": the server's audit log for the cases in a leader's or the data protection
// officer's area, filtered by case number, user and period, in a table; exported as a CSV file
// that Danish Excel opens (AuditLogModel fetches on its own thread; the file is written on a
// worker thread, all or nothing, and the export is queued for the audit log at the next sync).
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;

    AuditLogDialog(const QString& storeDirectory, const sync::SyncOptions& account,
                   QWidget* parent = nullptr);

    // Default: a file dialog.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    models::AuditLogModel* model() const { return m_model; }

public slots:
    void refresh();
    void exportCsv();

signals:
    // The CSV file was written (and its export queued for the server's audit log).
    void exported(const QString& path);

private:
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error = false);
    void finishExport();

    QString m_storeDirectory;
    sync::SyncOptions m_account;
    models::AuditLogModel* m_model;
    QLineEdit* m_case;
    QLineEdit* m_user;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_show;
    QPushButton* m_export;
    QTableView* m_table;
    QLabel* m_status;
    SavePathChooser m_chooseSavePath;
    QFutureWatcher<QString> m_exportWatcher; // the error, or empty
    QString m_exportPath;
};

} // namespace akta::widgets
