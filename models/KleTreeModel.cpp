#include "KleTreeModel.h"

namespace akta::models {

KleTreeModel::KleTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void KleTreeModel::setPlan(const QList<kle::KleEntry>& entries, const QHash<QString, QString>& searchText)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byNumber.clear();
    // Parents before children: sort by level, then number.
    QList<kle::KleEntry> sorted = entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const kle::KleEntry& a, const kle::KleEntry& b) {
        return a.level != b.level ? a.level < b.level : a.number < b.number;
    });
    for (const kle::KleEntry& entry : std::as_const(sorted)) {
        Node node;
        node.entry = entry;
        node.searchText = (entry.number + QLatin1Char(' ') + entry.title + QLatin1Char(' ') +
                           searchText.value(entry.number))
                              .toCaseFolded();
        const int id = int(m_nodes.size());
        const auto parentIt = m_byNumber.constFind(entry.parent);
        if (entry.level > 1 && parentIt != m_byNumber.constEnd()) {
            node.parent = *parentIt;
            node.row = int(m_nodes[*parentIt].children.size());
            m_nodes[*parentIt].children.append(id);
        } else {
            node.row = int(m_roots.size());
            m_roots.append(id);
        }
        m_byNumber.insert(entry.number, id);
        m_nodes.append(node);
    }
    endResetModel();
}

const KleTreeModel::Node* KleTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return nullptr;
    }
    const auto id = index.internalId();
    return id < quintptr(m_nodes.size()) ? &m_nodes.at(qsizetype(id)) : nullptr;
}

QModelIndex KleTreeModel::indexOf(const QString& number) const
{
    const auto it = m_byNumber.constFind(number);
    if (it == m_byNumber.constEnd()) {
        return {};
    }
    return createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

QModelIndex KleTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    const QList<int>& children = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (row >= children.size()) {
        return {};
    }
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex KleTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent < 0) {
        return {};
    }
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int KleTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_roots.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    const Node* node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int KleTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant KleTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node) {
        return {};
    }
    const kle::KleEntry& entry = node->entry;
    switch (role) {
    case Qt::DisplayRole:
        return entry.isRetired() ? tr("%1 %2 (retired)").arg(entry.number, entry.title)
                                 : QStringLiteral("%1 %2").arg(entry.number, entry.title);
    case Qt::ToolTipRole:
        return entry.title;
    case NumberRole:
        return entry.number;
    case TitleRole:
        return entry.title;
    case LevelRole:
        return entry.level;
    case RetiredRole:
        return entry.isRetired();
    case SearchTextRole:
        return node->searchText;
    default:
        return {};
    }
}

} // namespace akta::models
