#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace identsync {

// Edits a cell with an editable combo box: the choices (label, value) come from a function of the
// row, so portal fields or stages appear once loaded, and a value can still be typed by hand.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = std::function<QList<std::pair<QString, QString>>(const QModelIndex &)>;

    ChoiceDelegate(Choices choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    Choices m_choices;
};

} // namespace identsync
