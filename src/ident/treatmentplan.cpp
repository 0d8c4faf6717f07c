#include "treatmentplan.h"

#include "sqldialect.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace identsync {

QString TreatmentPlanLine::stateText() const
{
    if (done && paid)
        return QStringLiteral("Выполнено и оплачено");
    if (done)
        return QStringLiteral("Выполнено");
    return QStringLiteral("Не выполнено");
}

qint64 TreatmentPlan::totalKopecks() const
{
    qint64 sum = 0;
    for (const TreatmentPlanLine &l : lines)
        sum += l.amountKopecks();
    return sum;
}

QString formatRoubles(qint64 kopecks)
{
    const bool negative = kopecks < 0;
    const quint64 abs = negative ? quint64(0) - quint64(kopecks) : quint64(kopecks);
    QString whole = QString::number(abs / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(' '));
    return QStringLiteral("%1%2,%3 ₽")
        .arg(negative ? QStringLiteral("−") : QString(), whole)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

TreatmentPlanSummary summarisePlans(QList<TreatmentPlan> plans)
{
    std::sort(plans.begin(), plans.end(),
              [](const TreatmentPlan &a, const TreatmentPlan &b) { return a.id < b.id; });
    for (TreatmentPlan &p : plans) {
        std::sort(p.lines.begin(), p.lines.end(),
                  [](const TreatmentPlanLine &a, const TreatmentPlanLine &b) {
                      return std::tie(a.stageOrder, a.elementOrder, a.id) <
                             std::tie(b.stageOrder, b.elementOrder, b.id);
                  });
    }

    QJsonArray jsonPlans;
    QStringList text;
    for (const TreatmentPlan &p : plans) {
        QJsonArray jsonLines;
        for (const TreatmentPlanLine &l : p.lines) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), l.id);
            o.insert(QStringLiteral("stage"), l.stage);
            o.insert(QStringLiteral("stageOrder"), l.stageOrder);
            o.insert(QStringLiteral("element"), l.element);
            o.insert(QStringLiteral("elementOrder"), l.elementOrder);
            o.insert(QStringLiteral("service"), l.service);
            o.insert(QStringLiteral("price"), l.priceKopecks);
            o.insert(QStringLiteral("discount"), l.discountKopecks);
            o.insert(QStringLiteral("teeth"), l.teeth ? QJsonValue(*l.teeth) : QJsonValue());
            o.insert(QStringLiteral("done"), l.done);
            o.insert(QStringLiteral("paid"), l.paid);
            jsonLines.append(o);
        }
        QJsonObject jp;
        jp.insert(QStringLiteral("id"), p.id);
        jp.insert(QStringLiteral("name"), p.name);
        jp.insert(QStringLiteral("created"), SqlDialect::formatDateTime(p.created));
        jp.insert(QStringLiteral("doctorId"), p.doctorId ? QJsonValue(*p.doctorId) : QJsonValue());
        jp.insert(QStringLiteral("total"), p.totalKopecks());
        jp.insert(QStringLiteral("lines"), jsonLines);
        jsonPlans.append(jp);

        text << QStringLiteral("План «%1»%2: %3")
                    .arg(p.name.simplified(),
                         p.created.isValid() ? QStringLiteral(" от %1").arg(
                                                   p.created.toString(QStringLiteral("dd.MM.yyyy")))
                                             : QString(),
                         formatRoubles(p.totalKopecks()));
        QString stage;
        bool firstStage = true;
        for (const TreatmentPlanLine &l : p.lines) {
            if (firstStage || l.stage != stage) {
                text << QStringLiteral("  Этап «%1»:").arg(l.stage.simplified());
                stage = l.stage;
                firstStage = false;
            }
            const QString what = l.service.isEmpty() ? l.element : l.service;
            text << QStringLiteral("    %1 — %2 (%3)")
                        .arg(what.simplified(), formatRoubles(l.amountKopecks()), l.stateText());
        }
    }

    TreatmentPlanSummary s;
    s.json = QJsonDocument(jsonPlans).toJson(QJsonDocument::Compact);
    s.text = text.join(QLatin1Char('\n'));
    s.hash =
        QString::fromLatin1(QCryptographicHash::hash(s.json, QCryptographicHash::Sha256).toHex());
    return s;
}

} // namespace identsync
