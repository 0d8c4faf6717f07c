#pragma once

#include "core/settingsfile.h"

#include <QWidget>

#include <chrono>
#include <memory>

namespace Ui {
class SyncSection;
}

namespace identsync {

// «Синхронизация»: the poll cycle, retries with a preview of their schedule, treatment plans.
class SyncSection : public QWidget
{
    Q_OBJECT

public:
    explicit SyncSection(QWidget *parent = nullptr);
    ~SyncSection() override;

    void load(const SettingsValues &values);
    void collect(SettingsValues &values) const;
    QStringList problems() const;

    // "1 h 5 min", "30 s": how the page writes delays.
    static QString formatDuration(std::chrono::milliseconds duration);

Q_SIGNALS:
    void edited();

private:
    void updatePreview();

    std::unique_ptr<Ui::SyncSection> m_ui;
};

} // namespace identsync
