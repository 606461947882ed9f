#include "DocumentListModel.h"

#include "CaseLabels.h"

#include <QLocale>

namespace akta::models {

DocumentListModel::DocumentListModel(QObject* parent) : QAbstractTableModel(parent) {}

QString DocumentListModel::textLabel(const QString& status)
{
    if (status == QLatin1String("ok")) {
        return tr("Extracted");
    }
    if (status == QLatin1String("pending")) {
        return tr("Waiting…");
    }
    if (status == QLatin1String("failed")) {
        return QStringLiteral("⚠ ") + tr("Failed");
    }
    if (status == QLatin1String("none")) {
        return tr("No text");
    }
    return {};
}

QString DocumentListModel::textSymbol(const QString& status)
{
    // A narrow column: a sign for the states that need attention; the words are in the tooltip and
    // the accessible text.
    if (status == QLatin1String("pending")) {
        return QStringLiteral("…");
    }
    if (status == QLatin1String("failed")) {
        return QStringLiteral("⚠");
    }
    if (status == QLatin1String("none")) {
        return QStringLiteral("–");
    }
    return {};
}

QString DocumentListModel::reviewLabel(const QString& state)
{
    if (state == QLatin1String("pending")) {
        return tr("Awaiting review");
    }
    if (state == QLatin1String("approved")) {
        return tr("Approved");
    }
    if (state == QLatin1String("rejected")) {
        return tr("Rejected");
    }
    return {};
}

QString DocumentListModel::textToolTip(const DocumentRecord& document)
{
    if (document.textStatus == QLatin1String("failed")) {
        return document.textError.isEmpty()
                   ? tr("The text could not be extracted; the document itself is stored as received.")
                   : tr("The text could not be extracted (%1); the document itself is stored as received.")
                         .arg(document.textError);
    }
    if (document.textStatus == QLatin1String("pending")) {
        return tr("The text is being extracted in the background for search.");
    }
    if (document.textStatus == QLatin1String("none")) {
        return tr("This kind of file has no text to extract.");
    }
    if (document.textStatus == QLatin1String("ok")) {
        return tr("The text was extracted for search.");
    }
    return {};
}

void DocumentListModel::setDocuments(const QList<DocumentRecord>& documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

int DocumentListModel::rowOf(const QString& documentId) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).id == documentId) {
            return row;
        }
    }
    return -1;
}

void DocumentListModel::setTextStatus(const QString& documentId, const QString& status, const QString& error)
{
    const int row = rowOf(documentId);
    if (row < 0) {
        return;
    }
    DocumentRecord& document = m_documents[row];
    document.textStatus = status;
    document.textError = error;
    const QModelIndex cell = index(row, TextColumn);
    emit dataChanged(cell, cell);
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
    if (role == TextStatusRole) {
        return document.textStatus;
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        return document.fileName;
    }
    if (role == Qt::ToolTipRole && index.column() == TextColumn) {
        return textToolTip(document);
    }
    if (role == Qt::AccessibleTextRole && index.column() == TextColumn) {
        return textLabel(document.textStatus);
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
    case TextColumn:
        return textSymbol(document.textStatus);
    case ReviewColumn:
        return reviewLabel(document.reviewState);
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
    case TextColumn:
        return tr("Text");
    case ReviewColumn:
        return tr("Review");
    default:
        return {};
    }
}

} // namespace akta::models
