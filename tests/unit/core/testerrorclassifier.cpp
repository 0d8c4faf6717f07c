#include "core/enums.h"
#include "core/errorclassifier.h"

#include <QSet>
#include <QtTest>

using namespace identsync;

class TestErrorClassifier : public QObject
{
    Q_OBJECT

private:
    static void row(const char *name, TransportError transport, int status, const QString &code,
                    const QString &description, bool bound, bool malformed, ErrorClass expected)
    {
        QTest::newRow(name) << transport << status << code << description << bound << malformed
                            << expected;
    }
    // An HTTP answer (no transport error), the common case.
    static void http(const char *name, int status, const QString &code, const QString &description,
                     ErrorClass expected, bool bound = false)
    {
        row(name, TransportError::None, status, code, description, bound, false, expected);
    }

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<TransportError>("transport");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::addColumn<bool>("bound");
        QTest::addColumn<bool>("malformed");
        QTest::addColumn<ErrorClass>("expected");

        using E = ErrorClass;
        using T = TransportError;

        // transient: network error, timeout, HTTP 5xx, ERROR_CORE with 500, INTERNAL_SERVER_ERROR
        row("timeout", T::Timeout, 0, {}, {}, false, false, E::Transient);
        row("connection refused", T::ConnectionRefused, 0, {}, {}, false, false, E::Transient);
        row("connection reset", T::ConnectionReset, 0, {}, {}, false, false, E::Transient);
        row("dns failure", T::HostNotFound, 0, {}, {}, false, false, E::Transient);
        row("other network error", T::Other, 0, {}, {}, false, false, E::Transient);
        row("cancelled by us", T::Cancelled, 0, {}, {}, false, false, E::Transient);
        row("transport error wins over a status", T::ConnectionReset, 400, "ERROR_ARGUMENT", {},
            false, false, E::Transient);
        http("500 no code", 500, {}, {}, E::Transient);
        http("502 json without code", 502, {}, {}, E::Transient);
        http("503 without code is not a rate limit", 503, {}, {}, E::Transient);
        http("504", 504, {}, {}, E::Transient);
        http("599", 599, {}, {}, E::Transient);
        http("ERROR_CORE 500 SQL", 500, "ERROR_CORE", "SQL query error!", E::Transient);
        http("ERROR_CORE 503", 503, "ERROR_CORE", "Something", E::Transient);
        http("INTERNAL_SERVER_ERROR 500", 500, "INTERNAL_SERVER_ERROR", {}, E::Transient);
        http("INTERNAL_SERVER_ERROR without status", 0, "INTERNAL_SERVER_ERROR", {}, E::Transient);
        http("ERROR_UNEXPECTED_ANSWER 500", 500, "ERROR_UNEXPECTED_ANSWER", {}, E::Transient);
        http("408 request timeout", 408, {}, {}, E::Transient);
        http("unknown code with 500", 500, "SOMETHING_NEW", "x", E::Transient);
        row("html 502 proxy page", T::None, 502, {}, "<html><body>Bad Gateway</body></html>", false,
            true, E::Transient);
        row("html 503 maintenance page", T::None, 503, {}, "<html>Service Unavailable</html>",
            false, true, E::Transient);
        row("truncated json with 500", T::None, 500, {}, "{\"error\":\"ERR", false, true,
            E::Transient);

        // rate_limited: 503 QUERY_LIMIT_EXCEEDED, and the code with any status
        http("503 QUERY_LIMIT_EXCEEDED", 503, "QUERY_LIMIT_EXCEEDED", "Too many requests",
             E::RateLimited);
        http("QUERY_LIMIT_EXCEEDED with 200", 200, "QUERY_LIMIT_EXCEEDED", {}, E::RateLimited);
        http("QUERY_LIMIT_EXCEEDED without status", 0, "QUERY_LIMIT_EXCEEDED", {}, E::RateLimited);
        http("QUERY_LIMIT_EXCEEDED with 429", 429, "QUERY_LIMIT_EXCEEDED", {}, E::RateLimited);
        http("query_limit_exceeded lower case", 503, "query_limit_exceeded", {}, E::RateLimited);

        // operation_limit: 429 OPERATION_TIME_LIMIT
        http("429 OPERATION_TIME_LIMIT", 429, "OPERATION_TIME_LIMIT",
             "Method is blocked due to operation time limit.", E::OperationLimit);
        http("OPERATION_TIME_LIMIT with 503", 503, "OPERATION_TIME_LIMIT", {}, E::OperationLimit);
        http("OPERATION_TIME_LIMIT without status", 0, "OPERATION_TIME_LIMIT", {},
             E::OperationLimit);
        http("429 without code", 429, {}, {}, E::OperationLimit);
        row("429 html page", T::None, 429, {}, "<html>", false, true, E::OperationLimit);

        // auth: NO_AUTH_FOUND, INVALID_CREDENTIALS, expired_token, invalid_token, 401
        http("NO_AUTH_FOUND 401", 401, "NO_AUTH_FOUND", "Wrong authorization data", E::Auth);
        http("INVALID_CREDENTIALS 401 (source)", 401, "INVALID_CREDENTIALS",
             "Invalid request credentials", E::Auth);
        http("INVALID_CREDENTIALS 403 (cloud docs)", 403, "INVALID_CREDENTIALS",
             "Invalid request credentials", E::Auth);
        http("INVALID_CREDENTIALS 400", 400, "INVALID_CREDENTIALS", {}, E::Auth);
        http("expired_token 401", 401, "expired_token", "The access token provided has expired",
             E::Auth);
        http("invalid_token", 401, "invalid_token", {}, E::Auth);
        http("invalid_token upper case", 401, "INVALID_TOKEN", {}, E::Auth);
        http("authorization_error", 401, "authorization_error", "Unable to authorize user",
             E::Auth);
        http("401 without code", 401, {}, {}, E::Auth);
        http("401 without code with text", 401, {}, "Unauthorized", E::Auth);
        row("401 html page", T::None, 401, {}, "<html>401</html>", false, true, E::Auth);
        http("INVALID_REQUEST https required 400", 400, "INVALID_REQUEST", "Https required.",
             E::Auth);
        http("INVALID_REQUEST https required 401", 401, "INVALID_REQUEST", "Https required.",
             E::Auth);
        http("code padded with spaces", 403, " NO_AUTH_FOUND ", {}, E::Auth);
        http("unknown code with 401", 401, "NEW_AUTH_THING", {}, E::Auth);

        // permission: ACCESS_DENIED, insufficient_scope, 403, PORTAL_DELETED, OVERLOAD_LIMIT
        http("ACCESS_DENIED 403", 403, "ACCESS_DENIED",
             "REST is available only on commercial plans.", E::Permission);
        http("ACCESS_DENIED 401", 401, "ACCESS_DENIED", {}, E::Permission);
        http("insufficient_scope 403", 403, "insufficient_scope",
             "The request requires higher privileges than provided by the webhook token",
             E::Permission);
        http("insufficient_scope 401", 401, "insufficient_scope", {}, E::Permission);
        http("403 without code", 403, {}, {}, E::Permission);
        row("403 html page", T::None, 403, {}, "<html>Forbidden</html>", false, true,
            E::Permission);
        http("PORTAL_DELETED 403", 403, "PORTAL_DELETED", "Portal was deleted", E::Permission);
        http("PORTAL_DELETED 500 is not transient", 500, "PORTAL_DELETED", "Portal was deleted",
             E::Permission);
        http("OVERLOAD_LIMIT 503 is not a rate limit", 503, "OVERLOAD_LIMIT",
             "REST API is blocked due to overload.", E::Permission);
        http("OVERLOAD_LIMIT 401", 401, "OVERLOAD_LIMIT", {}, E::Permission);
        http("user_access_error 403", 403, "user_access_error",
             "The user does not have access to the application.", E::Permission);
        http("allowed_only_intranet_user", 403, "allowed_only_intranet_user", {}, E::Permission);
        http("CRM access denied 400 empty code", 400, {}, "Access denied.", E::Permission);
        http("CRM access denied with break tag", 400, {}, "Access denied.<br />\n", E::Permission);
        http("CRM access denied ERROR_CORE", 400, "ERROR_CORE", "Access denied", E::Permission);
        http("CRM access denied in Russian", 400, {}, QString::fromUtf8("Доступ запрещен."),
             E::Permission);
        http("unknown code with 403", 403, "NEW_DENIAL", {}, E::Permission);

        // validation: HTTP 400 with a CRM error text, ERROR_ARGUMENT
        http("400 required field", 400, {}, "The field \"Name\" is required.<br />", E::Validation);
        http("400 two field errors", 400, {},
             "The field \"Name\" is required.<br />\nThe field \"Start date\" is incorrect.",
             E::Validation);
        http("ERROR_ARGUMENT 400", 400, "ERROR_ARGUMENT", "Argument 'id' is null or empty",
             E::Validation);
        http("ERROR_CORE 400", 400, "ERROR_CORE",
             "The field Work e-mail contains an invalid address", E::Validation);
        http("ERROR_CORE without status", 0, "ERROR_CORE", "Something failed", E::Validation);
        http("ERROR_CORE without text", 400, "ERROR_CORE", {}, E::Validation);
        http("ERROR_BATCH_LENGTH_EXCEEDED", 400, "ERROR_BATCH_LENGTH_EXCEEDED", {}, E::Validation);
        http("ERROR_BATCH_METHOD_NOT_ALLOWED 405", 405, "ERROR_BATCH_METHOD_NOT_ALLOWED", {},
             E::Validation);
        http("INVALID_ARG_VALUE", 400, "INVALID_ARG_VALUE", {}, E::Validation);
        http("ID not defined", 400, {}, "ID is not defined or invalid.", E::Validation);
        http("fields not an object", 400, {}, "Parameter 'fields' must be array.", E::Validation);
        http("list failure", 400, {}, "Failed to get list. General error.", E::Validation);
        http("not found without a bound deal", 400, {}, "Not found", E::Validation);
        http("NOT_FOUND code without a bound deal", 400, "NOT_FOUND", {}, E::Validation);
        http("missing reference on a bound deal", 400, {}, "Stage not found", E::Validation, true);
        http("not found inside a longer text", 400, {}, "Responsible user is not found in portal",
             E::Validation, true);
        http("unknown code 400", 400, "SOME_NEW_CRM_ERROR", "Whatever", E::Validation);
        http("unknown code in a batch result (no status)", 0, "SOME_NEW_CRM_ERROR", {},
             E::Validation);
        http("batch sub-command business error (200)", 200, {}, "The field \"Name\" is required.",
             E::Validation);
        http("413 with text", 413, {}, "Request Entity Too Large", E::Validation);

        // not_found: 400 "Not found" on a bound deal (deleted in CRM)
        http("400 Not found on bound deal", 400, {}, "Not found", E::NotFound, true);
        http("Deal is not found", 400, {}, "Deal is not found", E::NotFound, true);
        http("Not found with trailing stop", 400, {}, "Not found.", E::NotFound, true);
        http("Contact with ID not found", 400, {}, "Contact with ID 5 not found.", E::NotFound,
             true);
        http("Element not found with tag", 400, {}, "Element not found<br />", E::NotFound, true);
        http("not found lower case", 400, {}, "not found", E::NotFound, true);
        http("Russian deal not found", 400, {}, QString::fromUtf8("Сделка не найдена"), E::NotFound,
             true);
        http("Russian not found", 400, {}, QString::fromUtf8("Не найдено"), E::NotFound, true);
        http("ERROR_CORE Not found on bound deal", 400, "ERROR_CORE", "Not found", E::NotFound,
             true);
        http("NOT_FOUND code on bound deal", 400, "NOT_FOUND", {}, E::NotFound, true);
        http("batch sub-command Not found on bound deal", 200, {}, "Not found", E::NotFound, true);
        http("batch sub-command Not found, no status", 0, {}, "Not found", E::NotFound, true);

        // config: the portal lacks a method, path or trust our settings need
        http("ERROR_METHOD_NOT_FOUND 404", 404, "ERROR_METHOD_NOT_FOUND", "Method not found!",
             E::Config);
        http("ERROR_METHOD_NOT_FOUND without status", 0, "ERROR_METHOD_NOT_FOUND", {}, E::Config);
        http("ERROR_METHOD_NOT_FOUND on bound deal", 404, "ERROR_METHOD_NOT_FOUND",
             "Method not found!", E::Config, true);
        http("404 without code", 404, {}, {}, E::Config);
        row("404 html page", T::None, 404, {}, "<html>Not Found</html>", false, true, E::Config);
        http("unknown code 404", 404, "SOMETHING", {}, E::Config);
        http("302 redirect: portal moved", 302, {}, {}, E::Config);
        row("tls failure", T::Tls, 0, {}, {}, false, false, E::Config);

        // internal: malformed response, unknown shape
        row("malformed 200", T::None, 200, {}, "<html>", false, true, E::Internal);
        row("truncated json 200", T::None, 200, {}, "{\"result\":", false, true, E::Internal);
        row("malformed 400", T::None, 400, {}, "garbage", false, true, E::Internal);
        row("malformed without status", T::None, 0, {}, {}, false, true, E::Internal);
        http("200 with nothing", 200, {}, {}, E::Internal);
        http("no status, no code, nothing", 0, {}, {}, E::Internal);
        http("400 with neither code nor text", 400, {}, {}, E::Internal);
        http("400 with only whitespace", 400, {}, "  <br /> ", E::Internal);
        http("1xx status", 100, {}, {}, E::Internal);
        http("WRONG_ENCODING", 200, "WRONG_ENCODING", "Wrong request encoding", E::Internal);
        http("INTERNAL_WRONG_TRANSPORT", 500, "INTERNAL_WRONG_TRANSPORT", "Wrong transport!",
             E::Internal);
        row("response too large", T::ResponseTooLarge, 200, {}, {}, false, false, E::Internal);
    }

    void classify()
    {
        QFETCH(TransportError, transport);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, description);
        QFETCH(bool, bound);
        QFETCH(bool, malformed);
        QFETCH(ErrorClass, expected);

        ClassifyInput in;
        in.transport = transport;
        in.httpStatus = status;
        in.code = code;
        in.description = description;
        in.boundDealContext = bound;
        in.malformedBody = malformed;
        QCOMPARE(identsync::classify(in), expected);
    }

    // The engine raises Ambiguous and DataQuality itself; no wire answer may produce them, and
    // every input gets a real class.
    void neverAmbiguousOrDataQuality_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {0,   100, 200, 204, 301, 302, 400, 401, 403, 404,
                           405, 408, 413, 429, 500, 502, 503, 504, 999, -1})
            QTest::addRow("status %d", status) << status;
    }

    void neverAmbiguousOrDataQuality()
    {
        QFETCH(int, status);
        const QStringList codes = {QString(),
                                   QStringLiteral("QUERY_LIMIT_EXCEEDED"),
                                   QStringLiteral("ERROR_CORE"),
                                   QStringLiteral("NOT_FOUND"),
                                   QStringLiteral("UNKNOWN_CODE"),
                                   QStringLiteral("expired_token")};
        const QStringList texts = {QString(), QStringLiteral("Not found"),
                                   QStringLiteral("Access denied."), QStringLiteral("x")};
        for (int t = 0; t < enumCount<TransportError>(); ++t) {
            for (const QString &code : codes) {
                for (const QString &text : texts) {
                    for (int flags = 0; flags < 4; ++flags) {
                        ClassifyInput in{TransportError(t), status,         code, text,
                                         bool(flags & 1),   bool(flags & 2)};
                        const ErrorClass c = identsync::classify(in);
                        QVERIFY(c != ErrorClass::Ambiguous);
                        QVERIFY(c != ErrorClass::DataQuality);
                        QVERIFY(c != ErrorClass::Count);
                    }
                }
            }
        }
    }

    void describeEveryClass_data()
    {
        QTest::addColumn<ErrorClass>("cls");
        for (int i = 0; i < enumCount<ErrorClass>(); ++i)
            QTest::newRow(qPrintable(toKey(ErrorClass(i)))) << ErrorClass(i);
    }

    void describeEveryClass()
    {
        QFETCH(ErrorClass, cls);
        const ErrorClassText text = describe(cls);
        QVERIFY(!text.title.isEmpty());
        QVERIFY(text.explanation.size() > text.title.size());
        QVERIFY(!text.action.isEmpty());
        QVERIFY(text.title.size() <= 60);
        // Plain language: no wire codes or jargon in front of a clinic administrator.
        for (const QString &part : {text.title, text.explanation, text.action}) {
            QVERIFY2(!part.contains(QLatin1Char('_')), qPrintable(part));
            QVERIFY2(!part.contains(QStringLiteral("HTTP")), qPrintable(part));
        }
    }

    void describeTitlesAreDistinct()
    {
        QSet<QString> titles;
        for (int i = 0; i < enumCount<ErrorClass>(); ++i)
            titles.insert(describe(ErrorClass(i)).title);
        QCOMPARE(titles.size(), enumCount<ErrorClass>());
    }
};

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "testerrorclassifier.moc"
