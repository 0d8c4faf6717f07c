#include "ident/odbcconnectionstring.h"

#include <QtTest>

using namespace identsync;

namespace {

// An ODBC connection-string reader (braces, '}}' inside braces), written here from the ODBC
// rules so the builder's escaping is checked by reading it back.
QList<QPair<QString, QString>> parse(const QString &s, bool *ok)
{
    QList<QPair<QString, QString>> out;
    *ok = true;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype eq = s.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            *ok = false;
            return out;
        }
        const QString key = s.mid(i, eq - i);
        i = eq + 1;
        QString value;
        if (i < s.size() && s.at(i) == QLatin1Char('{')) {
            ++i;
            for (;;) {
                if (i >= s.size()) {
                    *ok = false;
                    return out;
                }
                if (s.at(i) == QLatin1Char('}')) {
                    if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('}')) {
                        value += QLatin1Char('}');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += s.at(i++);
            }
            if (i < s.size() && s.at(i) != QLatin1Char(';')) {
                *ok = false;
                return out;
            }
        } else {
            const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
            value = s.mid(i, semi < 0 ? -1 : semi - i);
            i = semi < 0 ? s.size() : semi;
        }
        ++i; // ';'
        out << qMakePair(key, value);
    }
    return out;
}

QString valueOf(const QList<QPair<QString, QString>> &kv, const QString &key)
{
    for (const auto &p : kv) {
        if (p.first.compare(key, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return QStringLiteral("<absent>");
}

IdentSourceConfig baseConfig(const QString &driver)
{
    IdentSourceConfig c;
    c.sourceId = QStringLiteral("main");
    c.driver = IdentSourceConfig::Driver::SqlServer;
    c.odbcDriver = driver;
    c.server = QStringLiteral("ident.clinic.local");
    c.port = 1433;
    c.database = QStringLiteral("PZ");
    c.user = QStringLiteral("identsync_reader");
    return c;
}

} // namespace

class TestOdbcConnectionString : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactStrings_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("encrypt");
        QTest::addColumn<bool>("trust");
        QTest::addColumn<QString>("expected");

        QTest::newRow("FreeTDS, port")
            << "FreeTDS" << 1433 << ""
            << "identsync_reader" << true << false
            << "DRIVER={FreeTDS};Server=ident.clinic.local;Port=1433;Database=PZ;"
               "UID=identsync_reader;PWD={pw};TDS_Version=7.4;ClientCharset=UTF-8;"
               "Encryption=require;ApplicationIntent=ReadOnly;Timeout=60;APP=IdentSync;";
        QTest::newRow("FreeTDS, named instance, no encryption")
            << "FreeTDS" << 0 << "SQLEXPRESS"
            << "identsync_reader" << false << false
            << "DRIVER={FreeTDS};Server=ident.clinic.local\\SQLEXPRESS;Database=PZ;"
               "UID=identsync_reader;PWD={pw};TDS_Version=7.4;ClientCharset=UTF-8;"
               "Encryption=request;ApplicationIntent=ReadOnly;Timeout=60;APP=IdentSync;";
        QTest::newRow("Driver 18, port")
            << "ODBC Driver 18 for SQL Server" << 1433 << ""
            << "identsync_reader" << true << false
            << "DRIVER={ODBC Driver 18 for SQL Server};Server={tcp:ident.clinic.local,1433};"
               "Database=PZ;UID=identsync_reader;PWD={pw};Encrypt=yes;"
               "TrustServerCertificate=no;ApplicationIntent=ReadOnly;APP=IdentSync;";
        QTest::newRow("Driver 18, instance, self-signed certificate")
            << "ODBC Driver 18 for SQL Server" << 0 << "SQLEXPRESS"
            << "identsync_reader" << true << true
            << "DRIVER={ODBC Driver 18 for SQL Server};Server=ident.clinic.local\\SQLEXPRESS;"
               "Database=PZ;UID=identsync_reader;PWD={pw};Encrypt=yes;"
               "TrustServerCertificate=yes;ApplicationIntent=ReadOnly;APP=IdentSync;";
        QTest::newRow("Driver 17, Windows authentication")
            << "ODBC Driver 17 for SQL Server" << 0 << ""
            << "" << false << false
            << "DRIVER={ODBC Driver 17 for SQL Server};Server=ident.clinic.local;Database=PZ;"
               "Trusted_Connection=yes;Encrypt=no;TrustServerCertificate=no;"
               "ApplicationIntent=ReadOnly;APP=IdentSync;";
        QTest::newRow("legacy SQL Server driver")
            << "SQL Server" << 1433 << ""
            << "identsync_reader" << true << true
            << "DRIVER={SQL Server};Server={tcp:ident.clinic.local,1433};Database=PZ;"
               "UID=identsync_reader;PWD={pw};Encrypt=yes;TrustServerCertificate=yes;"
               "APP=IdentSync;";
    }

    void exactStrings()
    {
        QFETCH(QString, driver);
        QFETCH(int, port);
        QFETCH(QString, instance);
        QFETCH(QString, user);
        QFETCH(bool, encrypt);
        QFETCH(bool, trust);
        QFETCH(QString, expected);
        IdentSourceConfig c = baseConfig(driver);
        c.port = port;
        c.instance = instance;
        c.user = user;
        c.encrypt = encrypt;
        c.trustServerCertificate = trust;
        QString error;
        const auto s = OdbcConnectionString::build(c, QStringLiteral("pw"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(*s, expected);
        bool ok = false;
        parse(*s, &ok);
        QVERIFY(ok);
    }

    void passwordsSurviveEscaping_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("password");
        const QStringList passwords = {
            QStringLiteral("plain"),           QStringLiteral("semi;colon"),
            QStringLiteral("close}brace"),     QStringLiteral("}}}"),
            QStringLiteral("{opens"),          QStringLiteral("{}"),
            QStringLiteral("eq=uals"),         QStringLiteral(" leading and trailing "),
            QStringLiteral("пароль «ёлка» 😀"), QStringLiteral("all;{}=[](),?*!@ \\ ' \""),
            QStringLiteral("PWD=evil;UID=sa"),
        };
        for (const QString &driver :
             {QStringLiteral("FreeTDS"), QStringLiteral("ODBC Driver 18 for SQL Server")}) {
            for (const QString &p : passwords)
                QTest::addRow("%s: %s", qPrintable(driver), qPrintable(p)) << driver << p;
        }
    }

    void passwordsSurviveEscaping()
    {
        QFETCH(QString, driver);
        QFETCH(QString, password);
        IdentSourceConfig c = baseConfig(driver);
        c.user = QStringLiteral("user;with}odd{chars");
        c.database = QStringLiteral("PZ=1");
        QString error;
        const auto s = OdbcConnectionString::build(c, password, &error);
        QVERIFY2(s, qPrintable(error));
        bool ok = false;
        const auto kv = parse(*s, &ok);
        QVERIFY2(ok, qPrintable(*s));
        QCOMPARE(valueOf(kv, QStringLiteral("PWD")), password);
        QCOMPARE(valueOf(kv, QStringLiteral("UID")), c.user);
        QCOMPARE(valueOf(kv, QStringLiteral("Database")), c.database);
        QCOMPARE(valueOf(kv, QStringLiteral("DRIVER")), driver);
        int pwdKeys = 0;
        for (const auto &p : kv)
            pwdKeys += p.first == QLatin1String("PWD");
        QCOMPARE(pwdKeys, 1); // a password cannot smuggle in keywords

        const QString logged = OdbcConnectionString::forLog(c);
        QVERIFY(!logged.contains(password));
        QVERIFY(logged.contains(QStringLiteral("PWD={***}")));
    }

    void nulIsRefusedWithoutEchoingThePassword()
    {
        IdentSourceConfig c = baseConfig(QStringLiteral("FreeTDS"));
        const QString password = QStringLiteral("top") + QChar(u'\0') + QStringLiteral("secret");
        QString error;
        QVERIFY(!OdbcConnectionString::build(c, password, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QStringLiteral("secret")));
        QVERIFY(error.contains(QStringLiteral("main")));

        c.database = QStringLiteral("P") + QChar(u'\0') + QStringLiteral("Z");
        QVERIFY(!OdbcConnectionString::build(c, QStringLiteral("pw"), &error));
        QVERIFY(error.contains(QStringLiteral("NUL")));
    }

    void emptyPasswordIsLeftOut()
    {
        const IdentSourceConfig c = baseConfig(QStringLiteral("FreeTDS"));
        const auto s = OdbcConnectionString::build(c, QString(), nullptr);
        QVERIFY(s);
        QVERIFY(!s->contains(QStringLiteral("PWD")));
    }

    void escapeValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "PZ"
                               << "PZ";
        QTest::newRow("inner space") << "PZ Test"
                                     << "PZ Test";
        QTest::newRow("backslash") << "srv\\SQLEXPRESS"
                                   << "srv\\SQLEXPRESS";
        QTest::newRow("semicolon") << "a;b"
                                   << "{a;b}";
        QTest::newRow("closing brace doubled") << "a}b"
                                               << "{a}}b}";
        QTest::newRow("comma") << "tcp:h,1433"
                               << "{tcp:h,1433}";
        QTest::newRow("leading space") << " a"
                                       << "{ a}";
        QTest::newRow("empty") << ""
                               << "";
    }

    void escapeValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(OdbcConnectionString::escapeValue(value), escaped);
    }

    void flavour_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("flavour");
        using F = OdbcConnectionString::Flavour;
        QTest::newRow("18") << "ODBC Driver 18 for SQL Server" << int(F::MsOdbc18);
        QTest::newRow("17") << "ODBC Driver 17 for SQL Server" << int(F::MsOdbc17);
        QTest::newRow("13") << "ODBC Driver 13 for SQL Server" << int(F::MsOdbc17);
        QTest::newRow("legacy") << "SQL Server" << int(F::MsLegacy);
        QTest::newRow("FreeTDS") << "FreeTDS" << int(F::FreeTds);
        QTest::newRow("FreeTDS library path")
            << "/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so" << int(F::FreeTds);
        QTest::newRow("msodbcsql 17 path")
            << "/opt/microsoft/msodbcsql17/lib64/libmsodbcsql-17.10.so.5.1" << int(F::MsOdbc17);
        QTest::newRow("msodbcsql 18 path")
            << "/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1" << int(F::MsOdbc18);
    }

    void flavour()
    {
        QFETCH(QString, name);
        QFETCH(int, flavour);
        QCOMPARE(int(OdbcConnectionString::flavourOf(name)), flavour);
    }

    void platformDefaultsAndOptions()
    {
        QVERIFY(OdbcConnectionString::knownDriverNames().contains(
            OdbcConnectionString::defaultDriverName()));
        IdentSourceConfig c = baseConfig(QString());
        c.loginTimeout = std::chrono::seconds(7);
        QCOMPARE(
            OdbcConnectionString::connectOptions(c),
            QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=7;SQL_ATTR_ACCESS_MODE=SQL_MODE_READ_ONLY"));
        const auto s = OdbcConnectionString::build(c, QStringLiteral("pw"), nullptr);
        QVERIFY(s);
        QVERIFY(s->startsWith(QStringLiteral("DRIVER={") +
                              OdbcConnectionString::defaultDriverName() + QLatin1Char('}')));
    }
};

QTEST_GUILESS_MAIN(TestOdbcConnectionString)
#include "testodbcconnectionstring.moc"
