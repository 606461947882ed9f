#include "AuditLogModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>

#include <exception>
#include <memory>

namespace akta::models {

AuditLogModel::AuditLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditLogModel::fetch(const QString& storeDirectory, const sync::SyncOptions& account,
                          const sync::AuditFilter& filter)
{
    const quint64 generation = ++m_generation;
    struct Outcome
    {
        sync::AuditEntries entries;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread* thread = QThread::create([outcome, storeDirectory, account, filter] {
        try {
            outcome->entries = sync::AuditQuery(storeDirectory).fetch(account, filter);
        } catch (const std::exception& error) {
            outcome->error = QString::fromUtf8(error.what());
        }
    });
    // No parent: a model closed while the server is still answering does not wait for it.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, outcome, generation] {
        if (generation != m_generation) {
            return; // a later fetch is running
        }
        m_fetching = false;
        emit fetchingChanged(false);
        if (!outcome->error.isEmpty()) {
            emit fetchFailed(outcome->error);
            return;
        }
        setEntries(outcome->entries);
        emit fetched(int(m_entries.size()));
    });
    m_fetching = true;
    emit fetchingChanged(true);
    thread->start();
}

void AuditLogModel::setEntries(const sync::AuditEntries& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString AuditLogModel::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("read_case"), QT_TR_NOOP("Read the case")},
        {QStringLiteral("read_blob"), QT_TR_NOOP("Read document content")},
        {QStringLiteral("read_blob_denied"), QT_TR_NOOP("Refused: document content")},
        {QStringLiteral("write"), QT_TR_NOOP("Changed")},
        {QStringLiteral("search"), QT_TR_NOOP("Searched")},
        {QStringLiteral("grant_add"), QT_TR_NOOP("Access given")},
        {QStringLiteral("grant_end"), QT_TR_NOOP("Access ended")},
        {QStringLiteral("audit_list"), QT_TR_NOOP("Read the audit log")},
        {QStringLiteral("export_save"), QT_TR_NOOP("Saved a copy")},
        {QStringLiteral("export_open"), QT_TR_NOOP("Opened in a program")},
        {QStringLiteral("export_csv"), QT_TR_NOOP("Exported the audit log")},
        {QStringLiteral("report_refused"), QT_TR_NOOP("Refused: export report")},
        {QStringLiteral("review_request"), QT_TR_NOOP("Sent for review")},
        {QStringLiteral("review_approve"), QT_TR_NOOP("Approved")},
        {QStringLiteral("review_reject"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("review_withdraw"), QT_TR_NOOP("Review withdrawn")}};
    const char* label = labels.value(action);
    return label ? tr(label) : action;
}

QString AuditLogModel::detailText(const QJsonObject& detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray()) {
                items << item.toVariant().toString();
            }
            value = items.join(QStringLiteral(", "));
        } else {
            value = it.value().toVariant().toString();
        }
        if (!value.isEmpty()) {
            parts << it.key() + QStringLiteral(": ") + value;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditLogModel::localTime(const QString& isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : isoUtc;
}

QString AuditLogModel::text(const sync::AuditEntry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return localTime(entry.time);
    case UserColumn:
        return entry.user;
    case ActionColumn:
        return actionLabel(entry.action);
    case CaseColumn:
        return entry.caseNumber;
    case DocumentColumn:
        return entry.document.isEmpty() && entry.entity != QLatin1String("case") ? entry.entityId
                                                                                 : entry.document;
    case DetailColumn:
        return detailText(entry.detail);
    default:
        return {};
    }
}

QList<QStringList> AuditLogModel::tableText() const
{
    QList<QStringList> rows;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column) {
        header << headerData(column, Qt::Horizontal).toString();
    }
    rows << header;
    for (const sync::AuditEntry& entry : m_entries) {
        QStringList row;
        for (int column = 0; column < ColumnCount; ++column) {
            row << text(entry, column);
        }
        rows << row;
    }
    return rows;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const sync::AuditEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(entry, index.column());
    case ActionRole:
        return entry.action;
    case CaseIdRole:
        return entry.caseId;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case CaseColumn:
        return tr("Case");
    case DocumentColumn:
        return tr("Document");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace akta::models
