#include "errorclassifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace identsync {

namespace {

ErrorClass classifyTransport(TransportError t)
{
    switch (t) {
    case TransportError::Timeout:
    case TransportError::ConnectionRefused:
    case TransportError::ConnectionReset:
    // Clinics lose their internet connection far more often than portals are renamed.
    case TransportError::HostNotFound:
    // We aborted the call ourselves (shutdown, engine paused): the outcome is unknown and the job
    // is reconciled and sent again later.
    case TransportError::Cancelled:
    case TransportError::Other:
        return ErrorClass::Transient;
    // An untrusted or expired certificate, or a wrong system clock: retrying cannot fix it, and a
    // person has to look before anything is sent over that connection.
    case TransportError::Tls:
        return ErrorClass::Config;
    // The same request would bring the same oversized answer back.
    case TransportError::ResponseTooLarge:
        return ErrorClass::Internal;
    case TransportError::None:
    case TransportError::Count:
        break;
    }
    return ErrorClass::Internal;
}

// Codes whose class does not depend on the status or the text. Lower-case: Bitrix24 mixes
// `NO_AUTH_FOUND` and `expired_token`, and some proxies and SDKs change the case.
const QHash<QString, ErrorClass> &fixedCodes()
{
    static const QHash<QString, ErrorClass> table = {
        {QStringLiteral("query_limit_exceeded"), ErrorClass::RateLimited},
        {QStringLiteral("operation_time_limit"), ErrorClass::OperationLimit},

        {QStringLiteral("no_auth_found"), ErrorClass::Auth},
        {QStringLiteral("invalid_credentials"), ErrorClass::Auth},
        {QStringLiteral("expired_token"), ErrorClass::Auth},
        {QStringLiteral("invalid_token"), ErrorClass::Auth},
        {QStringLiteral("authorization_error"), ErrorClass::Auth},
        // "Https required.": the webhook address the person entered is wrong; they fix it where
        // they enter credentials, which is what an auth pause asks them to do.
        {QStringLiteral("invalid_request"), ErrorClass::Auth},

        {QStringLiteral("access_denied"), ErrorClass::Permission},
        {QStringLiteral("insufficient_scope"), ErrorClass::Permission},
        {QStringLiteral("user_access_error"), ErrorClass::Permission},
        {QStringLiteral("allowed_only_intranet_user"), ErrorClass::Permission},
        {QStringLiteral("portal_deleted"), ErrorClass::Permission},
        // A manual block by Bitrix24 staff after heavy load: waiting on our side does not lift it.
        {QStringLiteral("overload_limit"), ErrorClass::Permission},

        {QStringLiteral("error_method_not_found"), ErrorClass::Config},

        {QStringLiteral("internal_server_error"), ErrorClass::Transient},
        {QStringLiteral("error_unexpected_answer"), ErrorClass::Transient},

        {QStringLiteral("error_argument"), ErrorClass::Validation},
        {QStringLiteral("invalid_arg_value"), ErrorClass::Validation},
        {QStringLiteral("error_batch_length_exceeded"), ErrorClass::Validation},
        {QStringLiteral("error_batch_method_not_allowed"), ErrorClass::Validation},

        // The portal could not read our request or could not encode its own answer: the same
        // request fails the same way, so it is a defect to report, not to retry.
        {QStringLiteral("internal_wrong_transport"), ErrorClass::Internal},
        {QStringLiteral("wrong_encoding"), ErrorClass::Internal},
    };
    return table;
}

// CRM texts arrive joined with "<br />" and a trailing full stop, in English or in the portal's
// language; only the bare sentence is compared.
QString bareText(const QString &description)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString s = description;
    s.replace(tags, QStringLiteral(" "));
    s = s.simplified();
    while (!s.isEmpty() && (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('!'))))
        s.chop(1);
    return s.trimmed();
}

// "Not found", "Deal is not found", "Contact with ID 5 not found", "Сделка не найдена"; but not
// "Stage not found", which names a missing reference inside an otherwise valid record.
bool isNotFoundText(const QString &bare)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:the\\s+)?(?:deal|contact|company|lead|item|element|entity|record)"
                       "(?:\\s+(?:with\\s+id\\s+)?#?\\S+)?\\s+)?(?:is\\s+|was\\s+)?not\\s+found$"
                       "|^(?:(?:сделка|контакт|компания|лид|элемент|запись)(?:\\s+\\S+)?\\s+)?"
                       "не\\s+найден[аоы]?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(bare).hasMatch();
}

// CRM methods refuse with an empty code, HTTP 400 and "Access denied." when the webhook's user
// lacks the CRM right.
bool isAccessDeniedText(const QString &bare)
{
    static const QRegularExpression re(QStringLiteral("^access\\s+denied\\b|^доступ\\s+запрещ"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
    return re.match(bare).hasMatch();
}

// A business answer from the CRM: the portal understood the request and refused its content.
ErrorClass classifyText(const ClassifyInput &in, bool hasCode)
{
    const QString bare = bareText(in.description);
    if (isNotFoundText(bare))
        return in.boundDealContext ? ErrorClass::NotFound : ErrorClass::Validation;
    if (isAccessDeniedText(bare))
        return ErrorClass::Permission;
    if (bare.isEmpty() && !hasCode)
        return ErrorClass::Internal;
    return ErrorClass::Validation;
}

// No code, or a code we do not know: the status decides, the text refines a 4xx.
ErrorClass classifyStatus(const ClassifyInput &in, bool hasCode)
{
    const int s = in.httpStatus;
    if (s >= 500 && s <= 599)
        return ErrorClass::Transient;
    switch (s) {
    case 401:
        return ErrorClass::Auth;
    case 403:
        return ErrorClass::Permission;
    case 404: // no such method or path on this portal
        return ErrorClass::Config;
    case 408:
        return ErrorClass::Transient;
    case 429: // the portal sends 429 only for the per-method operating limit
        return ErrorClass::OperationLimit;
    default:
        break;
    }
    // The portal answers webhooks directly; a redirect means its address changed.
    if (s >= 300 && s <= 399)
        return ErrorClass::Config;
    if (in.malformedBody)
        return ErrorClass::Internal;
    if (s >= 400 && s <= 499)
        return classifyText(in, hasCode);
    // Sub-commands of a batch fail inside an HTTP 200 and carry no status of their own.
    if ((s == 0 || (s >= 200 && s <= 299)) && (hasCode || !in.description.trimmed().isEmpty()))
        return classifyText(in, hasCode);
    return ErrorClass::Internal;
}

} // namespace

ErrorClass classify(const ClassifyInput &in)
{
    if (in.transport != TransportError::None)
        return classifyTransport(in.transport);

    const QString code = in.code.trimmed().toLower();
    if (code.isEmpty())
        return classifyStatus(in, false);

    const auto &table = fixedCodes();
    if (const auto it = table.constFind(code); it != table.constEnd())
        return it.value();
    // "SQL query error!" comes as ERROR_CORE with 500; field checks as ERROR_CORE with 400.
    if (code == QLatin1String("error_core"))
        return in.httpStatus >= 500 && in.httpStatus <= 599 ? ErrorClass::Transient
                                                            : classifyText(in, true);
    if (code == QLatin1String("not_found"))
        return in.boundDealContext ? ErrorClass::NotFound : ErrorClass::Validation;
    return classifyStatus(in, true);
}

ErrorClassText describe(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::Transient:
        return {
            QCoreApplication::translate("ErrorClass", "Temporary connection problem"),
            QCoreApplication::translate(
                "ErrorClass",
                "Bitrix24 could not be reached or answered with a server error. This usually "
                "passes by itself. IdentSync tries again with growing pauses and marks the task "
                "as failed only after the last attempt."),
            QCoreApplication::translate(
                "ErrorClass",
                "Nothing, if it clears up. If it keeps happening, check the clinic's internet "
                "connection and whether Bitrix24 opens in a browser.")};
    case ErrorClass::RateLimited:
        return {QCoreApplication::translate("ErrorClass", "Bitrix24 asked to slow down"),
                QCoreApplication::translate(
                    "ErrorClass",
                    "Too many requests were sent in a short time. IdentSync slows down and sends "
                    "the task again; this does not count as a failed attempt."),
                QCoreApplication::translate(
                    "ErrorClass",
                    "Nothing. If it happens often, check that no other program uses the same "
                    "Bitrix24 portal heavily from this computer.")};
    case ErrorClass::OperationLimit:
        return {
            QCoreApplication::translate("ErrorClass", "Bitrix24 paused one kind of request"),
            QCoreApplication::translate(
                "ErrorClass",
                "Bitrix24 limits how much work one kind of request may take in ten minutes. "
                "IdentSync stops that kind of request until the portal allows it again, "
                "usually within a few minutes; other work continues."),
            QCoreApplication::translate(
                "ErrorClass", "Nothing. The tasks are sent automatically when the pause ends.")};
    case ErrorClass::Auth:
        return {
            QCoreApplication::translate("ErrorClass", "Bitrix24 does not accept the webhook"),
            QCoreApplication::translate(
                "ErrorClass",
                "The webhook address or its secret code was rejected: it may have been deleted, "
                "changed or mistyped, or it does not start with https://. IdentSync has "
                "stopped sending anything and keeps all tasks."),
            QCoreApplication::translate(
                "ErrorClass",
                "Create or copy the inbound webhook in Bitrix24 again and enter it in "
                "IdentSync's connection settings. Sending resumes on its own.")};
    case ErrorClass::Permission:
        return {
            QCoreApplication::translate("ErrorClass", "Not allowed by Bitrix24"),
            QCoreApplication::translate(
                "ErrorClass",
                "Bitrix24 recognised the webhook but refused the work: the webhook lacks the "
                "CRM permission, its user has no access to deals or contacts, the plan does not "
                "include the REST API, or the portal was blocked or deleted. IdentSync has "
                "stopped sending and keeps all tasks."),
            QCoreApplication::translate(
                "ErrorClass",
                "Ask the Bitrix24 administrator to give the webhook the CRM permission and its "
                "user access to deals and contacts, or to check the portal's plan and status. "
                "Then resume IdentSync.")};
    case ErrorClass::Validation:
        return {QCoreApplication::translate("ErrorClass", "Bitrix24 rejected the data"),
                QCoreApplication::translate(
                    "ErrorClass",
                    "Bitrix24 refused this record because of its content; its message is shown "
                    "with the task. Sending it again unchanged would fail again, so IdentSync has "
                    "stopped trying this task."),
                QCoreApplication::translate(
                    "ErrorClass",
                    "Read Bitrix24's message, correct the appointment or patient in IDENT or the "
                    "field mapping in the settings, then retry the task.")};
    case ErrorClass::NotFound:
        return {QCoreApplication::translate("ErrorClass", "The linked deal no longer exists"),
                QCoreApplication::translate(
                    "ErrorClass",
                    "The deal this appointment was linked to was deleted in Bitrix24. IdentSync "
                    "will not guess what to do and waits for a decision."),
                QCoreApplication::translate(
                    "ErrorClass",
                    "Link the appointment to another deal, or let IdentSync create a new deal for "
                    "it.")};
    case ErrorClass::Ambiguous:
        return {
            QCoreApplication::translate("ErrorClass", "More than one match"),
            QCoreApplication::translate(
                "ErrorClass",
                "Several deals or contacts in Bitrix24 could belong to this appointment, or the "
                "same IDENT number appears on more than one deal. IdentSync does not pick one at "
                "random and waits for a decision."),
            QCoreApplication::translate(
                "ErrorClass",
                "Choose the right deal or contact for this appointment, and merge or clean up "
                "the duplicates in Bitrix24.")};
    case ErrorClass::DataQuality:
        return {
            QCoreApplication::translate("ErrorClass", "Problem in the IDENT data"),
            QCoreApplication::translate(
                "ErrorClass",
                "The record in IDENT is incomplete or has a value IdentSync cannot read, such as "
                "a malformed phone number, a missing patient or an impossible date. Nothing was "
                "sent; the record is checked again when it changes in IDENT."),
            QCoreApplication::translate(
                "ErrorClass",
                "Correct the record in IDENT. IdentSync picks up the change on its own.")};
    case ErrorClass::Config:
        return {
            QCoreApplication::translate("ErrorClass", "Settings do not match the portal"),
            QCoreApplication::translate(
                "ErrorClass",
                "Something the settings rely on is missing on this Bitrix24 portal, such as a "
                "mapped field, a stage or a REST method, or the secure connection to the portal "
                "cannot be established. IdentSync has stopped sending and keeps all tasks."),
            QCoreApplication::translate(
                "ErrorClass",
                "Open the settings and run the portal check: it names what is missing. Create "
                "the field or stage in Bitrix24 or change the mapping, check the portal address "
                "and the computer's date and time, then resume.")};
    case ErrorClass::Internal:
    case ErrorClass::Count:
        break;
    }
    return {QCoreApplication::translate("ErrorClass", "Unexpected error"),
            QCoreApplication::translate(
                "ErrorClass",
                "Bitrix24 sent an answer IdentSync cannot understand, or IdentSync itself went "
                "wrong. The task was stopped and the details were recorded."),
            QCoreApplication::translate(
                "ErrorClass",
                "Retry the task once. If it fails again, send the task's details and the log to "
                "support.")};
}

} // namespace identsync
