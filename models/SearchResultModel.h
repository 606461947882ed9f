#pragma once

#include "search/SearchResult.h"

#include <QAbstractItemModel>
#include <QList>

namespace akta::models {

// The hits of one search grouped by case: a top-level row per case, in the order of its best hit,
// with that case's document hits below it. A case that was itself a hit (title, number, party)
// carries its snippet on its own row. One column.
class SearchResultModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role
    {
        CaseIdRole = Qt::UserRole + 1,
        DocumentIdRole, // empty on a case row
        CaseNumberRole,
        SnippetRole, // with <mark>...</mark> around matched words
        KindRole,    // case, file, email, note
        DateRole,
        IsCaseRole
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setResult(const search::SearchResult& result);
    void clear();
    const search::SearchResult& result() const { return m_result; }
    int hitCount() const { return int(m_result.hits.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        search::SearchHit caseRow; // the case hit, or the case's details taken from a document hit
        bool caseMatched = false;
        QList<search::SearchHit> documents;
    };

    QVariant hitData(const search::SearchHit& hit, bool isCase, int role) const;

    search::SearchResult m_result;
    QList<Group> m_groups;
};

} // namespace akta::models
