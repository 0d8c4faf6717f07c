#include "settingspage.h"

#include "ui_settingspage.h"

#include "data/consolesession.h"
#include "data/settingsservice.h"
#include "pages/settings/connectionssection.h"
#include "pages/settings/fieldssection.h"
#include "pages/settings/interfacesection.h"
#include "pages/settings/stagessection.h"
#include "pages/settings/syncsection.h"
#include "pages/settings/wheelguard.h"

#include "engine/secretstore.h"

#include <QHash>
#include <QLocale>
#include <QScrollArea>

namespace identsync {

namespace {

QScrollArea *scrolled(QWidget *section)
{
    auto *area = new QScrollArea;
    area->setObjectName(section->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(section);
    return area;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("SettingsPage", "(empty)")
                           : QStringLiteral("«%1»").arg(value);
}

// What a person calls a key in the list of changes; the key itself follows for the integrator.
QString keyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("portal/url"), QT_TRANSLATE_NOOP("SettingsPage", "Webhook address")},
        {QStringLiteral("portal/plan"), QT_TRANSLATE_NOOP("SettingsPage", "Pacing plan")},
        {QStringLiteral("portal/bucket_capacity"),
         QT_TRANSLATE_NOOP("SettingsPage", "Bucket size")},
        {QStringLiteral("portal/drain_per_second"),
         QT_TRANSLATE_NOOP("SettingsPage", "Drain rate")},
        {QStringLiteral("portal/request_timeout_seconds"),
         QT_TRANSLATE_NOOP("SettingsPage", "Request timeout")},
        {QStringLiteral("portal/deal_category"),
         QT_TRANSLATE_NOOP("SettingsPage", "Deal pipeline")},
        {QStringLiteral("sync/poll_interval_seconds"),
         QT_TRANSLATE_NOOP("SettingsPage", "Poll interval")},
        {QStringLiteral("sync/batch_size"),
         QT_TRANSLATE_NOOP("SettingsPage", "Appointments per batch")},
        {QStringLiteral("sync/utc_offset"), QT_TRANSLATE_NOOP("SettingsPage", "Clinic time zone")},
        {QStringLiteral("sync/auto_bind"),
         QT_TRANSLATE_NOOP("SettingsPage", "Bind an open deal of the patient")},
        {QStringLiteral("sync/convert_leads"),
         QT_TRANSLATE_NOOP("SettingsPage", "Turn leads into deals")},
        {QStringLiteral("sync/mask_personal_data"),
         QT_TRANSLATE_NOOP("SettingsPage", "Mask phones and names")},
        {QStringLiteral("sync/closed_lead_statuses"),
         QT_TRANSLATE_NOOP("SettingsPage", "Closed lead statuses")},
        {QStringLiteral("retry/max_attempts"),
         QT_TRANSLATE_NOOP("SettingsPage", "Attempts per appointment")},
        {QStringLiteral("retry/base_seconds"), QT_TRANSLATE_NOOP("SettingsPage", "First delay")},
        {QStringLiteral("retry/cap_seconds"), QT_TRANSLATE_NOOP("SettingsPage", "Longest delay")},
        {QStringLiteral("stages/mapping"), QT_TRANSLATE_NOOP("SettingsPage", "Stage mapping")},
        {QStringLiteral("stages/protected"), QT_TRANSLATE_NOOP("SettingsPage", "Protected stages")},
        {QStringLiteral("stages/no_regression"),
         QT_TRANSLATE_NOOP("SettingsPage", "Never move a deal back")},
        {QStringLiteral("treatment_plans/enabled"),
         QT_TRANSLATE_NOOP("SettingsPage", "Treatment plans")},
        {QStringLiteral("treatment_plans/min_interval_seconds"),
         QT_TRANSLATE_NOOP("SettingsPage", "Treatment plan interval")},
    };
    if (const char *label = labels.value(key))
        return QStringLiteral("%1 (%2)").arg(QCoreApplication::translate("SettingsPage", label),
                                             key);
    return key;
}

} // namespace

SettingsPage::SettingsPage(ConsoleSession *session, const QString &configPath, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_session(session)
    , m_service(new SettingsService(configPath, SecretStore::defaultService(), this))
    , m_connections(new ConnectionsSection)
    , m_fields(new FieldsSection)
    , m_stages(new StagesSection)
    , m_sync(new SyncSection)
    , m_interface(new InterfaceSection)
{
    m_ui->setupUi(this);
    m_ui->sections->addTab(scrolled(m_connections), tr("Connections"));
    m_ui->sections->addTab(m_fields, tr("Fields"));
    m_ui->sections->addTab(scrolled(m_stages), tr("Stages and pipeline"));
    m_ui->sections->addTab(scrolled(m_sync), tr("Synchronisation"));
    m_ui->sections->addTab(scrolled(m_interface), tr("Interface"));
    WheelGuard::install(this);
    m_ui->confirmPanel->hide();
    m_ui->changesView->setMaximumHeight(fontMetrics().lineSpacing() * 12);
    m_ui->confirmText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->layout->setStretchFactor(m_ui->sections, 1);
    m_ui->banner->setText(tr("Loading the configuration %1…").arg(configPath));

    connect(m_connections, &ConnectionsSection::edited, this, &SettingsPage::refresh);
    connect(m_fields, &FieldsSection::edited, this, &SettingsPage::refresh);
    connect(m_stages, &StagesSection::edited, this, &SettingsPage::refresh);
    connect(m_sync, &SyncSection::edited, this, &SettingsPage::refresh);
    connect(m_interface, &InterfaceSection::edited, this, &SettingsPage::refresh);
    connect(m_connections, &ConnectionsSection::checkPortalRequested, this,
            &SettingsPage::checkPortal);
    connect(m_connections, &ConnectionsSection::checkIdentRequested, this,
            &SettingsPage::checkIdent);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &SettingsPage::askToApply);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_ui->confirmApplyButton, &QPushButton::clicked, this, [this] { startSave(false); });
    connect(m_ui->overwriteButton, &QPushButton::clicked, this, [this] { startSave(true); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this] {
        m_ui->confirmPanel->hide();
        m_service->load();
    });
    connect(m_ui->cancelApplyButton, &QPushButton::clicked, this, [this] {
        m_ui->confirmPanel->hide();
        setBusy(false);
    });
    connect(m_service, &SettingsService::loaded, this, &SettingsPage::onLoaded);
    connect(m_service, &SettingsService::saved, this, &SettingsPage::onSaved);
    connect(m_service, &SettingsService::portalChecked, this, [this](const PortalCheckOutcome &o) {
        m_connections->showPortalCheck(o);
        m_fields->setPortal(o);
        m_stages->setPortal(o);
        refresh();
    });
    connect(m_service, &SettingsService::identChecked, m_connections,
            &ConnectionsSection::showIdentCheck);
    setBusy(true);
    m_service->load();
}

SettingsPage::~SettingsPage() = default;

SettingsValues SettingsPage::collectAll() const
{
    SettingsValues v = m_snapshot.values;
    m_connections->collect(v);
    m_fields->collect(v);
    m_stages->collect(v);
    m_sync->collect(v);
    m_interface->collect(v);
    return v;
}

QStringList SettingsPage::problems() const
{
    return m_connections->problems() + m_fields->problems() + m_stages->problems() +
           m_sync->problems();
}

QStringList SettingsPage::pendingChanges() const
{
    QStringList lines;
    const SettingsValues now = collectAll();
    QStringList keys = now.keys() + m_snapshot.values.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const bool before = m_snapshot.values.contains(key);
        const bool after = now.contains(key);
        if (before && after && m_snapshot.values.value(key) == now.value(key))
            continue;
        if (!after)
            lines << tr("%1: %2 → removed").arg(keyLabel(key), shown(m_snapshot.values.value(key)));
        else
            lines << tr("%1: %2 → %3")
                         .arg(keyLabel(key),
                              before ? shown(m_snapshot.values.value(key)) : tr("(not set)"),
                              shown(now.value(key)));
    }
    const QMap<QString, QString> secrets = m_connections->secrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        lines << tr("%1 (keychain): changed")
                     .arg(it.key() == SecretStore::webhookKey()
                              ? tr("Webhook code")
                              : tr("Password of %1").arg(it.key().section(QLatin1Char('/'), 1)));
    const QString language = m_snapshot.language.isEmpty()
                                 ? (QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                                             : QStringLiteral("ru"))
                                 : m_snapshot.language;
    if (m_interface->language() != language)
        lines << tr("console language: %1 → %2").arg(language, m_interface->language());
    return lines;
}

void SettingsPage::onLoaded(const SettingsSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_loading = true;
    const QString language = snapshot.language.isEmpty()
                                 ? (QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                                             : QStringLiteral("ru"))
                                 : snapshot.language;
    m_connections->load(snapshot.values, snapshot.secrets);
    m_fields->load(snapshot.values);
    m_stages->load(snapshot.values);
    m_sync->load(snapshot.values);
    m_interface->load(snapshot.values, language);
    m_loading = false;
    if (!snapshot.error.isEmpty())
        m_ui->banner->setText(snapshot.error);
    else if (!snapshot.exists)
        m_ui->banner->setText(tr("There is no configuration at %1 yet. Fill in the sections and "
                                 "press Apply to create it.")
                                  .arg(snapshot.path));
    else
        m_ui->banner->setText(tr("Configuration: %1").arg(snapshot.path));
    setBusy(false);
    refresh();
}

void SettingsPage::refresh()
{
    if (m_loading)
        return;
    const int pending = int(pendingChanges().size());
    m_ui->pendingLabel->setText(pending == 0 ? tr("No unsaved changes.")
                                             : tr("Unsaved changes: %n", nullptr, pending));
    const QStringList issues = problems();
    m_ui->problemsLabel->setText(issues.isEmpty()
                                     ? QString()
                                     : tr("Fix before applying:") + QStringLiteral("\n• ") +
                                           issues.join(QStringLiteral("\n• ")));
    m_ui->problemsLabel->setVisible(!issues.isEmpty());
    m_ui->applyButton->setEnabled(!m_busy && pending > 0 && issues.isEmpty());
    m_ui->revertButton->setEnabled(!m_busy && pending > 0);
    const bool dirty = pending > 0;
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void SettingsPage::showConfirm(bool conflict)
{
    m_ui->confirmText->setText(
        conflict ? tr("The configuration file was changed elsewhere (by the service, identsync-cli "
                      "or an editor) after this page loaded it. Load their version (your edits "
                      "here are dropped), or overwrite it with yours (a backup of theirs is kept).")
                 : tr("Save these changes? The engine applies them at its next cycle, without a "
                      "restart. A backup of the current file is kept."));
    m_ui->changesView->setPlainText(pendingChanges().join(QLatin1Char('\n')));
    m_ui->confirmApplyButton->setVisible(!conflict);
    m_ui->overwriteButton->setVisible(conflict);
    m_ui->reloadButton->setVisible(conflict);
    m_ui->confirmPanel->show();
    (conflict ? m_ui->reloadButton : m_ui->confirmApplyButton)->setFocus();
}

void SettingsPage::askToApply()
{
    if (!problems().isEmpty() || pendingChanges().isEmpty())
        return;
    setBusy(true);
    showConfirm(false);
}

void SettingsPage::startSave(bool overwrite)
{
    m_ui->confirmPanel->hide();
    SettingsSaveRequest r;
    r.path = m_service->configPath();
    r.baseFingerprint = m_snapshot.fingerprint;
    r.values = collectAll();
    r.secrets = m_connections->secrets();
    r.language = m_interface->language();
    r.overwriteExternalChange = overwrite;
    setBusy(true);
    m_ui->banner->setText(tr("Saving…"));
    m_service->save(r);
}

void SettingsPage::onSaved(const SettingsSaveOutcome &o)
{
    switch (o.result) {
    case SettingsSaveOutcome::Result::Saved:
        onLoaded(o.snapshot);
        m_ui->banner->setText(
            tr("Saved %1. The engine applies the changes at its next cycle, no restart needed.")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)) +
            (o.backupPath.isEmpty()
                 ? QString()
                 : QLatin1Char(' ') + tr("Previous version: %1").arg(o.backupPath)));
        Q_EMIT applied();
        return;
    case SettingsSaveOutcome::Result::ChangedOnDisk:
        showConfirm(true);
        return;
    case SettingsSaveOutcome::Result::Invalid: {
        QStringList lines;
        for (const ConfigProblem &p : o.problems)
            lines << (p.key.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.key, p.message));
        m_ui->banner->setText(tr("Nothing was saved: the engine would refuse this "
                                 "configuration.\n• %1")
                                  .arg(lines.join(QStringLiteral("\n• "))));
        break;
    }
    case SettingsSaveOutcome::Result::Failed:
    case SettingsSaveOutcome::Result::Count:
        m_ui->banner->setText(tr("Nothing was saved: %1").arg(o.message));
        break;
    }
    setBusy(false);
    refresh();
}

void SettingsPage::revert()
{
    onLoaded(m_snapshot);
}

void SettingsPage::checkPortal()
{
    m_connections->setChecking(true, true);
    const double timeScale =
        collectAll().value(QStringLiteral("portal/time_scale"), QStringLiteral("1")).toDouble();
    m_service->checkPortal(m_connections->typedWebhookUrl(), m_connections->typedWebhookCode(),
                           std::max(1.0, timeScale));
}

void SettingsPage::checkIdent()
{
    m_connections->setChecking(false, true);
    m_service->checkIdent(collectAll(), m_connections->currentSourceId(),
                          m_connections->typedPassword());
}

void SettingsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->sections->setEnabled(!busy);
    refresh();
    if (busy) {
        m_ui->applyButton->setEnabled(false);
        m_ui->revertButton->setEnabled(false);
    }
}

} // namespace identsync
