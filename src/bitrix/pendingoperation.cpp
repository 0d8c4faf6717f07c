#include "pendingoperation.h"

namespace identsync {

void PendingOperation::cancel()
{
    if (!m_finished)
        emit cancelRequested();
}

void PendingOperation::markFinished()
{
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace identsync
