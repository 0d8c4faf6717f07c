// ident-sample: writes an IDENT-shaped sample database and moves its clinic forward (SPEC §7).
//
//   ident-sample create  --driver sqlite|postgres --database FILE_OR_NAME [--host H --port P
//                        --user U] --patients N --receptions M --seed S [--branches K] [--json]
//   ident-sample advance --driver … --database … --minutes N --seed S [--late-minutes L]
//                        [--changes C] [--json]
//
// The PostgreSQL password, if any, is read from PGPASSWORD, never from the command line.

#include "ident-sample/samplegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace identsync;
using namespace identsync::sample;

namespace {

int usage(QCommandLineParser &parser, const QString &why)
{
    QTextStream err(stderr);
    err << "ident-sample: " << why << "\n\n" << parser.helpText();
    return 2;
}

bool toInt(const QCommandLineParser &p, const QString &name, int &out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toInt(&ok);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ident-sample"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes an IDENT-shaped sample database (create) and moves its clinic "
                       "forward (advance)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("create or advance"));
    parser.addOptions({
        {QStringLiteral("driver"), QStringLiteral("sqlite or postgres"), QStringLiteral("driver"),
         QStringLiteral("sqlite")},
        {QStringLiteral("database"), QStringLiteral("SQLite file or PostgreSQL database name"),
         QStringLiteral("name")},
        {QStringLiteral("host"), QStringLiteral("PostgreSQL host"), QStringLiteral("host"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("PostgreSQL port"), QStringLiteral("port")},
        {QStringLiteral("user"), QStringLiteral("PostgreSQL user"), QStringLiteral("user"),
         QStringLiteral("postgres")},
        {QStringLiteral("patients"), QStringLiteral("create: number of patients"),
         QStringLiteral("n")},
        {QStringLiteral("receptions"), QStringLiteral("create: number of receptions"),
         QStringLiteral("n")},
        {QStringLiteral("branches"), QStringLiteral("create: number of branches (OwnCompanies)"),
         QStringLiteral("n")},
        {QStringLiteral("now"),
         QStringLiteral("create: the clinic's clock, 'yyyy-MM-dd HH:mm' (default 2025-03-03 "
                        "18:00)"),
         QStringLiteral("time")},
        {QStringLiteral("no-change-indexes"),
         QStringLiteral("create: leave out the indexes on the change columns")},
        {QStringLiteral("no-bad-rows"), QStringLiteral("create: no deliberately bad rows")},
        {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("minutes"), QStringLiteral("advance: minutes to move forward"),
         QStringLiteral("n")},
        {QStringLiteral("late-minutes"),
         QStringLiteral("advance: how far before the newest change late commits are stamped"),
         QStringLiteral("n")},
        {QStringLiteral("changes"), QStringLiteral("advance: change exactly this many receptions"),
         QStringLiteral("n")},
        {QStringLiteral("json"), QStringLiteral("print the summary as one JSON line")},
    });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 ||
        (args[0] != QLatin1String("create") && args[0] != QLatin1String("advance")))
        return usage(parser, QStringLiteral("give exactly one command: create or advance"));
    const auto driver = driverFromKey(parser.value(QStringLiteral("driver")));
    if (!driver || *driver == IdentSourceConfig::Driver::SqlServer)
        return usage(parser, QStringLiteral("--driver must be sqlite or postgres"));
    if (!parser.isSet(QStringLiteral("database")))
        return usage(parser, QStringLiteral("--database is required"));

    SampleConnection conn;
    conn.driver = *driver;
    conn.database = parser.value(QStringLiteral("database"));
    conn.host = parser.value(QStringLiteral("host"));
    conn.user = parser.value(QStringLiteral("user"));
    conn.password = qEnvironmentVariable("PGPASSWORD");
    bool seedOk = false;
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!toInt(parser, QStringLiteral("port"), conn.port) || !seedOk)
        return usage(parser, QStringLiteral("--port and --seed take numbers"));

    if (args[0] == QLatin1String("advance") && conn.driver == IdentSourceConfig::Driver::Sqlite &&
        !QFileInfo(conn.database).isFile()) {
        QTextStream(stderr) << "ident-sample: advance failed: " << conn.database
                            << " does not exist; run `ident-sample create` first\n";
        return 1;
    }
    SampleDatabase db(conn);
    QString error;
    QJsonObject json;
    QString line;
    if (args[0] == QLatin1String("create")) {
        CreateOptions o;
        o.seed = seed;
        if (!toInt(parser, QStringLiteral("patients"), o.patients) ||
            !toInt(parser, QStringLiteral("receptions"), o.receptions) ||
            !toInt(parser, QStringLiteral("branches"), o.branches))
            return usage(parser, QStringLiteral("--patients, --receptions and --branches take "
                                                "numbers"));
        if (parser.isSet(QStringLiteral("now"))) {
            o.now = QDateTime::fromString(parser.value(QStringLiteral("now")),
                                          QStringLiteral("yyyy-MM-dd HH:mm"));
            o.now.setTimeSpec(Qt::UTC);
            if (!o.now.isValid())
                return usage(parser, QStringLiteral("--now takes 'yyyy-MM-dd HH:mm'"));
        }
        o.changeIndexes = !parser.isSet(QStringLiteral("no-change-indexes"));
        o.badRows = !parser.isSet(QStringLiteral("no-bad-rows"));
        const auto summary = SampleGenerator::create(db, o, &error);
        if (summary) {
            json = summary->toJson();
            line = summary->oneLine();
        }
    } else {
        AdvanceOptions o;
        o.seed = seed;
        if (!toInt(parser, QStringLiteral("minutes"), o.minutes) ||
            !toInt(parser, QStringLiteral("late-minutes"), o.lateMinutes) ||
            !toInt(parser, QStringLiteral("changes"), o.exactChanges))
            return usage(parser, QStringLiteral("--minutes, --late-minutes and --changes take "
                                                "numbers"));
        const auto summary = SampleGenerator::advance(db, o, &error);
        if (summary) {
            json = summary->toJson();
            line = summary->oneLine();
        }
    }

    if (!error.isEmpty() || json.isEmpty()) {
        QTextStream(stderr) << "ident-sample: " << args[0] << " failed: " << error << "\n";
        return 1;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    else
        out << line << "\n";
    return 0;
}
