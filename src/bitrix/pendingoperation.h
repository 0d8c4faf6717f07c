#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace identsync {

// The handle an asynchronous client operation returns. It lives on the client's thread, emits
// finished() exactly once and always from the event loop (never inside the call that created
// it), then deletes itself; connect right after the call.
class PendingOperation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    // Gives up on the operation. A request not yet sent is dropped and finishes as cancelled;
    // one already sent is aborted and finishes with its outcome unknown.
    void cancel();

signals:
    void finished();
    void cancelRequested();

protected:
    void markFinished();

private:
    bool m_finished = false;
};

template <typename T> class Pending : public PendingOperation
{
public:
    using PendingOperation::PendingOperation;

    const T &result() const { return m_result; }

    // Calls `handler(result)` on `context`'s thread when finished; nothing if `context` is gone.
    template <typename F> void then(QObject *context, F &&handler)
    {
        QObject::connect(this, &PendingOperation::finished, context,
                         [this, h = std::forward<F>(handler)]() mutable { h(m_result); });
    }

    // For the client: stores the result, emits finished() and schedules deletion.
    void finish(T result)
    {
        if (isFinished())
            return;
        m_result = std::move(result);
        markFinished();
    }

private:
    T m_result{};
};

} // namespace identsync
