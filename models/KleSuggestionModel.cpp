#include "KleSuggestionModel.h"

namespace akta::models {

KleSuggestionModel::KleSuggestionModel(QObject* parent) : QAbstractListModel(parent) {}

void KleSuggestionModel::setSuggestions(const QList<kle::KleSuggestion>& suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

int KleSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

QVariant KleSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const kle::KleSuggestion& suggestion = m_suggestions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2\n    %3")
            .arg(suggestion.emne, suggestion.title, tr("Because of: %1").arg(suggestion.reason));
    case Qt::ToolTipRole:
    case ReasonRole:
        return tr("Because of: %1").arg(suggestion.reason);
    case Qt::AccessibleDescriptionRole:
        return suggestion.reason;
    case NumberRole:
        return suggestion.emne;
    case TitleRole:
        return suggestion.title;
    case ScoreRole:
        return suggestion.score;
    default:
        return {};
    }
}

} // namespace akta::models
