#include "bindingdialog.h"

#include "ui_bindingdialog.h"

#include "data/consoleportal.h"
#include "data/consolesession.h"
#include "models/dealcandidatesmodel.h"
#include "models/roles.h"

#include "core/piimask.h"
#include "core/receptionstatus.h"
#include "engine/workers.h"
#include "shell/messageboxconfirmer.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

namespace identsync {

BindingDialog::BindingDialog(ConsoleSession *session, ConsolePortal *portal,
                             const EngineConfig &config, const QString &receptionKey,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BindingDialog>())
    , m_session(session)
    , m_portal(portal)
    , m_reader(session->createWorker<BindingReader>())
    , m_model(new DealCandidatesModel(plannerFor(config), this))
    , m_defaultConfirmer(std::make_unique<MessageBoxConfirmer>())
{
    m_ui->setupUi(this);
    m_confirmer = m_defaultConfirmer.get();
    m_ui->candidates->setModel(m_model);
    m_ui->candidates->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->candidates->horizontalHeader()->setSectionResizeMode(DealCandidatesModel::Outcome,
                                                               QHeaderView::Stretch);

    connect(m_reader, &BindingReader::loaded, this, &BindingDialog::onLoaded);
    connect(m_reader, &BindingReader::holdersRead, this,
            [this](quint64 requestId, const QHash<qint64, QList<DealKey>> &holders) {
                if (requestId == m_searchId)
                    m_model->setHolders(holders);
                updatePreview();
            });
    connect(m_ui->loadButton, &QPushButton::clicked, this,
            [this] { openReception(m_ui->keyEdit->text()); });
    connect(m_ui->keyEdit, &QLineEdit::returnPressed, m_ui->loadButton, &QPushButton::click);
    connect(m_ui->searchButton, &QPushButton::clicked, this, &BindingDialog::search);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &BindingDialog::search);
    connect(m_ui->candidates->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                updatePreview();
                updateButtons();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BindingDialog::updatePreview);
    connect(m_ui->bindButton, &QPushButton::clicked, this, &BindingDialog::bindSelected);
    connect(m_ui->unbindButton, &QPushButton::clicked, this, &BindingDialog::unbind);
    connect(m_ui->createButton, &QPushButton::clicked, this, &BindingDialog::createNew);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->createButton->setToolTip(
        tr("Forgets the binding and has the next cycle look again: it updates a deal that "
           "carries the appointment's key, or creates a new one when nothing matches."));

    configure(config, portal);
    if (!receptionKey.isEmpty())
        openReception(receptionKey);
    else
        m_ui->receptionLabel->setText(
            tr("Type the appointment key (as in the queue, e.g. F1_12345) and press «Show»."));
    updateButtons();
}

BindingDialog::~BindingDialog() = default;

void BindingDialog::configure(const EngineConfig &config, ConsolePortal *portal)
{
    for (const auto &c : std::as_const(m_portalConnections))
        disconnect(c);
    m_portalConnections.clear();
    m_portal = portal;
    m_model->setPlanner(plannerFor(config));
    if (!m_portal) {
        setStatus(tr("No portal is configured, so deals cannot be searched: enter the webhook "
                     "URL in Settings."),
                  QStringLiteral("warning"));
        return;
    }
    setStatus({}, QStringLiteral("info"));
    m_model->setStageCatalog(m_portal->stages());
    m_portalConnections << connect(m_portal, &ConsolePortal::stagesLoaded, m_model,
                                   &DealCandidatesModel::setStageCatalog);
    m_portalConnections << connect(
        m_portal, &ConsolePortal::searchFinished, this,
        [this](quint64 requestId, const QList<DealCandidate> &found) {
            if (requestId != m_searchId)
                return;
            m_model->setCandidates(found);
            QList<qint64> ids;
            for (const DealCandidate &c : found)
                ids << c.id;
            QMetaObject::invokeMethod(m_reader, [reader = m_reader, requestId, ids] {
                reader->readHolders(requestId, ids);
            });
            m_ui->searchButton->setEnabled(true);
            setStatus(found.isEmpty()
                          ? tr("No deals found. Try the phone in another form, the surname or the "
                               "deal ID.")
                          : tr("%n deal(s) found. Select one to see what the next cycle will do "
                               "to it.",
                               nullptr, int(found.size())),
                      found.isEmpty() ? QStringLiteral("warning") : QStringLiteral("info"));
            if (!found.isEmpty())
                m_ui->candidates->selectRow(0);
            updateButtons();
        });
    m_portalConnections << connect(m_portal, &ConsolePortal::searchFailed, this,
                                   [this](quint64 requestId, const QString &error) {
                                       if (requestId != m_searchId)
                                           return;
                                       m_ui->searchButton->setEnabled(true);
                                       setStatus(tr("The portal could not be searched: %1 Check "
                                                    "the connection and press «Find» again.")
                                                     .arg(error),
                                                 QStringLiteral("danger"));
                                   });
}

void BindingDialog::setEmbedded(bool embedded)
{
    m_ui->closeButton->setVisible(!embedded);
}

bool BindingDialog::confirm(const QString &question, const QString &action)
{
    return m_confirmer->confirm(this, windowTitle(), question, action);
}

void BindingDialog::openReception(const QString &receptionKey)
{
    const auto key = DealKey::parse(receptionKey.trimmed());
    m_ui->keyEdit->setText(receptionKey.trimmed());
    if (!key) {
        setStatus(tr("«%1» is not an appointment key: it looks like F1_12345 (branch and "
                     "appointment number).")
                      .arg(receptionKey),
                  QStringLiteral("danger"));
        return;
    }
    m_context = BindingContext{};
    m_model->setReception(std::nullopt);
    m_ui->receptionLabel->setText(tr("Reading %1…").arg(key->toString()));
    QMetaObject::invokeMethod(m_reader, [reader = m_reader, k = *key] { reader->load(k); });
    updateButtons();
}

void BindingDialog::onLoaded(const BindingContext &context)
{
    if (context.key.toString() != m_ui->keyEdit->text().trimmed())
        return;
    m_context = context;
    m_model->setReception(context.reception);
    QStringList lines;
    if (context.reception) {
        const Reception &r = *context.reception;
        lines << tr("%1: %2, %3, doctor %4. Status: %5.")
                     .arg(r.key().toString(),
                          PiiMask::name(r.patient.surname, r.patient.name, r.patient.patronymic),
                          QLocale().toString(r.planStart.toLocalTime(), QLocale::ShortFormat),
                          r.doctor, statusText(deriveStatus(r).status));
    } else if (!context.error.isEmpty()) {
        lines << tr("%1 could not be read: %2").arg(context.key.toString(), context.error);
    } else {
        lines << tr("The sync has not read %1 from IDENT yet: check the key, or run a cycle first.")
                     .arg(context.key.toString());
    }
    if (context.binding)
        lines << (context.binding->manual
                      ? tr("Bound to deal %1 by hand.").arg(context.binding->dealId)
                      : tr("Bound to deal %1.").arg(context.binding->dealId));
    else
        lines << tr("Not bound to a deal yet.");
    if (context.job && context.job->lastError)
        lines << tr("Waiting because: %1").arg(context.job->lastError->message);
    m_ui->receptionLabel->setText(lines.join(QLatin1Char('\n')));

    if (context.reception && m_ui->searchEdit->text().isEmpty()) {
        m_ui->searchEdit->setText(context.reception->patient.phoneRaw.isEmpty()
                                      ? context.reception->patient.surname
                                      : context.reception->patient.phoneRaw);
    }
    if (context.reception && m_portal)
        search();
    updateButtons();
}

void BindingDialog::search()
{
    if (!m_portal)
        return;
    const QString query = m_ui->searchEdit->text().trimmed();
    if (query.isEmpty() && !m_context.reception) {
        setStatus(tr("Type a phone, a surname or a deal ID to search."), QStringLiteral("info"));
        return;
    }
    m_ui->searchButton->setEnabled(false);
    setStatus(tr("Searching the portal…"), QStringLiteral("info"));
    m_searchId =
        m_portal->search(query, m_context.reception ? m_context.key.toString() : QString());
}

int BindingDialog::selectedRow() const
{
    const QModelIndexList rows = m_ui->candidates->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void BindingDialog::updatePreview()
{
    const int row = selectedRow();
    if (row < 0) {
        m_ui->previewLabel->clear();
        return;
    }
    const DealCandidate &c = m_model->candidate(row);
    QString text;
    if (const auto outcome = m_model->outcome(row))
        text = tr("If bound to deal %1: %2").arg(c.id).arg(outcome->summary);
    if (!c.boundTo.isEmpty() && c.boundTo != m_context.key.toString())
        text += QLatin1Char('\n') + tr("This deal is already bound to %1.").arg(c.boundTo);
    m_ui->previewLabel->setText(text);
}

void BindingDialog::updateButtons()
{
    const bool known = m_context.key.isValid() && (m_context.reception || m_context.job);
    const int row = selectedRow();
    const bool sameDeal =
        row >= 0 && m_context.binding && m_context.binding->dealId == m_model->candidate(row).id;
    m_ui->bindButton->setEnabled(known && row >= 0 && !sameDeal);
    m_ui->unbindButton->setEnabled(m_context.binding.has_value());
    m_ui->createButton->setEnabled(known && m_context.job.has_value());
}

void BindingDialog::setStatus(const QString &text, const QString &tone)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("tone", tone);
}

void BindingDialog::bindSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.key.isValid())
        return;
    const DealCandidate c = m_model->candidate(row);
    const QString key = m_context.key.toString();
    QString question;
    if (!c.boundTo.isEmpty() && c.boundTo != key)
        question = tr("Deal %1 is already bound to appointment %2. Bind %3 to it as well? Both "
                      "appointments will then update the same deal.")
                       .arg(c.id)
                       .arg(c.boundTo, key);
    else
        question = tr("Bind appointment %1 to deal %2 «%3»?").arg(key).arg(c.id).arg(c.title);
    if (const auto outcome = m_model->outcome(row))
        question += QLatin1Char('\n') + tr("Next cycle: %1").arg(outcome->summary);
    if (!confirm(question, tr("Bind")))
        return;
    m_session->postCommand(CommandKind::Bind, QJsonObject{{QStringLiteral("deal_key"), key},
                                                          {QStringLiteral("deal_id"), c.id}});
    setStatus(tr("Sent: the sync binds %1 to deal %2 within a second and updates the deal in "
                 "the next cycle. The change is recorded in Stage transitions.")
                  .arg(key)
                  .arg(c.id),
              QStringLiteral("ok"));
    Q_EMIT commandSent(key);
}

void BindingDialog::unbind()
{
    if (!m_context.binding)
        return;
    const QString key = m_context.key.toString();
    if (!confirm(tr("Remove the binding of %1 to deal %2? The deal itself is not changed; the "
                    "next cycle looks for the appointment's deal again.")
                     .arg(key)
                     .arg(m_context.binding->dealId),
                 tr("Unbind")))
        return;
    m_session->postCommand(CommandKind::Unbind, QJsonObject{{QStringLiteral("deal_key"), key}});
    setStatus(tr("Sent: %1 will be unbound within a second.").arg(key), QStringLiteral("ok"));
    Q_EMIT commandSent(key);
}

void BindingDialog::createNew()
{
    if (!m_context.job)
        return;
    const QString key = m_context.key.toString();
    if (!confirm(tr("Let the next cycle create a new deal for %1? It first looks for a deal "
                    "that carries this appointment's key; if several contacts of the patient "
                    "match, it waits again: merge them in Bitrix24 first.")
                     .arg(key),
                 tr("Create")))
        return;
    if (m_context.binding)
        m_session->postCommand(CommandKind::Unbind, QJsonObject{{QStringLiteral("deal_key"), key}});
    else
        m_session->postCommand(CommandKind::Retry, QJsonObject{{QStringLiteral("jobs"),
                                                                QJsonArray{m_context.job->id}}});
    setStatus(tr("Sent: the next cycle handles %1 again.").arg(key), QStringLiteral("ok"));
    Q_EMIT commandSent(key);
}

} // namespace identsync
