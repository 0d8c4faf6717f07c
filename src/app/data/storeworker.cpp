#include "storeworker.h"

#include "applogging.h"

#include "store/database.h"

#include <QThread>

namespace identsync {

StoreWorker::StoreWorker(StoreConfig config)
    : m_config(std::move(config))
{}

StoreWorker::~StoreWorker() = default;

Database *StoreWorker::database(QString *error)
{
    Q_ASSERT(thread() == QThread::currentThread());
    if (m_db && m_db->isOpen())
        return m_db.get();
    if (!m_db)
        m_db = std::make_unique<Database>(m_config);
    if (auto opened = m_db->open(); !opened) {
        qCWarning(lcApp) << "state database:" << opened.error();
        if (error)
            *error = opened.error();
        return nullptr;
    }
    return m_db.get();
}

} // namespace identsync
