#pragma once

#include <QStyledItemDelegate>

namespace akta::widgets {

// Draws the offline mark (a small "stored on this computer" icon) before the case number of cases
// that are taken offline (CaseListModel::OfflineRole); the tooltip says how fresh they are.
class OfflineMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OfflineMarkDelegate(QObject* parent = nullptr) : QStyledItemDelegate(parent) {}

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace akta::widgets
