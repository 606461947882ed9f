#pragma once

#include "kle/KleEntry.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace akta::models {

// The KLE plan as a tree: hovedgruppe → gruppe → emne. Each node can carry search text (its title
// and stikord, case-folded) for KleFilterProxyModel.
class KleTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KleTreeModel)

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        TitleRole,
        LevelRole,
        RetiredRole,
        SearchTextRole
    };

    explicit KleTreeModel(QObject* parent = nullptr);

    // `searchText` maps a number to extra words to match (stikord, keywords).
    void setPlan(const QList<kle::KleEntry>& entries, const QHash<QString, QString>& searchText = {});
    QModelIndex indexOf(const QString& number) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        kle::KleEntry entry;
        QString searchText;
        int parent = -1; // index into m_nodes, -1 for the root's children
        int row = 0;
        QList<int> children;
    };

    const Node* nodeOf(const QModelIndex& index) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byNumber;
};

} // namespace akta::models
