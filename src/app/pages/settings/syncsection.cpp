#include "syncsection.h"

#include "ui_syncsection.h"

#include "pages/settings/settingsform.h"

#include "core/retrypolicy.h"
#include "engine/engineconfig.h"

#include <QRegularExpression>

namespace identsync {

using namespace settingsform;

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(ms.count() / 1000);
}

QString offsetText(int offsetSeconds)
{
    const int a = std::abs(offsetSeconds);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 3600, 2, 10, QLatin1Char('0'))
        .arg(a % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SyncSection::SyncSection(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncSection>())
{
    m_ui->setupUi(this);
    m_ui->retryPreview->setObjectName(QStringLiteral("retryPreview"));
    for (QSpinBox *s : findChildren<QSpinBox *>())
        connect(s, &QSpinBox::valueChanged, this, &SyncSection::edited);
    for (QCheckBox *c : findChildren<QCheckBox *>())
        connect(c, &QCheckBox::toggled, this, &SyncSection::edited);
    connect(m_ui->utcOffsetEdit, &QLineEdit::textEdited, this, &SyncSection::edited);
    connect(m_ui->treatmentPlansCheck, &QCheckBox::toggled, m_ui->treatmentIntervalSpin,
            &QWidget::setEnabled);
    for (QSpinBox *s : {m_ui->retryAttemptsSpin, m_ui->retryBaseSpin, m_ui->retryCapSpin})
        connect(s, &QSpinBox::valueChanged, this, &SyncSection::updatePreview);
    updatePreview();
}

SyncSection::~SyncSection() = default;

QString SyncSection::formatDuration(std::chrono::milliseconds duration)
{
    qint64 s = (duration.count() + 500) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    const qint64 d = s / 86400;
    const qint64 h = s % 86400 / 3600;
    const qint64 m = s % 3600 / 60;
    s %= 60;
    QStringList parts;
    if (d)
        parts << tr("%1 d").arg(d);
    if (h)
        parts << tr("%1 h").arg(h);
    if (m && !d)
        parts << tr("%1 min").arg(m);
    if (s && !d && !h)
        parts << tr("%1 s").arg(s);
    return parts.join(QLatin1Char(' '));
}

void SyncSection::load(const SettingsValues &v)
{
    const EngineConfig d;
    const QSignalBlocker block(this);
    m_ui->pollIntervalSpin->setValue(
        value(v, QStringLiteral("sync/poll_interval_seconds"), seconds(d.pollInterval)).toInt());
    m_ui->batchSizeSpin->setValue(
        value(v, QStringLiteral("sync/batch_size"), QString::number(d.batchSize)).toInt());
    m_ui->utcOffsetEdit->setText(
        value(v, QStringLiteral("sync/utc_offset"), offsetText(d.utcOffsetSeconds)));
    m_ui->autoBindCheck->setChecked(
        isTrue(value(v, QStringLiteral("sync/auto_bind"), boolText(d.autoBind))));
    m_ui->convertLeadsCheck->setChecked(
        isTrue(value(v, QStringLiteral("sync/convert_leads"), boolText(d.convertLeads))));
    m_ui->treatmentPlansCheck->setChecked(
        isTrue(value(v, QStringLiteral("treatment_plans/enabled"), boolText(d.treatmentPlans))));
    m_ui->treatmentIntervalSpin->setValue(
        value(v, QStringLiteral("treatment_plans/min_interval_seconds"),
              seconds(d.treatmentPlanInterval))
            .toInt());
    m_ui->treatmentIntervalSpin->setEnabled(m_ui->treatmentPlansCheck->isChecked());
    m_ui->retryAttemptsSpin->setValue(
        value(v, QStringLiteral("retry/max_attempts"), QString::number(d.retry.maxAttempts))
            .toInt());
    m_ui->retryBaseSpin->setValue(
        value(v, QStringLiteral("retry/base_seconds"), seconds(d.retry.base)).toInt());
    m_ui->retryCapSpin->setValue(
        value(v, QStringLiteral("retry/cap_seconds"), seconds(d.retry.cap)).toInt());
    updatePreview();
}

void SyncSection::collect(SettingsValues &v) const
{
    const EngineConfig d;
    put(v, QStringLiteral("sync/poll_interval_seconds"),
        QString::number(m_ui->pollIntervalSpin->value()), seconds(d.pollInterval));
    put(v, QStringLiteral("sync/batch_size"), QString::number(m_ui->batchSizeSpin->value()),
        QString::number(d.batchSize));
    put(v, QStringLiteral("sync/utc_offset"), m_ui->utcOffsetEdit->text().trimmed(),
        offsetText(d.utcOffsetSeconds));
    put(v, QStringLiteral("sync/auto_bind"), boolText(m_ui->autoBindCheck->isChecked()),
        boolText(d.autoBind));
    put(v, QStringLiteral("sync/convert_leads"), boolText(m_ui->convertLeadsCheck->isChecked()),
        boolText(d.convertLeads));
    put(v, QStringLiteral("treatment_plans/enabled"),
        boolText(m_ui->treatmentPlansCheck->isChecked()), boolText(d.treatmentPlans));
    put(v, QStringLiteral("treatment_plans/min_interval_seconds"),
        QString::number(m_ui->treatmentIntervalSpin->value()), seconds(d.treatmentPlanInterval));
    put(v, QStringLiteral("retry/max_attempts"), QString::number(m_ui->retryAttemptsSpin->value()),
        QString::number(d.retry.maxAttempts));
    put(v, QStringLiteral("retry/base_seconds"), QString::number(m_ui->retryBaseSpin->value()),
        seconds(d.retry.base));
    put(v, QStringLiteral("retry/cap_seconds"), QString::number(m_ui->retryCapSpin->value()),
        seconds(d.retry.cap));
}

QStringList SyncSection::problems() const
{
    QStringList out;
    static const QRegularExpression offset(QStringLiteral("^[+-]\\d{2}:?\\d{2}$"));
    if (!offset.match(m_ui->utcOffsetEdit->text().trimmed()).hasMatch())
        out << tr("Clinic time zone: write the offset like +03:00.");
    if (m_ui->retryCapSpin->value() < m_ui->retryBaseSpin->value())
        out << tr("Retries: the longest delay must be at least the first delay.");
    return out;
}

void SyncSection::updatePreview()
{
    RetryConfig c;
    c.maxAttempts = m_ui->retryAttemptsSpin->value();
    c.base = std::chrono::seconds(m_ui->retryBaseSpin->value());
    c.cap = std::chrono::seconds(m_ui->retryCapSpin->value());
    const RetryPolicy policy(c);
    QStringList delays;
    std::chrono::milliseconds total{0};
    // The last attempt has no delay after it: the job is then given up.
    for (int attempt = 1; attempt < c.maxAttempts; ++attempt) {
        const auto ceiling = policy.backoffCeiling(attempt);
        total += ceiling;
        delays << formatDuration(ceiling);
    }
    if (delays.isEmpty()) {
        m_ui->retryPreview->setText(tr("One attempt: a failed appointment is not retried."));
        return;
    }
    m_ui->retryPreview->setText(tr("At once, then after up to %1. All attempts are used within "
                                   "%2 at most; then the appointment waits on the Problems page.")
                                    .arg(delays.join(QStringLiteral(", ")), formatDuration(total)));
}

} // namespace identsync
