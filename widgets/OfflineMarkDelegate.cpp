#include "OfflineMarkDelegate.h"

#include "CaseListModel.h"

#include <QApplication>
#include <QStyle>

namespace akta::widgets {

void OfflineMarkDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(models::CaseListModel::OfflineRole).toBool()) {
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_DriveHDIcon);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
}

} // namespace akta::widgets
