#pragma once

#include "review/ReviewItem.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>
#include <QSet>

namespace akta::models {

// The documents that wait for the current user's review (the leader's "Godkendelser"), oldest
// request first: document, case number, requested by, requested at. reload() reads the store on a
// worker thread; the rows change when the read is done. After the first load, itemsArrived() tells
// how many documents are new since the load before.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column
    {
        DocumentColumn,
        CaseColumn,
        RequestedByColumn,
        RequestedAtColumn,
        ColumnCount
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1,
        CaseIdRole
    };

    ReviewQueueModel(const QString& databasePath, const QString& userId, QObject* parent = nullptr);
    ~ReviewQueueModel() override;

    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }
    review::ReviewItem item(int row) const { return m_items.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(int count);
    void loadFailed(const QString& message);
    // New documents wait since the previous load (not sent for the first load).
    void itemsArrived(int count);

private:
    struct Loaded
    {
        QList<review::ReviewItem> items;
        QString error;
    };
    void onLoaded();

    QString m_databasePath;
    QString m_userId;
    QList<review::ReviewItem> m_items;
    QSet<QString> m_seen;
    bool m_firstLoad = true;
    bool m_again = false;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace akta::models
