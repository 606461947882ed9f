#include "SearchResultModel.h"

#include <QHash>
#include <QLocale>

namespace akta::models {

namespace {
// Top-level rows have internal id 0; a document row has its group's row + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractItemModel(parent) {}

void SearchResultModel::setResult(const search::SearchResult& result)
{
    beginResetModel();
    m_result = result;
    m_groups.clear();
    QHash<QString, qsizetype> groupOf;
    for (const search::SearchHit& hit : result.hits) {
        auto found = groupOf.constFind(hit.caseId);
        qsizetype at = 0;
        if (found == groupOf.cend()) {
            at = m_groups.size();
            groupOf.insert(hit.caseId, at);
            Group group;
            group.caseRow = hit;
            group.caseRow.documentId.clear();
            group.caseRow.title = hit.caseTitle;
            group.caseRow.snippet.clear();
            group.caseRow.kind = QStringLiteral("case");
            m_groups.append(group);
        } else {
            at = *found;
        }
        Group& group = m_groups[at];
        if (hit.documentId.isEmpty()) {
            group.caseRow = hit;
            group.caseMatched = true;
        } else {
            group.documents.append(hit);
        }
    }
    endResetModel();
}

void SearchResultModel::clear()
{
    setResult({});
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_groups.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    }
    if (parent.internalId() != kTopLevel || parent.row() >= m_groups.size()) {
        return {};
    }
    return row < m_groups.at(parent.row()).documents.size() ? createIndex(row, 0, quintptr(parent.row()) + 1)
                                                            : QModelIndex();
}

QModelIndex SearchResultModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() >= m_groups.size()) {
        return 0;
    }
    return int(m_groups.at(parent.row()).documents.size());
}

int SearchResultModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == kTopLevel) {
        return hitData(m_groups.at(index.row()).caseRow, true, role);
    }
    return hitData(m_groups.at(int(index.internalId() - 1)).documents.at(index.row()), false, role);
}

QVariant SearchResultModel::hitData(const search::SearchHit& hit, bool isCase, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return isCase ? QStringLiteral("%1  %2").arg(hit.caseNumber, hit.title) : hit.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return isCase
                   ? tr("Case %1: %2").arg(hit.caseNumber, hit.title)
                   : tr("Document %1, %2").arg(hit.title, QLocale().toString(hit.date, QLocale::ShortFormat));
    case CaseIdRole:
        return hit.caseId;
    case DocumentIdRole:
        return hit.documentId;
    case CaseNumberRole:
        return hit.caseNumber;
    case SnippetRole:
        return hit.snippet;
    case KindRole:
        return hit.kind;
    case DateRole:
        return hit.date;
    case IsCaseRole:
        return isCase;
    default:
        return {};
    }
}

} // namespace akta::models
