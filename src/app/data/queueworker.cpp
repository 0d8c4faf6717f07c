#include "queueworker.h"

#include "models/jobtexts.h"

#include "core/piimask.h"
#include "store/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace identsync {

namespace {

void readPayloadFields(const QString &payload, QString *doctor, QString *branch)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    *doctor = o.value(QStringLiteral("doctor")).toString();
    *branch = o.value(QStringLiteral("branchName")).toString();
}

QList<qint64> idsOf(const QList<JobSummary> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const JobSummary &s : rows)
        ids << s.id;
    return ids;
}

QString csvField(QString text)
{
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

JobQueue *QueueWorker::queue()
{
    if (m_queue)
        return &*m_queue;
    QString error;
    Database *db = database(&error);
    if (!db) {
        Q_EMIT failed(error);
        return nullptr;
    }
    m_queue.emplace(*db);
    return &*m_queue;
}

void QueueWorker::loadRows(quint64 token, JobPageRequest request, int count, bool reload)
{
    JobQueue *q = queue();
    if (!q)
        return;
    QueueSlice slice;
    slice.token = token;
    slice.reload = reload;
    slice.next = request.after;
    while (slice.rows.size() < count) {
        request.limit = int(std::min<qsizetype>(count - slice.rows.size(), 500));
        const auto page = q->page(request);
        if (!page) {
            Q_EMIT failed(page.error());
            return;
        }
        // The doctor and branch name live only in the payload: one more query for the page.
        const auto payloads = q->payloads(idsOf(page->rows));
        if (!payloads) {
            Q_EMIT failed(payloads.error());
            return;
        }
        for (const JobSummary &s : page->rows) {
            QueueRow row;
            row.job = s;
            readPayloadFields(payloads->value(s.id), &row.doctor, &row.branch);
            slice.rows << row;
        }
        slice.next = page->next;
        if (!page->next)
            break;
        request.after = page->next;
    }
    Q_EMIT rowsLoaded(slice);
}

void QueueWorker::loadCounts()
{
    JobQueue *q = queue();
    if (!q)
        return;
    const auto states = q->countsByState();
    if (!states) {
        Q_EMIT failed(states.error());
        return;
    }
    const auto groups = q->problemGroups();
    if (!groups) {
        Q_EMIT failed(groups.error());
        return;
    }
    QueueCounts counts;
    counts.states = *states;
    counts.groups = *groups;
    for (const ProblemGroup &g : *groups)
        counts.classes[size_t(g.errorClass)] += g.count;
    Q_EMIT countsLoaded(counts);
}

void QueueWorker::loadDetails(qint64 jobId)
{
    JobQueue *q = queue();
    if (!q)
        return;
    const auto job = q->job(jobId);
    if (!job) {
        Q_EMIT failed(job.error());
        return;
    }
    if (!*job)
        return;
    const auto events = q->errorEvents(jobId, MaxHistory);
    if (!events) {
        Q_EMIT failed(events.error());
        return;
    }
    JobDetails details;
    details.job = **job;
    details.events = *events;
    readPayloadFields(details.job.payload, &details.doctor, &details.branch);
    Q_EMIT detailsLoaded(details);
}

void QueueWorker::exportCsv(const JobPageRequest &base, const QString &path, int maxAttempts)
{
    JobQueue *q = queue();
    if (!q)
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    const QStringList header = {
        tr("State"),       tr("Problem"),    tr("Attempts"), tr("Next attempt"),
        tr("Appointment"), tr("Patient"),    tr("Doctor"),   tr("Branch"),
        tr("Deal"),        tr("Last error"), tr("Created"),  tr("Updated"),
    };
    // Excel opens a `;`-separated file with a UTF-8 byte order mark correctly in Russian.
    file.write("\xEF\xBB\xBF");
    file.write(header.join(u';').toUtf8() + "\r\n");
    JobPageRequest request = base;
    request.after.reset();
    request.limit = 500;
    qint64 rows = 0;
    for (;;) {
        const auto page = q->page(request);
        if (!page) {
            file.cancelWriting();
            Q_EMIT failed(page.error());
            return;
        }
        const auto payloads = q->payloads(idsOf(page->rows));
        if (!payloads) {
            file.cancelWriting();
            Q_EMIT failed(payloads.error());
            return;
        }
        for (const JobSummary &s : page->rows) {
            QString doctor;
            QString branch;
            readPayloadFields(payloads->value(s.id), &doctor, &branch);
            const QStringList fields = {
                JobTexts::state(s.state),
                JobTexts::errorTitle(s.lastError),
                JobTexts::attempts(s.attempts, maxAttempts),
                (s.state == JobState::Pending || s.state == JobState::RetryWait)
                    ? JobTexts::dateTime(s.nextAttemptAt)
                    : QString(),
                s.dealKey.isValid() ? s.dealKey.toString() : s.key,
                PiiMask::fullName(s.patientName),
                doctor,
                branch,
                s.dealId ? QString::number(*s.dealId) : QString(),
                PiiMask::text(JobTexts::plainError(s.lastError)),
                JobTexts::dateTime(s.createdAt),
                JobTexts::dateTime(s.updatedAt),
            };
            QStringList quoted;
            quoted.reserve(fields.size());
            for (const QString &f : fields)
                quoted << csvField(f);
            file.write(quoted.join(u';').toUtf8() + "\r\n");
            ++rows;
        }
        if (!page->next)
            break;
        request.after = page->next;
    }
    if (!file.commit()) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT exported(path, rows);
}

} // namespace identsync
