#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace akta::models {

// Filters the KLE tree: a node is shown when every typed word occurs in its number, title or
// stikord (case-folded), or when the text is the start of its number; parents of shown nodes stay.
// Retired emner are hidden unless asked for.
class KleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit KleFilterProxyModel(QObject* parent = nullptr);

    void setFilterWords(const QString& text);
    void setShowRetired(bool show);
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    bool m_showRetired = false;
};

} // namespace akta::models
