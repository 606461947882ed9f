#include "DocumentPropertiesDialog.h"

#include "CaseLabels.h"
#include "cases/CaseRepository.h"
#include "directory/Directory.h"
#include "documents/DocumentJournal.h"
#include "documents/DocumentLifecycle.h"
#include "documents/DocumentRepository.h"
#include "sqlite/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <exception>

namespace akta::widgets {

namespace {

const char* const kAccessClasses[] = {"normal", "confidential", "personnel"};

QString accessLabel(const QString& wireName)
{
    const auto access = accessClassFromWireName(wireName);
    return access ? models::CaseLabels::access(*access) : wireName;
}

} // namespace

DocumentPropertiesDialog::DocumentPropertiesDialog(sqlite::Database& db, const QString& documentId,
                                                   const QString& actorId, QWidget* parent)
    : QDialog(parent), m_db(db), m_documentId(documentId), m_actorId(actorId), m_number(new QLabel(this)),
      m_status(new QLabel(this)), m_file(new QLabel(this)), m_title(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_direction(new QComboBox(this)), m_sender(new QLineEdit(this)),
      m_recipients(new QLineEdit(this)), m_parties(new QListWidget(this)), m_access(new QComboBox(this)),
      m_journalize(
          new QCheckBox(tr("&Journalize the document (it can then no longer be changed in place)"), this)),
      m_history(new QListWidget(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("documentPropertiesDialog"));
    setWindowTitle(tr("Document properties"));
    resize(620, 640);

    m_number->setObjectName(QStringLiteral("docNumber"));
    m_status->setObjectName(QStringLiteral("docStatus"));
    m_file->setObjectName(QStringLiteral("docFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("docTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(500);
    m_date->setObjectName(QStringLiteral("docDate"));
    m_date->setAccessibleName(tr("Document date"));
    m_date->setCalendarPopup(true);
    m_direction->setObjectName(QStringLiteral("docDirection"));
    m_direction->setAccessibleName(tr("Direction"));
    for (const char* direction : {"incoming", "outgoing", "internal"}) {
        const QString wire = QString::fromLatin1(direction);
        m_direction->addItem(models::CaseLabels::direction(wire), wire);
    }
    m_sender->setObjectName(QStringLiteral("docSender"));
    m_sender->setAccessibleName(tr("Sender"));
    m_recipients->setObjectName(QStringLiteral("docRecipients"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_parties->setObjectName(QStringLiteral("docParties"));
    m_parties->setAccessibleName(tr("Parties the document concerns"));
    m_parties->setMaximumHeight(m_parties->fontMetrics().height() * 5);
    m_access->setObjectName(QStringLiteral("docAccess"));
    m_access->setAccessibleName(tr("Access"));
    for (const char* access : kAccessClasses) {
        const QString wire = QString::fromLatin1(access);
        m_access->addItem(accessLabel(wire), wire);
    }
    m_journalize->setObjectName(QStringLiteral("docJournalize"));
    m_journalize->setAccessibleName(tr("Journalize the document"));
    m_history->setObjectName(QStringLiteral("docHistory"));
    m_history->setAccessibleName(tr("Changes"));
    m_error->setObjectName(QStringLiteral("docError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* propose = new QToolButton(this);
    propose->setObjectName(QStringLiteral("docProposeTitle"));
    propose->setText(tr("&Propose"));
    propose->setAccessibleName(tr("Propose a title"));
    propose->setToolTip(tr("Use the e-mail subject or the file name as the title"));
    connect(propose, &QToolButton::clicked, this, [this] {
        m_title->setText(m_proposedTitle);
        m_title->setFocus();
    });

    auto* save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("docSaveButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("docCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DocumentPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DocumentPropertiesDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &DocumentPropertiesDialog::updateSaveButton);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(propose);
    auto* form = new QFormLayout;
    form->addRow(tr("Akt no.:"), m_number);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("File:"), m_file);
    const auto addRow = [this, form](const QString& label, QWidget* buddy, QLayout* field = nullptr) {
        auto* text = new QLabel(label, this);
        text->setBuddy(buddy);
        if (field) {
            form->addRow(text, field);
        } else {
            form->addRow(text, buddy);
        }
    };
    addRow(tr("&Title:"), m_title, titleRow);
    addRow(tr("&Date:"), m_date);
    addRow(tr("D&irection:"), m_direction);
    addRow(tr("Se&nder:"), m_sender);
    addRow(tr("&Recipients:"), m_recipients);
    addRow(tr("P&arties:"), m_parties);
    addRow(tr("A&ccess:"), m_access);
    auto* historyLabel = new QLabel(tr("C&hanges since journaling:"), this);
    historyLabel->setBuddy(m_history);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_journalize);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load();
}

void DocumentPropertiesDialog::load()
{
    const auto document = documents::DocumentRepository(m_db).find(m_documentId);
    if (!document) {
        m_error->setText(tr("The document no longer exists."));
        m_error->show();
        updateSaveButton();
        return;
    }
    m_valid = true;
    const DocumentRecord& record = document->record;
    const documents::DocumentMetadata metadata = documents::DocumentLifecycle(m_db).metadata(m_documentId);
    const bool draft = record.status == QLatin1String("draft");
    m_proposedTitle = document->subject.isEmpty()
                          ? documents::DocumentJournal::titleFromFileName(record.fileName)
                          : document->subject;
    m_number->setText(QString::number(record.number));
    m_status->setText(draft ? tr("Draft (kladde): changed in place")
                            : tr("Journaled: the content is kept unchanged; changes here are recorded"));
    m_file->setText(tr("%1 · %n version(s)", nullptr, record.versions).arg(record.fileName));
    m_title->setText(metadata.title);
    m_date->setDate(metadata.documentDate.isValid() ? metadata.documentDate : QDate::currentDate());
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(metadata.direction)));
    m_sender->setText(metadata.sender);
    m_recipients->setText(metadata.recipients);
    m_access->setCurrentIndex(qMax(0, m_access->findData(metadata.accessClass)));
    m_journalize->setVisible(draft);

    for (const cases::CaseParty& entry : cases::CaseRepository(m_db).parties(record.caseId)) {
        auto* item = new QListWidgetItem(entry.party.name, m_parties);
        item->setData(Qt::UserRole, entry.party.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(metadata.partyIds.contains(entry.party.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_parties->count() == 0) {
        auto* item = new QListWidgetItem(tr("The case has no parties"), m_parties);
        item->setFlags(Qt::NoItemFlags);
    }
    loadHistory();
    updateSaveButton();
}

QString DocumentPropertiesDialog::userName(const QString& userId)
{
    if (userId.isEmpty()) {
        return tr("unknown");
    }
    const auto user = directory::Directory(m_db).user(userId);
    return user && !user->fullName.isEmpty() ? user->fullName : userId;
}

void DocumentPropertiesDialog::loadHistory()
{
    m_history->clear();
    QHash<QString, QString> partyNames;
    for (int row = 0; row < m_parties->count(); ++row) {
        partyNames.insert(m_parties->item(row)->data(Qt::UserRole).toString(), m_parties->item(row)->text());
    }
    const auto display = [&partyNames](const QString& field, const QString& value) -> QString {
        if (value.isEmpty()) {
            return tr("(none)");
        }
        if (field == QLatin1String("direction")) {
            return models::CaseLabels::direction(value);
        }
        if (field == QLatin1String("accessClass")) {
            return accessLabel(value);
        }
        if (field == QLatin1String("status")) {
            return value == QLatin1String("draft") ? tr("Draft") : tr("Journaled");
        }
        if (field == QLatin1String("parties")) {
            QStringList names;
            for (const QString& id : value.split(QStringLiteral(", "))) {
                names.append(partyNames.value(id, id));
            }
            return names.join(QStringLiteral(", "));
        }
        return value;
    };
    const QHash<QString, QString> fieldNames{
        {QStringLiteral("title"), tr("Title")},           {QStringLiteral("documentDate"), tr("Date")},
        {QStringLiteral("direction"), tr("Direction")},   {QStringLiteral("sender"), tr("Sender")},
        {QStringLiteral("recipients"), tr("Recipients")}, {QStringLiteral("parties"), tr("Parties")},
        {QStringLiteral("accessClass"), tr("Access")},    {QStringLiteral("status"), tr("Status")}};
    const QList<documents::DocumentChange> history = documents::DocumentLifecycle(m_db).history(m_documentId);
    for (const documents::DocumentChange& change : history) {
        m_history->addItem(tr("%1, %2: %3 changed from “%4” to “%5”")
                               .arg(QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat),
                                    userName(change.actor), fieldNames.value(change.field, change.field),
                                    display(change.field, change.oldValue),
                                    display(change.field, change.newValue)));
    }
    if (history.isEmpty()) {
        m_history->addItem(tr("No changes"));
    }
}

void DocumentPropertiesDialog::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

void DocumentPropertiesDialog::updateSaveButton()
{
    m_buttons->buttons().constFirst()->setEnabled(m_valid && !m_title->text().simplified().isEmpty());
}

void DocumentPropertiesDialog::accept()
{
    if (!m_valid) {
        return;
    }
    documents::DocumentMetadata metadata;
    metadata.title = m_title->text();
    metadata.documentDate = m_date->date();
    metadata.direction = m_direction->currentData().toString();
    metadata.sender = m_sender->text();
    metadata.recipients = m_recipients->text();
    metadata.accessClass = m_access->currentData().toString();
    for (int row = 0; row < m_parties->count(); ++row) {
        const QListWidgetItem* item = m_parties->item(row);
        if (item->checkState() == Qt::Checked) {
            metadata.partyIds.append(item->data(Qt::UserRole).toString());
        }
    }
    try {
        // Both or neither: a failed journalize does not leave half the change behind.
        sqlite::Transaction transaction(m_db);
        documents::DocumentLifecycle lifecycle(m_db);
        lifecycle.updateMetadata(m_documentId, metadata, m_actorId);
        if (m_journalize->isVisible() && m_journalize->isChecked()) {
            lifecycle.journalize(m_documentId, m_actorId);
        }
        transaction.commit();
    } catch (const std::exception& error) {
        m_error->setText(tr("The changes were not saved: %1").arg(QString::fromUtf8(error.what())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace akta::widgets
