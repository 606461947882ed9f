#include "SearchHitDelegate.h"

#include "SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace akta::widgets {

namespace {
constexpr int kPadding = 4;
}

SearchHitDelegate::SearchHitDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QString SearchHitDelegate::snippetHtml(const QString& snippet, const QColor& highlight)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(
        QLatin1String("&lt;mark&gt;"),
        QStringLiteral("<span style=\"background-color:%1; font-weight:600\">").arg(highlight.name()));
    html.replace(QLatin1String("&lt;/mark&gt;"), QLatin1String("</span>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(kPadding, kPadding, -kPadding, 0);
    QFont titleFont = opt.font;
    titleFont.setBold(index.data(models::SearchResultModel::IsCaseRole).toBool());
    const QFontMetrics metrics(titleFont);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width(), metrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, area.width()));

    const QString snippet = index.data(models::SearchResultModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setDocumentMargin(0);
        document.setTextWidth(area.width());
        document.setHtml(QStringLiteral("<div style=\"color:%1\">%2</div>")
                             .arg(text.name(), snippetHtml(snippet, selected ? QColor(0x8a, 0x6d, 0x00)
                                                                             : QColor(0xff, 0xe3, 0x8a))));
        painter->translate(area.left(), area.top() + metrics.height() + 2);
        const QRect clip(0, 0, area.width(), QFontMetrics(opt.font).height() * 2);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, text);
        document.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    QString snippet = index.data(models::SearchResultModel::SnippetRole).toString();
    int lines = 1;
    if (!snippet.isEmpty()) {
        // One line of snippet when it fits the row (a case's title and parties, usually), else two (the
        // most painted). The row's width is the view's less the indentation of its depth.
        int width = option.rect.width();
        if (const auto* view = qobject_cast<const QTreeView*>(option.widget)) {
            int depth = 1;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
                ++depth;
            }
            width = view->viewport()->width() - view->indentation() * depth - 2 * kPadding;
        }
        snippet.remove(QLatin1String("<mark>"));
        snippet.remove(QLatin1String("</mark>"));
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold); // the words found are painted heavier
        const bool oneLine = width > 0 && QFontMetrics(bold).horizontalAdvance(snippet) < width;
        lines = oneLine ? 2 : 3;
    }
    return {option.rect.width() > 0 ? option.rect.width() : 300,
            metrics.lineSpacing() * lines + 3 * kPadding};
}

} // namespace akta::widgets
