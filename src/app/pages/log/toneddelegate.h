#pragma once

#include <QStyledItemDelegate>

namespace identsync {

// Colours a cell's text by the row's ToneRole (warning amber, danger red and bold). The text
// itself always says the state; colour only helps the eye find it.
class TonedDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace identsync
