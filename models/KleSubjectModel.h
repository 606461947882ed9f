#pragma once

#include "kle/KleEntry.h"

#include <QAbstractListModel>
#include <QList>

namespace akta::models {

// The KLE emner in force, as "27.24.00 Partistøtte" rows for a completer or a list.
class KleSubjectModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KleSubjectModel)

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        TitleRole
    };

    explicit KleSubjectModel(QObject* parent = nullptr);
    void setSubjects(const QList<kle::KleEntry>& subjects);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // The row of an emne by number, or -1.
    int rowOf(const QString& number) const;

private:
    QList<kle::KleEntry> m_subjects;
};

} // namespace akta::models
