#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace identsync {

struct StoreConfig;

// «О программе»: the version (the CMake project's), where the log file and the state database
// are — what a support call asks first.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &logFilePath, const StoreConfig &store, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The SQLite file, or the PostgreSQL server and database (never the password).
    static QString describe(const StoreConfig &store);

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace identsync
