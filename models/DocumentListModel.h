#pragma once

#include "domain/DocumentRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace akta::models {

// The documents of one case, in akt-nummer order.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        KindColumn,
        DirectionColumn,
        DateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit DocumentListModel(QObject* parent = nullptr);

    void setDocuments(const QList<DocumentRecord>& documents);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DocumentRecord> m_documents;
};

} // namespace akta::models
