#pragma once

#include "domain/DocumentRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace akta::models {

// The documents of one case, in akt-nummer order, with the state of their extracted text (a failure's
// reason in the tooltip).
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
        TextColumn,
        ReviewColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TextStatusRole // the wire name: ok, failed, pending, none
    };

    explicit DocumentListModel(QObject* parent = nullptr);

    void setDocuments(const QList<DocumentRecord>& documents);
    // The text of a document's newest version was extracted (or failed) in the background.
    void setTextStatus(const QString& documentId, const QString& status, const QString& error);
    DocumentRecord document(int row) const { return m_documents.value(row); }
    int rowOf(const QString& documentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Extracted", "Waiting…", "⚠ Failed", "No text" (translated).
    static QString textLabel(const QString& status);
    // The column's short form: nothing when extracted, "…", "⚠" or "–".
    static QString textSymbol(const QString& status);
    static QString textToolTip(const DocumentRecord& document);
    // "Awaiting review", "Approved", "Rejected" (translated); empty when never sent for review.
    static QString reviewLabel(const QString& state);

private:
    QList<DocumentRecord> m_documents;
};

} // namespace akta::models
