#include "KleFilterProxyModel.h"

#include "KleTreeModel.h"

#include <QRegularExpression>

namespace akta::models {

KleFilterProxyModel::KleFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void KleFilterProxyModel::setFilterWords(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;:]+"));
    m_text = text.trimmed().toCaseFolded();
    m_words = m_text.split(separators, Qt::SkipEmptyParts);
    invalidateFilter();
}

void KleFilterProxyModel::setShowRetired(bool show)
{
    m_showRetired = show;
    invalidateFilter();
}

bool KleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showRetired && index.data(KleTreeModel::RetiredRole).toBool()) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    if (index.data(KleTreeModel::NumberRole).toString().startsWith(m_text)) {
        return true;
    }
    const QString haystack = index.data(KleTreeModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace akta::models
