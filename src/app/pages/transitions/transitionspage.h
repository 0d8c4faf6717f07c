#pragma once

#include "models/stagecatalog.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class TransitionsPage;
}

class QAction;

namespace identsync {

class ConsoleSession;
class TransitionFilterProxy;
class TransitionsModel;

// «Переходы стадий»: every stage decision live, newest first, filterable by reason, branch,
// doctor and dates; from a row, open the deal on the portal, copy its id, or find the
// appointment in the queue. Only wires the model, the proxy and the form.
class TransitionsPage : public QWidget
{
    Q_OBJECT

public:
    // Opens a URL in the browser; tests replace it (production: QDesktopServices::openUrl).
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit TransitionsPage(ConsoleSession *session, QWidget *parent = nullptr);
    ~TransitionsPage() override;

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // The webhook URL of the configuration ("https://clinic.bitrix24.ru/rest/1/"): deals open on
    // that portal. Empty: «Open deal» is disabled and says why.
    void setPortalUrl(const QString &webhookUrl);
    void setStageCatalog(const StageCatalog &catalog);

    TransitionsModel *model() const { return m_model; }
    TransitionFilterProxy *proxy() const { return m_proxy; }

    // The deal's page on the portal of `webhookUrl`; invalid when either is missing.
    static QUrl dealUrl(const QString &webhookUrl, qint64 dealId);

Q_SIGNALS:
    // «Show in queue»: the shell switches to the queue page filtered to this reception key.
    void queueItemRequested(const QString &receptionKey);

private:
    void applyFilter();
    void refillFacets();
    void updateActions();
    void updateStatus();
    int currentSourceRow() const;

    std::unique_ptr<Ui::TransitionsPage> m_ui;
    TransitionsModel *m_model = nullptr;
    TransitionFilterProxy *m_proxy = nullptr;
    QAction *m_openDeal = nullptr;
    QAction *m_copyDeal = nullptr;
    QAction *m_showInQueue = nullptr;
    QString m_portalUrl;
    QString m_loadError;
    UrlOpener m_openUrl;
};

} // namespace identsync
