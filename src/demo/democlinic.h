#pragma once

#include "engine/engineconfig.h"

#include "fake-bitrix24/portalconfig.h"
#include "fake-bitrix24/ratelimiter.h"

#include <QString>

#include <memory>
#include <optional>

namespace identsync::fake {
class FakePortalThread;
}

namespace identsync {

// A sample clinic a newcomer (or a test) can sync with no setup: an IDENT database generated in
// `dir`, a local fake Bitrix24 portal on a thread of this process, the portal's webhook code in
// the keychain under a service of its own, and identsync.ini pointing at both.
class DemoClinic
{
public:
    struct Options
    {
        QString dir; // emptied and filled; the default is <temp>/identsync-demo
        int receptions = 600;
        quint64 seed = 7;
        fake::Plan plan = fake::Plan::Standard;
        int pollSeconds = 60;
        // The keychain service the demo's secret goes to (IDENTSYNC_KEYCHAIN_SERVICE is set to
        // it for this process), apart from a real installation's.
        QString keychainService = QStringLiteral("IdentSyncDemo");
    };

    explicit DemoClinic(Options options);
    ~DemoClinic();
    DemoClinic(const DemoClinic &) = delete;
    DemoClinic &operator=(const DemoClinic &) = delete;

    // Generates the sample, starts the portal, stores the secret and writes the INI. False with
    // `error` saying which step failed and why.
    bool setUp(QString *error);
    // Some hours pass in the clinic: new and changed receptions. A one-line summary, or nullopt.
    std::optional<QString> advance(int minutes, quint64 seed, QString *error);
    void stopPortal();

    QString dir() const { return m_options.dir; }
    QString configPath() const;
    EngineConfig config() const { return m_config; }
    QString sampleSummary() const { return m_sampleSummary; }
    QString portalStateFile() const;
    fake::FakePortalThread *portal() const { return m_portal.get(); }
    QString webhookCode() const { return m_portalConfig.webhookCode; }

private:
    Options m_options;
    fake::PortalConfig m_portalConfig;
    std::unique_ptr<fake::FakePortalThread> m_portal;
    EngineConfig m_config;
    QString m_sampleSummary;
};

} // namespace identsync
