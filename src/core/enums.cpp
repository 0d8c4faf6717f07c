#include "enums.h"

namespace identsync {

namespace {

// "RateLimited" -> "rate_limited": derived from the Q_ENUM names so a new enumerator cannot be
// forgotten here.
QString snakeCase(const char *camel)
{
    QString out;
    for (const char *p = camel; *p; ++p) {
        const QChar c = QLatin1Char(*p);
        if (c.isUpper() && p != camel)
            out += QLatin1Char('_');
        out += c.toLower();
    }
    return out;
}

template <typename E> QString keyOf(E v)
{
    const QMetaEnum me = QMetaEnum::fromType<E>();
    const char *name = me.valueToKey(static_cast<int>(v));
    return name ? snakeCase(name) : QString();
}

template <typename E> std::optional<E> fromKey(QStringView key)
{
    for (int i = 0; i < enumCount<E>(); ++i) {
        const auto v = static_cast<E>(i);
        if (keyOf(v) == key)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString toKey(ErrorClass v)
{
    return keyOf(v);
}
QString toKey(JobState v)
{
    return keyOf(v);
}
QString toKey(JobKind v)
{
    return keyOf(v);
}
QString toKey(ReceptionStatus v)
{
    return keyOf(v);
}
QString toKey(StageReason v)
{
    return keyOf(v);
}
QString toKey(TransportError v)
{
    return keyOf(v);
}

template <> std::optional<ErrorClass> enumFromKey<ErrorClass>(QStringView key)
{
    return fromKey<ErrorClass>(key);
}
template <> std::optional<JobState> enumFromKey<JobState>(QStringView key)
{
    return fromKey<JobState>(key);
}
template <> std::optional<JobKind> enumFromKey<JobKind>(QStringView key)
{
    return fromKey<JobKind>(key);
}
template <> std::optional<ReceptionStatus> enumFromKey<ReceptionStatus>(QStringView key)
{
    return fromKey<ReceptionStatus>(key);
}
template <> std::optional<StageReason> enumFromKey<StageReason>(QStringView key)
{
    return fromKey<StageReason>(key);
}
template <> std::optional<TransportError> enumFromKey<TransportError>(QStringView key)
{
    return fromKey<TransportError>(key);
}

QString statusText(ReceptionStatus status)
{
    switch (status) {
    case ReceptionStatus::Scheduled:
        return QStringLiteral("Запланирован");
    case ReceptionStatus::PatientArrived:
        return QStringLiteral("Пациент пришел");
    case ReceptionStatus::InProgress:
        return QStringLiteral("В процессе");
    case ReceptionStatus::Completed:
        return QStringLiteral("Завершен");
    case ReceptionStatus::CompletedInvoiced:
        return QStringLiteral("Завершен (счет выдан)");
    case ReceptionStatus::Cancelled:
        return QStringLiteral("Отменен");
    case ReceptionStatus::Count:
        break;
    }
    return {};
}

std::optional<ReceptionStatus> statusFromText(QStringView text)
{
    const QString t = text.trimmed().toString();
    for (int i = 0; i < enumCount<ReceptionStatus>(); ++i) {
        const auto s = static_cast<ReceptionStatus>(i);
        if (statusText(s).compare(t, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

} // namespace identsync
