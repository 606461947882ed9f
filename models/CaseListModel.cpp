#include "CaseListModel.h"

#include "CaseLabels.h"
#include "cases/CaseListLoader.h"

#include <QLocale>

namespace akta::models {

CaseListModel::CaseListModel(const QString& databasePath, QObject* parent) : QAbstractTableModel(parent)
{
    m_thread.setObjectName(QStringLiteral("case-list-loader"));
    m_loader = new cases::CaseListLoader(databasePath);
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &CaseListModel::requestPage, m_loader, &cases::CaseListLoader::load);
    connect(this, &CaseListModel::requestCount, m_loader, &cases::CaseListLoader::count);
    connect(m_loader, &cases::CaseListLoader::pageLoaded, this, &CaseListModel::onPageLoaded);
    connect(m_loader, &cases::CaseListLoader::counted, this, &CaseListModel::onCounted);
    connect(m_loader, &cases::CaseListLoader::failed, this,
            [this](quint64 generation, const QString& message) {
                if (generation == m_generation) {
                    m_pending = false;
                    emit loadFailed(message);
                }
            });
    m_thread.start();
    reload();
}

CaseListModel::~CaseListModel()
{
    m_thread.quit();
    m_thread.wait();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaseRecord& record = m_rows.at(index.row());
    if (role == IdRole) {
        return record.id;
    }
    if (role == OfflineRole) {
        return m_offline.contains(record.id);
    }
    if (role == Qt::ToolTipRole && index.column() == NumberColumn && m_offline.contains(record.id)) {
        return m_lastSync.isValid()
                   ? tr("Available offline on this computer. Last synchronised %1.")
                         .arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat))
                   : tr("Taken offline, but not synchronised yet.");
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == NumberColumn && record.numberProvisional) {
            return tr("Provisional number until the case has been synchronised with the server");
        }
        if (index.column() == TitleColumn) {
            return record.title;
        }
        if (index.column() == ModifiedColumn) {
            return QLocale().toString(record.modifiedAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return record.numberProvisional ? tr("%1 (provisional)").arg(record.caseNumber) : record.caseNumber;
    case TitleColumn:
        return record.title;
    case PartyColumn:
        return record.primaryPartyName;
    case KleColumn:
        return record.kleSubject;
    case StatusColumn:
        return CaseLabels::status(record.status);
    case CaseworkerColumn:
        return record.caseworkerName;
    case UnitColumn:
        return record.responsibleUnitName;
    case ModifiedColumn:
        return QLocale().toString(record.modifiedAt.toLocalTime().date(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case TitleColumn:
        return tr("Title");
    case PartyColumn:
        return tr("Party");
    case KleColumn:
        return tr("KLE");
    case StatusColumn:
        return tr("Status");
    case CaseworkerColumn:
        return tr("Caseworker");
    case UnitColumn:
        return tr("Unit");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_pending;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent)) {
        requestNextPage();
    }
}

void CaseListModel::requestNextPage()
{
    m_pending = true;
    cases::CaseQuery page = m_query;
    page.offset = int(m_rows.size());
    emit requestPage(m_generation, page);
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    using Sort = cases::CaseQuery::Sort;
    static const Sort byColumn[ColumnCount] = {Sort::CaseNumber, Sort::Title,  Sort::Title,
                                               Sort::KleSubject, Sort::Status, Sort::Caseworker,
                                               Sort::Modified,   Sort::Unit};
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    m_query.sort = byColumn[column];
    m_query.ascending = order == Qt::AscendingOrder;
    reload();
}

void CaseListModel::setFilterText(const QString& text)
{
    if (text != m_query.text) {
        m_query.text = text;
        reload();
    }
}

void CaseListModel::setStatusFilter(const QString& statusWireName)
{
    if (statusWireName != m_query.status) {
        m_query.status = statusWireName;
        reload();
    }
}

void CaseListModel::setPartyFilter(const QString& identifier)
{
    if (identifier != m_query.partyIdentifier) {
        m_query.partyIdentifier = identifier;
        reload();
    }
}

void CaseListModel::setPageSize(int rows)
{
    m_query.limit = qMax(1, rows);
}

void CaseListModel::reload()
{
    ++m_generation; // answers to earlier requests are dropped when they arrive
    m_loader->supersede(m_generation);
    beginResetModel();
    m_rows.clear();
    m_more = true;
    endResetModel();
    requestNextPage();
    emit requestCount(m_generation, m_query);
}

void CaseListModel::onPageLoaded(quint64 generation, int offset, const QList<CaseRecord>& rows, bool more)
{
    if (generation != m_generation) {
        return;
    }
    if (offset != m_rows.size()) {
        m_pending = false; // an answer that no longer fits: ask again from where the rows end
        return;
    }
    // Rows first, state after: a view may call fetchMore() from the insert signals, and must then
    // still see the request as pending rather than ask for this page again.
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    m_more = more;
    m_pending = false;
    if (offset == 0) {
        emit firstPageLoaded();
    }
}

void CaseListModel::onCounted(quint64 generation, qint64 total)
{
    if (generation == m_generation) {
        m_total = total;
        emit totalCountChanged(total);
    }
}

const CaseRecord* CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseListModel::rowOfCase(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void CaseListModel::setOfflineCases(const QSet<QString>& ids, const QDateTime& lastSync)
{
    m_offline = ids;
    m_lastSync = lastSync;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, NumberColumn), index(int(m_rows.size()) - 1, NumberColumn),
                         {OfflineRole, Qt::ToolTipRole});
    }
}

} // namespace akta::models
