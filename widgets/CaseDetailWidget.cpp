#include "CaseDetailWidget.h"

#include "CaseLabels.h"
#include "DocumentListModel.h"
#include "DocumentPreviewWidget.h"
#include "OutlookDrop.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace akta::widgets {

CaseDetailWidget::CaseDetailWidget(const QString& databasePath, const blobs::BlobStore& blobs,
                                   QWidget* parent)
    : QWidget(parent), m_databasePath(databasePath), m_stack(new QStackedLayout(this)),
      m_placeholder(new QLabel(tr("Choose a case in the list, or create one with Ctrl+N."), this)),
      m_content(new QWidget(this)), m_heading(new QLabel(m_content)), m_form(new QFormLayout),
      m_parties(new QListWidget(m_content)), m_documents(new QTableView(m_content)),
      m_addDocuments(new QPushButton(tr("&Add documents…"), m_content)),
      m_newNote(new QPushButton(tr("New &note…"), m_content)),
      m_documentModel(new models::DocumentListModel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_preview(new DocumentPreviewWidget(databasePath, blobs, this))
{
    setObjectName(QStringLiteral("caseDetail"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_heading->setObjectName(QStringLiteral("caseHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_kle = addField(tr("KLE:"), QStringLiteral("caseKle"));
    m_kind = addField(tr("Case type:"), QStringLiteral("caseKind"));
    m_status = addField(tr("Status:"), QStringLiteral("caseStatus"));
    m_access = addField(tr("Access:"), QStringLiteral("caseAccess"));
    m_unit = addField(tr("Unit:"), QStringLiteral("caseUnit"));
    m_caseworker = addField(tr("Caseworker:"), QStringLiteral("caseCaseworker"));
    m_retention = addField(tr("Retention:"), QStringLiteral("caseRetention"));
    m_created = addField(tr("Created:"), QStringLiteral("caseCreated"));
    m_offline = addField(tr("Offline:"), QStringLiteral("caseOffline"));
    m_offline->setText(tr("Not on this computer: documents are fetched when opened"));

    m_parties->setObjectName(QStringLiteral("caseParties"));
    m_parties->setAccessibleName(tr("Parties"));
    m_parties->setMaximumHeight(m_parties->fontMetrics().height() * 6);

    m_documents->setObjectName(QStringLiteral("caseDocuments"));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setModel(m_documentModel);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->verticalHeader()->hide();
    m_documents->setAlternatingRowColors(true);
    m_documents->setWordWrap(false);
    m_documents->verticalHeader()->setDefaultSectionSize(m_documents->fontMetrics().height() + 8);
    m_documents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(models::DocumentListModel::TitleColumn,
                                                          QHeaderView::Stretch);
    m_documents->setColumnWidth(models::DocumentListModel::NumberColumn, 50);

    auto* partiesLabel = new QLabel(tr("&Parties"), m_content);
    partiesLabel->setBuddy(m_parties);
    auto* documentsLabel = new QLabel(tr("&Documents"), m_content);
    documentsLabel->setBuddy(m_documents);
    m_addDocuments->setObjectName(QStringLiteral("addDocumentsButton"));
    m_addDocuments->setToolTip(tr("Journal files and e-mails into this case (or drop them here)"));
    connect(m_addDocuments, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add documents to the case"));
        if (!files.isEmpty() && !m_caseId.isEmpty()) {
            emit journalRequested(m_caseId, files);
        }
    });
    m_newNote->setObjectName(QStringLiteral("newNoteButton"));
    m_newNote->setToolTip(tr("Write a journal note in this case (Ctrl+J)"));
    connect(m_newNote, &QPushButton::clicked, this, [this] {
        if (!m_caseId.isEmpty()) {
            emit noteRequested(m_caseId);
        }
    });
    setAcceptDrops(true);
    auto* documentsRow = new QHBoxLayout;
    documentsRow->addWidget(documentsLabel, 1);
    documentsRow->addWidget(m_newNote);
    documentsRow->addWidget(m_addDocuments);

    auto* layout = new QVBoxLayout(m_content);
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(partiesLabel);
    layout->addWidget(m_parties);
    layout->addLayout(documentsRow);
    layout->addWidget(m_documents, 1);

    // The case on the left, the selected document's preview on the right.
    m_splitter->setObjectName(QStringLiteral("caseDetailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_content);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);
    connect(m_documents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(models::DocumentListModel::IdRole).toString();
                m_preview->showDocument(id);
                emit currentDocumentChanged(id);
            });
    connect(m_preview, &DocumentPreviewWidget::attachmentActivated, this,
            [this](const QString& id) { selectDocument(id); });

    connect(&m_watcher, &QFutureWatcher<std::optional<cases::CaseDetails>>::finished, this,
            [this] { present(m_watcher.result()); });
}

void CaseDetailWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_caseId.isEmpty() &&
        (event->mimeData()->hasUrls() || OutlookDrop::hasVirtualFiles(event->mimeData()))) {
        event->acceptProposedAction();
    }
}

void CaseDetailWidget::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    if (files.isEmpty() && !m_caseId.isEmpty()) {
        // Messages and attachments dragged out of Outlook have no path: saved as files first (Windows).
        QString error;
        files = OutlookDrop::saveVirtualFiles(
            event->mimeData(),
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                .filePath(QStringLiteral("akta-drops/") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
            &error);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Not everything dragged could be read"), error);
        }
    }
    if (!files.isEmpty() && !m_caseId.isEmpty()) {
        event->acceptProposedAction();
        emit journalRequested(m_caseId, files);
    }
}

QLabel* CaseDetailWidget::addField(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void CaseDetailWidget::showCase(const QString& id)
{
    m_caseId = id;
    const QString path = m_databasePath;
    m_watcher.setFuture(QtConcurrent::run([path, id] { return cases::CaseDetails::loadFrom(path, id); }));
}

void CaseDetailWidget::clear()
{
    m_caseId.clear();
    m_documentModel->setDocuments({});
    m_preview->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

QString CaseDetailWidget::currentDocumentId() const
{
    return m_documents->currentIndex().data(models::DocumentListModel::IdRole).toString();
}

void CaseDetailWidget::showDocument(const QString& documentId, const QString& findText)
{
    if (!selectDocument(documentId)) {
        m_pendingDocument = documentId; // the case is still loading
        m_pendingFind = findText;
    }
    m_preview->showDocument(documentId, findText);
}

bool CaseDetailWidget::selectDocument(const QString& documentId)
{
    for (int row = 0; row < m_documentModel->rowCount(); ++row) {
        const QModelIndex index = m_documentModel->index(row, models::DocumentListModel::TitleColumn);
        if (index.data(models::DocumentListModel::IdRole).toString() == documentId) {
            m_documents->setCurrentIndex(index);
            m_documents->scrollTo(index);
            return true;
        }
    }
    return false;
}

void CaseDetailWidget::present(const std::optional<cases::CaseDetails>& details)
{
    if (!details || details->record.id != m_caseId) {
        if (!details) {
            clear();
        }
        return; // a later request is on its way
    }
    const CaseRecord& record = details->record;
    const QString number =
        record.numberProvisional ? tr("%1 (provisional)").arg(record.caseNumber) : record.caseNumber;
    m_heading->setText(QStringLiteral("%1\n%2").arg(number, record.title));
    m_kle->setText(QStringLiteral("%1 %2 · %3").arg(record.kleSubject, details->kleTitle, record.kleFacet));
    m_kind->setText(models::CaseLabels::kind(record.kind));
    m_status->setText(models::CaseLabels::status(record.status));
    m_access->setText(models::CaseLabels::access(record.accessClass));
    m_unit->setText(record.responsibleUnitName);
    m_caseworker->setText(record.caseworkerName);
    QString retention = models::CaseLabels::retention(record.retention);
    const QString deletion = models::CaseLabels::deletion(record.deletion);
    if (!deletion.isEmpty()) {
        retention += QStringLiteral("; ") + deletion;
    }
    if (!record.retentionReason.isEmpty()) {
        retention += QLatin1Char('\n') + tr("Changed by hand: %1").arg(record.retentionReason);
    }
    m_retention->setText(retention);
    m_created->setText(QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat));

    m_parties->clear();
    for (const cases::CaseParty& entry : details->parties) {
        const Party& party = entry.party;
        const QString identifier = party.kind == Party::Kind::Person && party.identifier.size() == 10
                                       ? party.identifier.left(6) + QLatin1Char('-') + party.identifier.mid(6)
                                       : party.identifier;
        QString line = QStringLiteral("%1 (%2)").arg(party.name, identifier);
        if (party.isProtected) {
            line += QStringLiteral(" · ") + tr("name and address protection");
        } else if (!party.street.isEmpty()) {
            line += QStringLiteral(" · %1, %2 %3").arg(party.street, party.postalCode, party.city);
        }
        if (entry.role == QLatin1String("secondary")) {
            line = tr("Secondary party: %1").arg(line);
        }
        m_parties->addItem(line);
    }
    if (details->parties.isEmpty()) {
        m_parties->addItem(tr("No parties (subject case)"));
    }
    m_documentModel->setDocuments(details->documents);
    if (m_stack->currentWidget() != m_splitter) {
        m_stack->setCurrentWidget(m_splitter);
        m_splitter->setSizes({m_splitter->width() * 9 / 20, m_splitter->width() * 11 / 20});
    }
    if (!m_pendingDocument.isEmpty()) {
        const QString pending = std::exchange(m_pendingDocument, {});
        const QString find = std::exchange(m_pendingFind, {});
        if (selectDocument(pending)) {
            m_preview->showDocument(pending, find);
        }
    } else if (m_preview->currentDocumentId().isEmpty() || !selectDocument(m_preview->currentDocumentId())) {
        m_preview->clear();
    }
    emit caseShown(record.id);
}

void CaseDetailWidget::setOfflineState(bool offline, const QDateTime& lastSync)
{
    if (!offline) {
        m_offline->setText(tr("Not on this computer: documents are fetched when opened"));
    } else if (lastSync.isValid()) {
        m_offline->setText(tr("Available offline, with every document. Last synchronised %1")
                               .arg(QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_offline->setText(tr("Taken offline; not synchronised yet"));
    }
}

QString CaseDetailWidget::offlineText() const
{
    return m_offline->text();
}

} // namespace akta::widgets
