#include "connectionssection.h"

#include "ui_connectionssection.h"

#include "pages/settings/settingsform.h"

#include "bitrix/portalendpoint.h"
#include "engine/engineconfig.h"
#include "engine/secretstore.h"

#include <QListWidgetItem>
#include <QRegularExpression>

namespace identsync {

using namespace settingsform;

namespace {

const QString kSourcePrefix = QStringLiteral("source.");

QString secretStateText(const SecretState &s, const QString &storedText, const QString &missingText)
{
    switch (s.state) {
    case SecretState::State::Stored:
        return storedText;
    case SecretState::State::Missing:
        return missingText;
    case SecretState::State::Unavailable:
    case SecretState::State::Count:
        break;
    }
    return QCoreApplication::translate("ConnectionsSection",
                                       "The system keychain cannot be used: %1 Nothing is saved "
                                       "in plain text instead.")
        .arg(s.message);
}

} // namespace

ConnectionsSection::ConnectionsSection(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionsSection>())
{
    m_ui->setupUi(this);
    m_ui->planCombo->addItem(tr("Standard (50 requests, 2 per second)"),
                             QStringLiteral("standard"));
    m_ui->planCombo->addItem(tr("Enterprise (250 requests, 5 per second)"),
                             QStringLiteral("enterprise"));
    m_ui->planCombo->addItem(tr("On-premise portal, no limit"), QStringLiteral("unlimited"));
    m_ui->planCombo->addItem(tr("Custom"), QStringLiteral("custom"));
    const QList<std::pair<QString, QString>> drivers{
        {QStringLiteral("SQL Server — ODBC Driver 18"),
         QStringLiteral("sqlserver|ODBC Driver 18 for SQL Server")},
        {QStringLiteral("SQL Server — ODBC Driver 17"),
         QStringLiteral("sqlserver|ODBC Driver 17 for SQL Server")},
        {QStringLiteral("SQL Server — FreeTDS"), QStringLiteral("sqlserver|FreeTDS")},
        {tr("SQL Server — the system's default driver"), QStringLiteral("sqlserver|")},
        {tr("SQLite file (demo and tests)"), QStringLiteral("sqlite|")},
        {tr("PostgreSQL (demo and tests)"), QStringLiteral("postgres|")}};
    for (const auto &[label, data] : drivers)
        m_ui->driverCombo->addItem(label, data);

    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textEdited, this, &ConnectionsSection::edited);
    for (QAbstractSpinBox *s : findChildren<QAbstractSpinBox *>())
        connect(s, &QAbstractSpinBox::editingFinished, this, &ConnectionsSection::edited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectionsSection::edited);
    connect(m_ui->firstRunDaysSpin, &QSpinBox::valueChanged, this, &ConnectionsSection::edited);
    connect(m_ui->requestTimeoutSpin, &QSpinBox::valueChanged, this, &ConnectionsSection::edited);
    connect(m_ui->bucketCapacitySpin, &QSpinBox::valueChanged, this, &ConnectionsSection::edited);
    connect(m_ui->drainSpin, &QDoubleSpinBox::valueChanged, this, &ConnectionsSection::edited);
    for (QCheckBox *c : findChildren<QCheckBox *>())
        connect(c, &QCheckBox::toggled, this, &ConnectionsSection::edited);
    connect(m_ui->windowsAuthCheck, &QCheckBox::toggled, this, &ConnectionsSection::updateEnabled);
    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT edited();
    });
    connect(m_ui->driverCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT edited();
    });
    connect(m_ui->branchList, &QListWidget::itemChanged, this, &ConnectionsSection::edited);
    connect(m_ui->webhookUrlEdit, &QLineEdit::editingFinished, this,
            &ConnectionsSection::splitPastedUrl);
    connect(m_ui->webhookUrlEdit, &QLineEdit::textEdited, this, &ConnectionsSection::updateEnabled);
    connect(m_ui->replaceCodeButton, &QPushButton::clicked, this, [this] {
        m_ui->webhookCodeEdit->setEnabled(true);
        m_ui->webhookCodeEdit->setFocus();
        showSecretStates();
    });
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this,
            [this] { showSource(m_ui->sourceCombo->currentData().toString()); });
    connect(m_ui->addSourceButton, &QPushButton::clicked, this, &ConnectionsSection::addSource);
    connect(m_ui->removeSourceButton, &QPushButton::clicked, this,
            &ConnectionsSection::removeSource);
    connect(m_ui->testPortalButton, &QPushButton::clicked, this,
            &ConnectionsSection::checkPortalRequested);
    connect(m_ui->testIdentButton, &QPushButton::clicked, this,
            &ConnectionsSection::checkIdentRequested);
}

ConnectionsSection::~ConnectionsSection() = default;

void ConnectionsSection::load(const SettingsValues &v, const QMap<QString, SecretState> &secrets)
{
    const QSignalBlocker block(this);
    const EngineConfig d;
    m_secretStates = secrets;
    m_ui->webhookUrlEdit->setText(v.value(QStringLiteral("portal/url")));
    m_ui->webhookCodeEdit->clear();
    m_codeStored = secrets.value(SecretStore::webhookKey()).state == SecretState::State::Stored;
    m_ui->webhookCodeEdit->setEnabled(!m_codeStored);
    m_ui->replaceCodeButton->setVisible(m_codeStored);
    m_ui->planCombo->setCurrentIndex(std::max(
        0, m_ui->planCombo->findData(value(v, QStringLiteral("portal/plan"), d.pacingPlan))));
    m_ui->bucketCapacitySpin->setValue(
        value(v, QStringLiteral("portal/bucket_capacity"), QStringLiteral("50")).toInt());
    m_ui->drainSpin->setValue(
        value(v, QStringLiteral("portal/drain_per_second"), QStringLiteral("2")).toDouble());
    m_ui->requestTimeoutSpin->setValue(value(v, QStringLiteral("portal/request_timeout_seconds"),
                                             QString::number(d.requestTimeout.count() / 1000))
                                           .toInt());
    m_ui->testPortalResult->clear();

    m_sources.clear();
    m_passwords.clear();
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        if (!it.key().startsWith(kSourcePrefix))
            continue;
        const QString rest = it.key().mid(kSourcePrefix.size());
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        m_sources[rest.left(slash)].insert(rest.mid(slash + 1), it.value());
    }
    m_shownSource.clear();
    {
        const QSignalBlocker comboBlock(m_ui->sourceCombo);
        m_ui->sourceCombo->clear();
        for (const QString &id : m_sources.keys())
            m_ui->sourceCombo->addItem(id, id);
    }
    if (m_sources.isEmpty())
        addSource();
    else
        showSource(m_sources.firstKey());
    showSecretStates();
    updateEnabled();
}

SettingsValues ConnectionsSection::sourceFromWidgets() const
{
    SettingsValues s = m_sources.value(m_shownSource);
    const IdentSourceConfig d;
    const QStringList driver = m_ui->driverCombo->currentData().toString().split(QLatin1Char('|'));
    put(s, QStringLiteral("driver"), driver.value(0), QStringLiteral("sqlserver"));
    put(s, QStringLiteral("odbc_driver"), driver.value(1), QString());
    put(s, QStringLiteral("server"), m_ui->serverEdit->text().trimmed(), QString());
    put(s, QStringLiteral("instance"), m_ui->instanceEdit->text().trimmed(), QString());
    put(s, QStringLiteral("port"), QString::number(m_ui->portSpin->value()), QStringLiteral("0"));
    put(s, QStringLiteral("database"), m_ui->databaseEdit->text().trimmed(), QString());
    put(s, QStringLiteral("user"),
        m_ui->windowsAuthCheck->isChecked() ? QString() : m_ui->userEdit->text().trimmed(),
        QString());
    put(s, QStringLiteral("encrypt"), boolText(m_ui->encryptCheck->isChecked()),
        boolText(d.encrypt));
    put(s, QStringLiteral("trust_server_certificate"), boolText(m_ui->trustCertCheck->isChecked()),
        boolText(d.trustServerCertificate));
    put(s, QStringLiteral("first_run_days"), QString::number(m_ui->firstRunDaysSpin->value()),
        QString::number(d.firstRunDepthDays));
    QStringList branches;
    for (int i = 0; i < m_ui->branchList->count(); ++i)
        if (m_ui->branchList->item(i)->checkState() == Qt::Checked)
            branches << m_ui->branchList->item(i)->data(Qt::UserRole).toString();
    put(s, QStringLiteral("branch_filter"), branches.join(QLatin1Char(',')), QString());
    return s;
}

void ConnectionsSection::showSource(const QString &id)
{
    if (!m_shownSource.isEmpty() && m_sources.contains(m_shownSource)) {
        m_sources[m_shownSource] = sourceFromWidgets();
        m_passwords[m_shownSource] = m_ui->passwordEdit->text();
    }
    m_shownSource = id;
    const SettingsValues s = m_sources.value(id);
    const IdentSourceConfig d;
    const QSignalBlocker block(this);
    const QString driverData = s.value(QStringLiteral("driver"), QStringLiteral("sqlserver")) +
                               QLatin1Char('|') + s.value(QStringLiteral("odbc_driver"));
    if (m_ui->driverCombo->findData(driverData) < 0)
        m_ui->driverCombo->addItem(driverData.section(QLatin1Char('|'), 1), driverData);
    m_ui->driverCombo->setCurrentIndex(m_ui->driverCombo->findData(driverData));
    m_ui->serverEdit->setText(s.value(QStringLiteral("server")));
    m_ui->instanceEdit->setText(s.value(QStringLiteral("instance")));
    m_ui->portSpin->setValue(s.value(QStringLiteral("port")).toInt());
    m_ui->databaseEdit->setText(s.value(QStringLiteral("database")));
    m_ui->userEdit->setText(s.value(QStringLiteral("user")));
    m_ui->windowsAuthCheck->setChecked(!m_sources.isEmpty() &&
                                       s.value(QStringLiteral("user")).isEmpty() &&
                                       s.contains(QStringLiteral("server")));
    m_ui->passwordEdit->setText(m_passwords.value(id));
    m_ui->encryptCheck->setChecked(
        isTrue(value(s, QStringLiteral("encrypt"), boolText(d.encrypt))));
    m_ui->trustCertCheck->setChecked(isTrue(
        value(s, QStringLiteral("trust_server_certificate"), boolText(d.trustServerCertificate))));
    m_ui->firstRunDaysSpin->setValue(
        value(s, QStringLiteral("first_run_days"), QString::number(d.firstRunDepthDays)).toInt());
    m_ui->branchList->clear();
    for (const QString &b :
         s.value(QStringLiteral("branch_filter"))
             .split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        auto *item = new QListWidgetItem(tr("Branch %1").arg(b), m_ui->branchList);
        item->setData(Qt::UserRole, b);
        item->setCheckState(Qt::Checked);
    }
    m_ui->testIdentResult->clear();
    showSecretStates();
    updateEnabled();
}

void ConnectionsSection::showSecretStates()
{
    m_ui->webhookState->setText(secretStateText(
        m_secretStates.value(SecretStore::webhookKey()),
        tr("The webhook code is kept in the system keychain and is not shown. «Replace code» "
           "to type a new one."),
        tr("No webhook code is saved yet: type it, or paste the whole webhook address.")));
    m_ui->webhookCodeEdit->setPlaceholderText(m_codeStored && !m_ui->webhookCodeEdit->isEnabled()
                                                  ? tr("•••••••• (saved, not shown)")
                                                  : tr("the code after /rest/USER_ID/"));
    if (!m_ui->passwordEdit->isEnabled()) {
        m_ui->passwordState->setText(m_ui->windowsAuthCheck->isChecked()
                                         ? tr("Windows authentication: no password is needed.")
                                         : tr("This connection needs no password."));
        return;
    }
    m_ui->passwordState->setText(secretStateText(
        m_secretStates.value(SecretStore::identPasswordKey(m_shownSource)),
        tr("The password is kept in the system keychain. Leave the field empty to keep it."),
        tr("No password is saved for this connection yet.")));
    m_ui->passwordEdit->setPlaceholderText(
        m_secretStates.value(SecretStore::identPasswordKey(m_shownSource)).state ==
                SecretState::State::Stored
            ? tr("•••••••• (saved, not shown)")
            : QString());
}

void ConnectionsSection::splitPastedUrl()
{
    // People paste the whole address the portal shows; the code part goes to its own field.
    static const QRegularExpression withCode(
        QStringLiteral("^(\\s*\\w+://[^/]+(?:/[^?#]*)?/rest/\\d+/)([A-Za-z0-9_]+)/?\\s*$"));
    const auto m = withCode.match(m_ui->webhookUrlEdit->text());
    if (!m.hasMatch())
        return;
    m_ui->webhookUrlEdit->setText(m.captured(1).trimmed());
    m_ui->webhookCodeEdit->setEnabled(true);
    m_ui->webhookCodeEdit->setText(m.captured(2));
    updateEnabled();
    Q_EMIT edited();
}

void ConnectionsSection::updateEnabled()
{
    const bool custom = m_ui->planCombo->currentData().toString() == u"custom";
    m_ui->bucketCapacitySpin->setEnabled(custom);
    m_ui->drainSpin->setEnabled(custom);
    const QString driver =
        m_ui->driverCombo->currentData().toString().section(QLatin1Char('|'), 0, 0);
    const bool sqlServer = driver == u"sqlserver";
    const bool file = driver == u"sqlite";
    m_ui->serverEdit->setEnabled(!file);
    m_ui->instanceEdit->setEnabled(sqlServer);
    m_ui->portSpin->setEnabled(!file);
    m_ui->windowsAuthCheck->setEnabled(sqlServer);
    m_ui->encryptCheck->setEnabled(sqlServer);
    m_ui->trustCertCheck->setEnabled(sqlServer);
    const bool login = !file && !(sqlServer && m_ui->windowsAuthCheck->isChecked());
    m_ui->userEdit->setEnabled(login);
    m_ui->passwordEdit->setEnabled(login);
    m_ui->removeSourceButton->setEnabled(m_sources.size() > 1);
    const QStringList urlProblems = problems().filter(tr("Webhook address"));
    m_ui->webhookUrlError->setText(urlProblems.join(QLatin1Char('\n')));
    m_ui->webhookUrlError->setVisible(!urlProblems.isEmpty());
    showSecretStates();
}

void ConnectionsSection::addSource()
{
    QString id = m_sources.isEmpty() ? QStringLiteral("main") : QString();
    for (int n = 2; id.isEmpty() || (m_sources.contains(id) && n < 1000); ++n)
        id = QStringLiteral("source%1").arg(n);
    m_sources.insert(id, SettingsValues{{QStringLiteral("driver"), QStringLiteral("sqlserver")}});
    m_ui->sourceCombo->addItem(id, id);
    m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(id));
    updateEnabled();
    Q_EMIT edited();
}

void ConnectionsSection::removeSource()
{
    if (m_sources.size() < 2)
        return;
    const QString id = m_shownSource;
    m_sources.remove(id);
    m_passwords.remove(id);
    m_shownSource.clear();
    m_ui->sourceCombo->removeItem(m_ui->sourceCombo->findData(id));
    updateEnabled();
    Q_EMIT edited();
}

void ConnectionsSection::collect(SettingsValues &v) const
{
    const EngineConfig d;
    v.insert(QStringLiteral("portal/url"), m_ui->webhookUrlEdit->text().trimmed());
    put(v, QStringLiteral("portal/plan"), m_ui->planCombo->currentData().toString(), d.pacingPlan);
    if (m_ui->planCombo->currentData().toString() == u"custom") {
        put(v, QStringLiteral("portal/bucket_capacity"),
            QString::number(m_ui->bucketCapacitySpin->value()), QStringLiteral("50"));
        put(v, QStringLiteral("portal/drain_per_second"), QString::number(m_ui->drainSpin->value()),
            QStringLiteral("2"));
    }
    put(v, QStringLiteral("portal/request_timeout_seconds"),
        QString::number(m_ui->requestTimeoutSpin->value()),
        QString::number(d.requestTimeout.count() / 1000));

    for (auto it = v.begin(); it != v.end();)
        it = it.key().startsWith(kSourcePrefix) ? v.erase(it) : std::next(it);
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        const SettingsValues s = it.key() == m_shownSource ? sourceFromWidgets() : it.value();
        for (auto k = s.cbegin(); k != s.cend(); ++k)
            v.insert(kSourcePrefix + it.key() + QLatin1Char('/') + k.key(), k.value());
    }
}

QMap<QString, QString> ConnectionsSection::secrets() const
{
    QMap<QString, QString> out;
    if (!m_ui->webhookCodeEdit->text().trimmed().isEmpty())
        out.insert(SecretStore::webhookKey(), m_ui->webhookCodeEdit->text().trimmed());
    QMap<QString, QString> passwords = m_passwords;
    passwords[m_shownSource] = m_ui->passwordEdit->text();
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it)
        if (!it.value().isEmpty() && m_sources.contains(it.key()))
            out.insert(SecretStore::identPasswordKey(it.key()), it.value());
    return out;
}

QStringList ConnectionsSection::problems() const
{
    QStringList out;
    const QString url = m_ui->webhookUrlEdit->text().trimmed();
    QString error;
    // The endpoint's own parser decides what a valid address is; a stand-in code completes it.
    if (url.isEmpty())
        out << tr("Webhook address: paste the portal's inbound webhook address.");
    else if (!PortalEndpoint::parse(
                 (url.endsWith(QLatin1Char('/')) ? url : url + QLatin1Char('/')) +
                     QStringLiteral("code/"),
                 &error))
        out << tr("Webhook address: write it as https://PORTAL/rest/USER_ID/ (https is required; "
                  "http only for a test portal on this computer).");
    if (!m_codeStored && m_ui->webhookCodeEdit->text().trimmed().isEmpty())
        out << tr("Webhook code: type the code, or paste the whole webhook address.");
    return out;
}

QString ConnectionsSection::currentSourceId() const
{
    return m_shownSource;
}

QString ConnectionsSection::typedWebhookUrl() const
{
    return m_ui->webhookUrlEdit->text().trimmed();
}

QString ConnectionsSection::typedWebhookCode() const
{
    return m_ui->webhookCodeEdit->text().trimmed();
}

QString ConnectionsSection::typedPassword() const
{
    return m_ui->passwordEdit->text();
}

void ConnectionsSection::setChecking(bool portal, bool checking)
{
    (portal ? m_ui->testPortalButton : m_ui->testIdentButton)->setEnabled(!checking);
    if (checking)
        (portal ? m_ui->testPortalResult : m_ui->testIdentResult)->setText(tr("Checking…"));
}

void ConnectionsSection::showPortalCheck(const PortalCheckOutcome &o)
{
    setChecking(true, false);
    int stages = 0;
    for (const PortalPipelineInfo &p : o.pipelines)
        stages += int(p.stages.size());
    m_ui->testPortalResult->setText(
        o.ok ? tr("✔ The portal answers (%1 ms). Loaded: %2 deal fields, %3 contact fields, %4 "
                  "pipelines with %5 stages.")
                   .arg(o.elapsedMs)
                   .arg(o.dealFields.size())
                   .arg(o.contactFields.size())
                   .arg(o.pipelines.size())
                   .arg(stages)
             : tr("✖ The portal check failed: %1\nWhat to do: %2").arg(o.cause, o.fix));
}

void ConnectionsSection::showIdentCheck(const IdentCheckOutcome &o)
{
    setChecking(false, false);
    if (o.sourceId != m_shownSource)
        return;
    if (!o.ok) {
        m_ui->testIdentResult->setText(
            tr("✖ The connection failed: %1\nWhat to do: %2").arg(o.cause, o.fix));
        return;
    }
    m_ui->testIdentResult->setText(tr("✔ The connection works (%1 ms). Branches in IDENT: %2.")
                                       .arg(o.elapsedMs)
                                       .arg(o.branches.size()));
    QStringList ticked;
    for (int i = 0; i < m_ui->branchList->count(); ++i)
        if (m_ui->branchList->item(i)->checkState() == Qt::Checked)
            ticked << m_ui->branchList->item(i)->data(Qt::UserRole).toString();
    const QSignalBlocker block(m_ui->branchList);
    m_ui->branchList->clear();
    QStringList shown;
    for (const IdentBranchInfo &b : o.branches) {
        const QString id = QString::number(b.id);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 (%2)").arg(b.name, id), m_ui->branchList);
        item->setData(Qt::UserRole, id);
        item->setCheckState(ticked.contains(id) ? Qt::Checked : Qt::Unchecked);
        shown << id;
    }
    for (const QString &id : std::as_const(ticked)) {
        if (shown.contains(id))
            continue;
        auto *item = new QListWidgetItem(tr("Branch %1 (not in IDENT)").arg(id), m_ui->branchList);
        item->setData(Qt::UserRole, id);
        item->setCheckState(Qt::Checked);
    }
}

} // namespace identsync
