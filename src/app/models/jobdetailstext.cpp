#include "jobdetailstext.h"

#include "jobtexts.h"

#include "core/piimask.h"

#include <QJsonDocument>

namespace identsync {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString httpText(int status)
{
    return status > 0 ? QString::number(status) : QString();
}

} // namespace

QString JobDetailsText::html(const JobDetails &d, int maxAttempts, const QDateTime &now)
{
    const JobSummary &s = d.job.summary;
    QString out;
    const QString key = s.dealKey.isValid() ? s.dealKey.toString() : s.key;
    out += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Appointment %1").arg(key)));
    QString facts;
    facts += row(tr("State"), JobTexts::state(s.state));
    facts += row(tr("Attempts"), JobTexts::attempts(s.attempts, maxAttempts));
    facts += row(tr("Next attempt"), JobTexts::nextAttempt(s, now));
    facts += row(tr("Patient"), PiiMask::fullName(s.patientName));
    facts += row(tr("Doctor"), d.doctor);
    facts += row(tr("Branch"), d.branch);
    facts += row(tr("Deal"), s.dealId ? QString::number(*s.dealId) : QString());
    facts += row(tr("Request id"), d.job.correlationId);
    if (s.outcomeUnknown)
        facts += row(tr("Note"), tr("An earlier attempt may have reached the portal; the next one "
                                    "searches the portal first, so no duplicate is created."));
    out += QStringLiteral("<table cellspacing='4'>%1</table>").arg(facts);

    if (s.lastError) {
        const ErrorInfo &e = *s.lastError;
        out += QStringLiteral("<h4>%1</h4>").arg(esc(JobTexts::errorClass(e.cls)));
        out += QStringLiteral("<p>%1</p>").arg(esc(JobTexts::explanation(e.cls)));
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(esc(tr("What to do:")), esc(JobTexts::recommendedAction(e.cls)));
        QString answer;
        answer += row(tr("Class"), toKey(e.cls));
        answer += row(tr("Code"), e.code);
        answer += row(tr("HTTP status"), httpText(e.httpStatus));
        answer += row(tr("Portal's message"), e.message);
        out += QStringLiteral("<h4>%1</h4><table cellspacing='4'>%2</table>")
                   .arg(esc(tr("The portal's answer")), answer);
    }

    if (!d.events.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Attempt history")));
        out += QStringLiteral("<table cellspacing='4' border='0'><tr><th>%1</th><th>%2</th>"
                              "<th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                   .arg(esc(tr("Time")), esc(tr("Class")), esc(tr("Code")), esc(tr("HTTP")),
                        esc(tr("Message")), esc(tr("Request id")));
        for (const ErrorEvent &ev : d.events) {
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                  "<td>%6</td></tr>")
                       .arg(esc(JobTexts::dateTime(ev.at)), esc(toKey(ev.error.cls)),
                            esc(ev.error.code), esc(httpText(ev.error.httpStatus)),
                            esc(ev.error.message), esc(ev.correlationId));
        }
        out += QStringLiteral("</table>");
    }

    const QJsonDocument payload = QJsonDocument::fromJson(d.job.payload.toUtf8());
    const QString pretty = payload.isNull()
                               ? d.job.payload
                               : QString::fromUtf8(payload.toJson(QJsonDocument::Indented));
    out += QStringLiteral("<h4>%1</h4><pre>%2</pre>")
               .arg(esc(tr("What is sent")), esc(PiiMask::text(pretty)));
    return out;
}

} // namespace identsync
