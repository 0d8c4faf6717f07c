#include "toneddelegate.h"

#include "models/roles.h"

namespace identsync {

void TonedDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString tone = index.data(ToneRole).toString();
    if (tone == QLatin1String("warning")) {
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x5a, 0x00));
    } else if (tone == QLatin1String("danger")) {
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x1c, 0x1c));
        option->font.setBold(true);
    }
}

} // namespace identsync
