#pragma once

#include "cases/CaseQuery.h"
#include "domain/CaseRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QThread>

namespace akta::cases {
class CaseListLoader;
}

namespace akta::models {

// The case list: loads pages of cases from a worker thread as the view scrolls
// (canFetchMore/fetchMore), sorts and filters in the database, and never blocks the GUI thread.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseListModel)

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        PartyColumn,
        KleColumn,
        StatusColumn,
        CaseworkerColumn,
        ModifiedColumn,
        UnitColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OfflineRole // bool: the case is kept on this computer (taken offline)
    };

    explicit CaseListModel(const QString& databasePath, QObject* parent = nullptr);
    ~CaseListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilterText(const QString& text);
    void setStatusFilter(const QString& statusWireName);
    // Only the cases where the person or company (CPR/CVR, 10 or 8 digits) is a party.
    void setPartyFilter(const QString& identifier);
    // Starts over from the first page (after a case was created, say).
    void reload();

    const CaseRecord* caseAt(int row) const;
    int rowOfCase(const QString& id) const;
    bool isLoading() const { return m_pending; }
    qint64 totalCount() const { return m_total; }
    int pageSize() const { return m_query.limit; }
    void setPageSize(int rows);
    // The cases taken offline and when the store last synced (shown in the tooltip of the mark).
    void setOfflineCases(const QSet<QString>& ids, const QDateTime& lastSync);
    bool isOffline(const QString& id) const { return m_offline.contains(id); }

signals:
    // The first page of a (re)load has arrived.
    void firstPageLoaded();
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

    // To the loader thread.
    void requestPage(quint64 generation, const akta::cases::CaseQuery& query);
    void requestCount(quint64 generation, const akta::cases::CaseQuery& query);

private:
    void onPageLoaded(quint64 generation, int offset, const QList<akta::CaseRecord>& rows, bool more);
    void onCounted(quint64 generation, qint64 total);
    void requestNextPage();

    QThread m_thread;
    cases::CaseListLoader* m_loader = nullptr;
    cases::CaseQuery m_query;
    QList<CaseRecord> m_rows;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_more = true;
    qint64 m_total = -1;
    QSet<QString> m_offline;
    QDateTime m_lastSync;
};

} // namespace akta::models
