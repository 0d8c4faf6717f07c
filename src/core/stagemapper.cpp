#include "stagemapper.h"

#include <QRegularExpression>

namespace identsync {

namespace {

const QLatin1String kKeep("keep");
const QLatin1String kDefault("default");

bool isKeep(const QString &target)
{
    const QString t = target.simplified().toLower();
    return t == kKeep || t == QLatin1String("keep current") || t == QLatin1String("keep_current");
}

// Bitrix24 stage ids are letters, digits and underscores ("NEW", "UC_NO40X0").
bool isStageIdText(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]+$"));
    return re.match(s).hasMatch();
}

std::optional<ReceptionStatus> statusOf(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    t.replace(QChar(0x0401), QChar(0x0415)); // Ё -> Е
    if (const auto s = statusFromText(t))
        return s;
    return enumFromKey<ReceptionStatus>(text.trimmed().toLower());
}

QString validStatuses()
{
    QStringList names;
    for (int i = 0; i < enumCount<ReceptionStatus>(); ++i)
        names << statusText(static_cast<ReceptionStatus>(i));
    return names.join(QLatin1String(", "));
}

} // namespace

StageMappingConfig StageMappingConfig::defaults()
{
    StageMappingConfig c;
    c.targets.insert(ReceptionStatus::Scheduled, StageId(0, QStringLiteral("NEW")));
    c.targets.insert(ReceptionStatus::PatientArrived, StageId(0, QStringLiteral("NEW")));
    c.targets.insert(ReceptionStatus::InProgress, StageId(0, QStringLiteral("UC_NO40X0")));
    // Completed without an invoice leaves the stage to the people working the deal: mapping it to
    // the treatment stage is what kept the replaced product's deals stuck there.
    c.targets.insert(ReceptionStatus::Completed, std::nullopt);
    c.targets.insert(ReceptionStatus::CompletedInvoiced, StageId(0, QStringLiteral("WON")));
    c.targets.insert(ReceptionStatus::Cancelled, StageId(0, QStringLiteral("LOSE")));
    c.defaultStage = StageId(0, QStringLiteral("NEW"));
    return c;
}

std::optional<StageMappingConfig> StageMappingConfig::parse(QStringView text, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    const QStringList entries = text.toString().split(separators);

    StageMappingConfig config;
    bool defaultSeen = false;
    int number = 0;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        ++number;
        auto fail = [&](const QString &what) {
            if (error) {
                *error = QStringLiteral("Stage mapping, entry %1 \"%2\": %3")
                             .arg(number)
                             .arg(entry, what);
            }
            return std::nullopt;
        };

        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return fail(QStringLiteral("expected STATUS:STAGE, e.g. \"Отменен:LOSE\""));
        const QString statusPart = entry.left(colon).trimmed();
        const QString targetPart = entry.mid(colon + 1).trimmed();

        if (targetPart.isEmpty())
            return fail(QStringLiteral("the stage is missing; write a stage id or \"keep\""));
        const bool keep = isKeep(targetPart);
        if (!keep && targetPart.contains(QLatin1Char(':'))) {
            return fail(QStringLiteral("write the stage id without the pipeline prefix (NEW, not "
                                       "C1:NEW); it is applied in every pipeline"));
        }
        if (!keep && !isStageIdText(targetPart)) {
            return fail(QStringLiteral("\"%1\" is not a stage id; stage ids are letters, digits "
                                       "and underscores, e.g. UC_NO40X0")
                            .arg(targetPart));
        }

        if (statusPart.compare(kDefault, Qt::CaseInsensitive) == 0 ||
            statusPart == QLatin1String("*")) {
            if (defaultSeen)
                return fail(QStringLiteral("the default stage is given twice"));
            if (keep) {
                return fail(QStringLiteral("the default stage must be a stage id: a new deal has "
                                           "no current stage to keep"));
            }
            defaultSeen = true;
            config.defaultStage = StageId(0, targetPart);
            continue;
        }

        const auto status = statusOf(statusPart);
        if (!status) {
            return fail(QStringLiteral("unknown status \"%1\"; use one of: %2, or default")
                            .arg(statusPart, validStatuses()));
        }
        if (config.targets.contains(*status)) {
            return fail(QStringLiteral("status \"%1\" is mapped twice").arg(statusText(*status)));
        }
        config.targets.insert(*status,
                              keep ? std::nullopt : std::optional<StageId>(StageId(0, targetPart)));
    }
    if (error)
        error->clear();
    return config;
}

QString StageMappingConfig::toString() const
{
    QStringList parts;
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        parts << QStringLiteral("%1:%2").arg(statusText(it.key()),
                                             it.value() ? it.value()->localId() : QString(kKeep));
    }
    parts << QStringLiteral("%1:%2").arg(kDefault, defaultStage.localId());
    return parts.join(QLatin1String(", "));
}

StageMapper::StageMapper(StageMappingConfig config)
    : m_config(std::move(config))
{}

std::optional<StageId> StageMapper::target(ReceptionStatus status, int categoryId,
                                           bool dealExists) const
{
    const auto it = m_config.targets.constFind(status);
    if (it == m_config.targets.cend())
        return m_config.defaultStage.inCategory(categoryId);
    if (it.value())
        return it.value()->inCategory(categoryId);
    if (dealExists)
        return std::nullopt;

    const auto inProgress = m_config.targets.constFind(ReceptionStatus::InProgress);
    if (inProgress != m_config.targets.cend() && inProgress.value())
        return inProgress.value()->inCategory(categoryId);
    return m_config.defaultStage.inCategory(categoryId);
}

QStringList StageMapper::validate(const Pipeline &pipeline) const
{
    QStringList problems;
    const int category = pipeline.categoryId();
    auto check = [&](const StageId &stage, const QString &usedFor) {
        const StageId inPipeline = stage.inCategory(category);
        if (!pipeline.contains(inPipeline)) {
            problems << QStringLiteral("Stage mapping: %1 goes to stage %2, which pipeline %3 does "
                                       "not have; choose one of its stages or add the stage in "
                                       "Bitrix24")
                            .arg(usedFor, inPipeline.toString())
                            .arg(category);
        }
    };
    for (auto it = m_config.targets.cbegin(); it != m_config.targets.cend(); ++it) {
        if (it.value())
            check(*it.value(), QStringLiteral("status \"%1\"").arg(statusText(it.key())));
    }
    check(m_config.defaultStage, QStringLiteral("an unmapped status"));
    return problems;
}

} // namespace identsync
