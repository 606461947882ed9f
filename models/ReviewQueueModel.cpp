#include "ReviewQueueModel.h"

#include "review/DocumentReview.h"
#include "sqlite/Database.h"
#include "util/Ids.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace akta::models {

ReviewQueueModel::ReviewQueueModel(const QString& databasePath, const QString& userId, QObject* parent)
    : QAbstractTableModel(parent), m_databasePath(databasePath), m_userId(userId)
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &ReviewQueueModel::onLoaded);
}

ReviewQueueModel::~ReviewQueueModel()
{
    m_watcher.waitForFinished();
}

void ReviewQueueModel::reload()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const QString path = m_databasePath;
    const QString user = m_userId;
    m_watcher.setFuture(QtConcurrent::run([path, user] {
        Loaded result;
        try {
            sqlite::Database db(path);
            result.items = review::DocumentReview(db).waitingFor(user);
        } catch (const std::exception& error) {
            result.error = QString::fromUtf8(error.what());
        }
        return result;
    }));
}

void ReviewQueueModel::onLoaded()
{
    const Loaded result = m_watcher.result();
    if (!result.error.isEmpty()) {
        emit loadFailed(result.error);
    } else {
        int arrived = 0;
        QSet<QString> seen;
        for (const review::ReviewItem& item : result.items) {
            seen.insert(item.documentId);
            arrived += m_seen.contains(item.documentId) ? 0 : 1;
        }
        beginResetModel();
        m_items = result.items;
        endResetModel();
        m_seen = seen;
        emit loaded(int(m_items.size()));
        if (!m_firstLoad && arrived > 0) {
            emit itemsArrived(arrived);
        }
        m_firstLoad = false;
    }
    if (m_again) {
        m_again = false;
        reload();
    }
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const review::ReviewItem& item = m_items.at(index.row());
    if (role == DocumentIdRole) {
        return item.documentId;
    }
    if (role == CaseIdRole) {
        return item.caseId;
    }
    if (role == Qt::ToolTipRole) {
        return index.column() == CaseColumn ? item.caseTitle : item.documentTitle;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DocumentColumn:
        return item.documentTitle;
    case CaseColumn:
        return item.caseNumber;
    case RequestedByColumn:
        return item.requestedByName.isEmpty() ? item.requestedById : item.requestedByName;
    case RequestedAtColumn: {
        // Today's requests by their time, older ones by their date: a narrow column.
        const QDateTime at = util::fromIso(item.requestedAt).toLocalTime();
        return at.date() == QDate::currentDate() ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                                 : QLocale().toString(at.date(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case CaseColumn:
        return tr("Case");
    case RequestedByColumn:
        return tr("Requested by");
    case RequestedAtColumn:
        return tr("Requested");
    default:
        return {};
    }
}

} // namespace akta::models
