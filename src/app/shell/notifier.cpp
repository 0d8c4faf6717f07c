#include "notifier.h"

namespace identsync {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::flushHeldBack);
}

void Notifier::setHealth(const EngineHealth &health)
{
    const bool wasError = m_last && m_last->state == EngineHealth::State::Error &&
                          m_last->pauseCause == health.pauseCause;
    if (health.state == EngineHealth::State::Error && !wasError)
        notifyPause(health);

    // The first status is the baseline: what was dead before the console started is not news.
    if (m_last && health.dead > m_last->dead) {
        m_pendingDead += health.dead - m_last->dead;
        if (!m_deadDue) {
            const auto now = m_clock();
            m_deadDue = now + kGather;
            if (m_deadSent && *m_deadSent + m_period > *m_deadDue)
                m_deadDue = *m_deadSent + m_period;
            m_timer.start(*m_deadDue - now);
        }
    }
    m_last = health;
    flushHeldBack();
}

void Notifier::notifyPause(const EngineHealth &health)
{
    const ErrorClass cause = health.pauseCause.value_or(ErrorClass::Internal);
    const auto now = m_clock();
    auto &sent = m_pauseSent[size_t(cause)];
    if (sent && now - *sent < m_period)
        return;
    sent = now;

    Notification n;
    n.kind = Notification::Kind::Paused;
    n.title = tr("IdentSync: synchronisation paused");
    n.page = MainWindow::Page::Settings;
    switch (cause) {
    case ErrorClass::Auth:
        n.message = tr("The portal refused the webhook (%1). Enter a new webhook code in "
                       "Settings; synchronisation then resumes by itself.")
                        .arg(health.reason);
        break;
    case ErrorClass::Permission:
        n.message = tr("The webhook lacks a permission (%1). Grant it in Bitrix24, then choose "
                       "Resume.")
                        .arg(health.reason);
        break;
    case ErrorClass::Config:
        n.message = tr("The settings need fixing (%1). Open Settings and correct them; "
                       "synchronisation then resumes by itself.")
                        .arg(health.reason);
        break;
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
    case ErrorClass::OperationLimit:
    case ErrorClass::Validation:
    case ErrorClass::NotFound:
    case ErrorClass::Ambiguous:
    case ErrorClass::DataQuality:
    case ErrorClass::Internal:
    case ErrorClass::Count:
        n.message = tr("%1. Open the overview to see what to do.").arg(health.reason);
        n.page = MainWindow::Page::Overview;
        break;
    }
    Q_EMIT notify(n);
}

void Notifier::flushHeldBack()
{
    if (!m_deadDue || m_pendingDead <= 0)
        return;
    const auto now = m_clock();
    if (now < *m_deadDue)
        return;
    Notification n;
    n.kind = Notification::Kind::ItemsDead;
    n.title = tr("IdentSync: items need attention");
    n.message = tr("Items that could not be synced: %1. Open Problems to see why and retry them.")
                    .arg(m_pendingDead);
    n.page = MainWindow::Page::Problems;
    m_pendingDead = 0;
    m_deadDue.reset();
    m_deadSent = now;
    m_timer.stop();
    Q_EMIT notify(n);
}

} // namespace identsync
