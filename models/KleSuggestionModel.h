#pragma once

#include "kle/KleSuggestion.h"

#include <QAbstractListModel>
#include <QList>

namespace akta::models {

// Ranked KLE suggestions for a case title, with the reason for each as a tooltip and a second line.
class KleSuggestionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KleSuggestionModel)

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        TitleRole,
        ReasonRole,
        ScoreRole
    };

    explicit KleSuggestionModel(QObject* parent = nullptr);

    void setSuggestions(const QList<kle::KleSuggestion>& suggestions);
    const QList<kle::KleSuggestion>& suggestions() const { return m_suggestions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<kle::KleSuggestion> m_suggestions;
};

} // namespace akta::models
