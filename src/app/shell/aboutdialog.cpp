#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include "shell/appresources.h"

#include "store/storeconfig.h"

#include <QDir>
#include <QIcon>

namespace identsync {

AboutDialog::AboutDialog(const QString &logFilePath, const StoreConfig &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    initAppResources();
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("about"));
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/identsync.svg")).pixmap(64, 64));
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(IDENTSYNC_VERSION)));
    m_ui->logPathLabel->setText(QDir::toNativeSeparators(logFilePath));
    m_ui->databasePathLabel->setText(describe(store));
    m_ui->qtVersionLabel->setText(QString::fromLatin1(qVersion()));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::describe(const StoreConfig &store)
{
    switch (store.driver) {
    case StoreConfig::Driver::Sqlite:
        return QDir::toNativeSeparators(
            store.sqlitePath.isEmpty() ? StoreConfig::defaultSqlitePath() : store.sqlitePath);
    case StoreConfig::Driver::Postgres:
        break;
    }
    QString where = QStringLiteral("PostgreSQL %1@%2:%3/%4")
                        .arg(store.user, store.host)
                        .arg(store.port)
                        .arg(store.database);
    if (!store.schema.isEmpty())
        where += tr(", schema %1").arg(store.schema);
    return where;
}

} // namespace identsync
