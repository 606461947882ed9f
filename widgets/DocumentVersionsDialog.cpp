#include "DocumentVersionsDialog.h"

#include "DocumentListModel.h"
#include "blobs/BlobStore.h"
#include "directory/Directory.h"
#include "documents/DocumentRepository.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::widgets {

namespace {

// A file name that is safe to create: no folders, no characters Windows refuses.
QString safeFileName(const QString& name)
{
    QString result = QFileInfo(name).fileName();
    for (QChar& c : result) {
        if (QStringLiteral("\\/:*?\"<>|").contains(c) || c.unicode() < 32) {
            c = QLatin1Char('_');
        }
    }
    return result.trimmed().isEmpty() ? QStringLiteral("dokument") : result.trimmed();
}

} // namespace

DocumentVersionsDialog::DocumentVersionsDialog(sqlite::Database& db, blobs::BlobStore blobs,
                                               const QString& documentId, QWidget* parent)
    : QDialog(parent), m_blobs(std::move(blobs)), m_documentId(documentId), m_table(new QTableWidget(this)),
      m_openButton(new QPushButton(tr("&Open"), this)), m_saveButton(new QPushButton(tr("&Save as…"), this)),
      m_message(new QLabel(this)), m_chooseSavePath([this](const QString& suggested) {
          return QFileDialog::getSaveFileName(this, tr("Save version"), suggested);
      }),
      m_open([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("documentVersionsDialog"));
    resize(760, 360);
    documents::DocumentRepository repository(db);
    const auto document = repository.find(documentId);
    setWindowTitle(document ? tr("Versions of %1 %2").arg(document->record.number).arg(document->record.title)
                            : tr("Versions"));

    m_table->setObjectName(QStringLiteral("versionTable"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("Date"), tr("Author"), tr("File name"), tr("Size"), tr("Text")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);

    directory::Directory people(db);
    const QList<documents::DocumentVersion> versions = repository.versions(documentId);
    m_table->setRowCount(int(versions.size()));
    const QLocale locale;
    for (int row = 0; row < versions.size(); ++row) {
        const documents::DocumentVersion& version = versions.at(row);
        m_rows.append({version.version, version.sha256, version.fileName});
        const auto user = version.author.isEmpty() ? std::nullopt : people.user(version.author);
        const auto cell = [this, row](int column, const QString& text, const QString& toolTip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(toolTip);
            m_table->setItem(row, column, item);
        };
        cell(VersionColumn, QString::number(version.version));
        cell(DateColumn, locale.toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
        cell(AuthorColumn, user ? user->fullName : version.author);
        cell(FileColumn, version.fileName, version.mimeType);
        cell(SizeColumn, locale.formattedDataSize(version.size));
        DocumentRecord text;
        text.textStatus = version.textStatus;
        text.textError = version.textError;
        cell(TextColumn, models::DocumentListModel::textLabel(version.textStatus),
             models::DocumentListModel::textToolTip(text));
    }
    if (!versions.isEmpty()) {
        m_table->selectRow(int(versions.size()) - 1); // the newest
    }

    m_openButton->setObjectName(QStringLiteral("openVersionButton"));
    m_openButton->setToolTip(tr("Open a copy of the chosen version (Enter)"));
    m_saveButton->setObjectName(QStringLiteral("saveVersionButton"));
    m_saveButton->setToolTip(tr("Save a copy of the chosen version elsewhere"));
    m_message->setObjectName(QStringLiteral("versionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_openButton, &QPushButton::clicked, this, &DocumentVersionsDialog::openSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentVersionsDialog::saveSelected);
    connect(m_table, &QTableWidget::activated, this, &DocumentVersionsDialog::openSelected);
    connect(&m_export, &QFutureWatcher<QString>::finished, this, &DocumentVersionsDialog::finishExport);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeVersionsButton"));
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_table->setFocus();
}

int DocumentVersionsDialog::versionCount() const
{
    return int(m_rows.size());
}

int DocumentVersionsDialog::selectedRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? row : -1;
}

void DocumentVersionsDialog::openSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_export.isRunning()) {
        return;
    }
    const Row& version = m_rows.at(row);
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .filePath(QStringLiteral("akta-versions/%1-v%2").arg(m_documentId).arg(version.version));
    exportVersion(version, QDir(folder).filePath(safeFileName(version.fileName)), true);
}

void DocumentVersionsDialog::saveSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_export.isRunning()) {
        return;
    }
    const Row& version = m_rows.at(row);
    const QFileInfo name(safeFileName(version.fileName));
    const QString suggested =
        m_rows.size() > 1 ? QStringLiteral("%1 (version %2)%3")
                                .arg(name.completeBaseName())
                                .arg(version.version)
                                .arg(name.suffix().isEmpty() ? QString() : QLatin1Char('.') + name.suffix())
                          : name.fileName();
    const QString target = m_chooseSavePath(suggested);
    if (!target.isEmpty()) {
        exportVersion(version, target, false);
    }
}

void DocumentVersionsDialog::exportVersion(const Row& row, const QString& target, bool openAfter)
{
    m_exportTarget = target;
    m_exportSha256 = row.sha256;
    m_openAfterExport = openAfter;
    m_openButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_message->setText(tr("Copying %1…").arg(QDir::toNativeSeparators(target)));
    m_message->setStyleSheet(QString());
    m_message->show();
    const blobs::BlobStore blobStore = m_blobs;
    const QString sha256 = row.sha256;
    m_export.setFuture(QtConcurrent::run([blobStore, sha256, target]() -> QString {
        try {
            if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
                return QStringLiteral("cannot create the folder %1").arg(QFileInfo(target).absolutePath());
            }
            blobStore.copyTo(sha256, target); // decrypted
            return {};
        } catch (const std::exception& error) {
            return QString::fromUtf8(error.what());
        }
    }));
}

void DocumentVersionsDialog::finishExport()
{
    m_openButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    const QString error = m_export.result();
    if (!error.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        m_message->setText(tr("The version could not be copied: %1").arg(error));
        emit exportFailed(error);
        return;
    }
    if (m_openAfterExport && !m_open(QUrl::fromLocalFile(m_exportTarget))) {
        m_message->setText(tr("No program to open %1 was found; the copy is in %2.")
                               .arg(QFileInfo(m_exportTarget).fileName(),
                                    QDir::toNativeSeparators(QFileInfo(m_exportTarget).absolutePath())));
    } else {
        m_message->setText(m_openAfterExport
                               ? tr("Opened a copy of the version.")
                               : tr("Saved as %1.").arg(QDir::toNativeSeparators(m_exportTarget)));
    }
    emit exported(m_exportTarget);
    emit versionExported(m_exportSha256, m_exportTarget, m_openAfterExport);
}

} // namespace akta::widgets
