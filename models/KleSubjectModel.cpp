#include "KleSubjectModel.h"

namespace akta::models {

KleSubjectModel::KleSubjectModel(QObject* parent) : QAbstractListModel(parent) {}

void KleSubjectModel::setSubjects(const QList<kle::KleEntry>& subjects)
{
    beginResetModel();
    m_subjects = subjects;
    endResetModel();
}

int KleSubjectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size());
}

QVariant KleSubjectModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const kle::KleEntry& subject = m_subjects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QStringLiteral("%1 %2").arg(subject.number, subject.title);
    case NumberRole:
        return subject.number;
    case TitleRole:
        return subject.title;
    default:
        return {};
    }
}

int KleSubjectModel::rowOf(const QString& number) const
{
    for (int row = 0; row < m_subjects.size(); ++row) {
        if (m_subjects.at(row).number == number) {
            return row;
        }
    }
    return -1;
}

} // namespace akta::models
