#include "AuditLogDialog.h"

#include "AuditLogModel.h"
#include "sqlite/Database.h"
#include "store/LocalStore.h"
#include "sync/AuditOutbox.h"
#include "util/CsvFile.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::widgets {

AuditLogDialog::AuditLogDialog(const QString& storeDirectory, const sync::SyncOptions& account,
                               QWidget* parent)
    : QDialog(parent), m_storeDirectory(storeDirectory), m_account(account),
      m_model(new models::AuditLogModel(this)), m_case(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_show(new QPushButton(tr("S&how"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_chooseSavePath([this](const QString& suggested) {
          return QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                              tr("CSV files (*.csv)"));
      })
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_case->setObjectName(QStringLiteral("auditCaseFilter"));
    m_case->setAccessibleName(tr("Case number"));
    m_case->setPlaceholderText(tr("All cases"));
    m_case->setClearButtonEnabled(true);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("All users"));
    m_user->setClearButtonEnabled(true);
    const QDate today = QDate::currentDate();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(today.addYears(1));
    }
    m_from->setObjectName(QStringLiteral("auditFromDate"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setDate(today.addDays(-30));
    m_to->setObjectName(QStringLiteral("auditToDate"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setDate(today);
    m_show->setObjectName(QStringLiteral("auditShowButton"));
    m_show->setAccessibleName(tr("Show the entries"));
    m_show->setDefault(true);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setAccessibleName(tr("Export the entries as a CSV file"));
    m_export->setEnabled(false);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    const auto addField = [this, filters](const QString& text, QWidget* field, int stretch) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    addField(tr("Ca&se:"), m_case, 2);
    addField(tr("&User:"), m_user, 1);
    addField(tr("&From:"), m_from, 0);
    addField(tr("&To:"), m_to, 0);
    filters->addWidget(m_show);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("auditButtons"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("auditCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    const QList<QWidget*> order{m_case, m_user, m_from, m_to, m_show, m_table, m_export};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    resize(1100, 600);

    connect(m_show, &QPushButton::clicked, this, &AuditLogDialog::refresh);
    connect(m_case, &QLineEdit::returnPressed, this, &AuditLogDialog::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditLogDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(m_model, &models::AuditLogModel::fetchingChanged, this, &AuditLogDialog::setBusy);
    connect(m_model, &models::AuditLogModel::fetched, this, [this](int count) {
        showStatus(count == 0 ? tr("No entries match.") : tr("%n entries.", nullptr, count));
        m_export->setEnabled(count > 0);
        m_table->resizeColumnsToContents();
    });
    connect(m_model, &models::AuditLogModel::fetchFailed, this, [this](const QString& message) {
        showStatus(tr("The audit log could not be read: %1").arg(message), true);
    });
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, &AuditLogDialog::finishExport);
}

void AuditLogDialog::refresh()
{
    sync::AuditFilter filter;
    filter.caseNumber = m_case->text().trimmed();
    filter.user = m_user->text().trimmed();
    filter.from = m_from->date();
    filter.to = m_to->date();
    if (filter.from > filter.to) {
        showStatus(tr("The period ends before it begins."), true);
        return;
    }
    showStatus(tr("Reading the audit log from the server…"));
    m_model->fetch(m_storeDirectory, m_account, filter);
}

void AuditLogDialog::setBusy(bool busy)
{
    m_show->setEnabled(!busy);
    m_export->setEnabled(!busy && m_model->rowCount() > 0 && !m_exportWatcher.isRunning());
}

void AuditLogDialog::showStatus(const QString& text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_status->setText(text);
}

void AuditLogDialog::exportCsv()
{
    const QString suggested = tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = m_chooseSavePath(QDir::home().filePath(suggested));
    if (path.isEmpty()) {
        return;
    }
    m_exportPath = path;
    m_export->setEnabled(false);
    showStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const QList<QStringList> rows = m_model->tableText();
    const QString database = store::LocalStore::databasePathFor(m_storeDirectory);
    sync::ExportEvent event;
    event.kind = sync::ExportEvent::Kind::AuditCsv;
    event.caseId = m_model->entries().isEmpty() || m_case->text().trimmed().isEmpty()
                       ? QString()
                       : m_model->entries().first().caseId;
    event.fileName = QFileInfo(path).fileName();
    event.entries = rows.size() - 1;
    m_exportWatcher.setFuture(QtConcurrent::run([path, rows, database, event]() -> QString {
        const QString error = util::CsvFile::write(path, rows);
        if (!error.isEmpty()) {
            return error;
        }
        try {
            sqlite::Database db(database);
            sync::AuditOutbox(db).append(event, QSysInfo::machineHostName());
        } catch (const std::exception& failure) {
            return QString::fromUtf8(failure.what());
        }
        return {};
    }));
}

void AuditLogDialog::finishExport()
{
    m_export->setEnabled(m_model->rowCount() > 0);
    const QString error = m_exportWatcher.result();
    if (!error.isEmpty()) {
        showStatus(tr("The audit log could not be exported: %1").arg(error), true);
        return;
    }
    showStatus(tr("Exported %n entries to %1.", nullptr, int(m_model->rowCount()))
                   .arg(QDir::toNativeSeparators(m_exportPath)));
    emit exported(m_exportPath);
}

} // namespace akta::widgets
