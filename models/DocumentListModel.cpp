#include "DocumentListModel.h"

#include "CaseLabels.h"

#include <QLocale>

namespace akta::models {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setDocuments(const QList<DocumentRecord>& documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DocumentRecord& document = m_documents.at(index.row());
    if (role == IdRole) {
        return document.id;
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        return document.fileName;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return document.number;
    case TitleColumn:
        return document.title;
    case KindColumn:
        return CaseLabels::documentKind(document.kind);
    case DirectionColumn:
        return CaseLabels::direction(document.direction);
    case DateColumn:
        return QLocale().toString(document.documentDate, QLocale::ShortFormat);
    case StatusColumn:
        return document.status == QLatin1String("draft") ? tr("Draft") : tr("Journaled");
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Type");
    case DirectionColumn:
        return tr("Direction");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace akta::models
