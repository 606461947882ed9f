#pragma once

#include <QStyledItemDelegate>

namespace akta::widgets {

// Paints a search hit in two lines: its title (a case row: number and title, bold), and the snippet with
// the matched words highlighted (SearchResultModel::SnippetRole, words between <mark> and </mark>).
class SearchHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchHitDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The snippet as HTML: its text escaped, the marked words in a highlight span.
    static QString snippetHtml(const QString& snippet, const QColor& highlight);
};

} // namespace akta::widgets
