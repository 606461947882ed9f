#pragma once

#include "blobs/BlobStore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUrl;

namespace akta::sqlite {
class Database;
}

namespace akta::widgets {

// Every version of a document (number, date, author, file name, size, text status), each of which can
// be opened (a copy in the temporary folder, shown by the system's viewer) or saved elsewhere. Copies
// are written on a worker thread, all or nothing.
class DocumentVersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        VersionColumn,
        DateColumn,
        AuthorColumn,
        FileColumn,
        SizeColumn,
        TextColumn,
        ColumnCount
    };

    // Asks where to save a version (suggested file name in, path or empty out).
    using SavePathChooser = std::function<QString(const QString& suggestedName)>;
    using Opener = std::function<bool(const QUrl& url)>;

    DocumentVersionsDialog(sqlite::Database& db, blobs::BlobStore blobs, const QString& documentId,
                           QWidget* parent = nullptr);

    // Defaults: a file dialog, and QDesktopServices::openUrl.
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    void setOpener(Opener opener) { m_open = std::move(opener); }
    int versionCount() const;

signals:
    // A copy of a version was written to `path` (and opened, when that was asked for).
    void exported(const QString& path);
    void exportFailed(const QString& message);
    // The same, with the version's content hash and whether it was opened (for the audit log).
    void versionExported(const QString& sha256, const QString& path, bool opened);

private:
    struct Row
    {
        int version = 0;
        QString sha256;
        QString fileName;
    };
    void openSelected();
    void saveSelected();
    void exportVersion(const Row& row, const QString& target, bool openAfter);
    void finishExport();
    int selectedRow() const;

    blobs::BlobStore m_blobs;
    QString m_documentId;
    QList<Row> m_rows;
    QTableWidget* m_table;
    QPushButton* m_openButton;
    QPushButton* m_saveButton;
    QLabel* m_message;
    SavePathChooser m_chooseSavePath;
    Opener m_open;
    QFutureWatcher<QString> m_export; // the error, or empty
    QString m_exportTarget;
    QString m_exportSha256;
    bool m_openAfterExport = false;
};

} // namespace akta::widgets
