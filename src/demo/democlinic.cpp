#include "democlinic.h"

#include "engine/secretstore.h"

#include "fake-bitrix24/fakeportalthread.h"
#include "ident-sample/samplegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace identsync {

namespace {

sample::SampleConnection identConnection(const QString &dir)
{
    sample::SampleConnection conn;
    conn.driver = IdentSourceConfig::Driver::Sqlite;
    conn.database = dir + QStringLiteral("/ident.db");
    return conn;
}

} // namespace

DemoClinic::DemoClinic(Options options)
    : m_options(std::move(options))
{
    if (m_options.dir.isEmpty())
        m_options.dir = QDir::tempPath() + QStringLiteral("/identsync-demo");
}

DemoClinic::~DemoClinic()
{
    stopPortal();
}

QString DemoClinic::configPath() const
{
    return m_options.dir + QStringLiteral("/identsync.ini");
}

QString DemoClinic::portalStateFile() const
{
    return m_options.dir + QStringLiteral("/portal.json");
}

bool DemoClinic::setUp(QString *error)
{
    const QString &dir = m_options.dir;
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("DemoClinic", "cannot create the folder %1").arg(dir);
        return false;
    }
    qputenv("IDENTSYNC_KEYCHAIN_SERVICE", m_options.keychainService.toUtf8());

    {
        sample::SampleDatabase db(identConnection(dir));
        if (!db.isOpen()) {
            *error = db.error();
            return false;
        }
        sample::CreateOptions o;
        o.receptions = m_options.receptions;
        o.patients = qMax(20, m_options.receptions / 4);
        o.seed = m_options.seed;
        o.branches = 2;
        o.now = QDateTime::currentDateTimeUtc();
        const auto created = sample::SampleGenerator::create(db, o, error);
        if (!created)
            return false;
        m_sampleSummary = created->oneLine();
    }

    m_portalConfig.plan = m_options.plan;
    m_portalConfig.webhookCode = QStringLiteral("demo%1").arg(QCoreApplication::applicationPid());
    m_portalConfig.stateFile = portalStateFile();
    m_portal = std::make_unique<fake::FakePortalThread>(m_portalConfig);
    if (!m_portal->start(error)) {
        m_portal.reset();
        return false;
    }
    if (const auto stored =
            SecretStore().write(SecretStore::webhookKey(), m_portalConfig.webhookCode);
        !stored.ok) {
        *error = stored.error;
        return false;
    }

    QFile f(configPath());
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("DemoClinic", "cannot write %1").arg(configPath());
        return false;
    }
    {
        QTextStream ini(&f);
        ini << "[portal]\nurl=" << m_portal->baseUrl().toString() << "rest/"
            << m_portalConfig.webhookUser << "/\nplan=" << fake::planKey(m_options.plan) << '\n'
            << "[sync]\npoll_interval_seconds=" << m_options.pollSeconds << '\n'
            << "[state]\ndriver=sqlite\npath=state.db\n"
            << "[source.main]\ndriver=sqlite\ndatabase=ident.db\nfirst_run_days=365\n";
    }
    f.close();
    QList<ConfigProblem> problems;
    m_config = EngineConfig::load(configPath(), &problems);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ConfigProblem &p : problems)
            lines << p.key + QStringLiteral(": ") + p.message;
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

std::optional<QString> DemoClinic::advance(int minutes, quint64 seed, QString *error)
{
    sample::SampleDatabase db(identConnection(m_options.dir));
    if (!db.isOpen()) {
        *error = db.error();
        return std::nullopt;
    }
    sample::AdvanceOptions ao;
    ao.minutes = minutes;
    ao.seed = seed;
    const auto advanced = sample::SampleGenerator::advance(db, ao, error);
    if (!advanced)
        return std::nullopt;
    return advanced->oneLine();
}

void DemoClinic::stopPortal()
{
    if (m_portal)
        m_portal->stop();
    m_portal.reset();
}

} // namespace identsync
