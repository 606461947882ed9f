#pragma once

#include "sync/AuditQuery.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace akta::models {

// The server's audit log as a table (time, user, action, case, document, detail), newest first.
// fetch() asks the server on a thread of its own (sync::AuditQuery) and the rows are replaced when
// the answer is back, so the GUI thread never waits on the network; a fetch started later wins
// over one still running.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        ActionColumn,
        CaseColumn,
        DocumentColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // the action's wire name, e.g. read_blob
        CaseIdRole
    };

    explicit AuditLogModel(QObject* parent = nullptr);

    void fetch(const QString& storeDirectory, const sync::SyncOptions& account,
               const sync::AuditFilter& filter);
    void setEntries(const sync::AuditEntries& entries);
    const sync::AuditEntries& entries() const { return m_entries; }
    bool isFetching() const { return m_fetching; }

    // The header and every row as shown, for a CSV export.
    QList<QStringList> tableText() const;

    static QString actionLabel(const QString& action);
    static QString detailText(const QJsonObject& detail);
    static QString localTime(const QString& isoUtc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void fetchingChanged(bool fetching);
    void fetched(int count);
    void fetchFailed(const QString& message);

private:
    QString text(const sync::AuditEntry& entry, int column) const;

    sync::AuditEntries m_entries;
    quint64 m_generation = 0;
    bool m_fetching = false;
};

} // namespace akta::models
