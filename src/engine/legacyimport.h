#pragma once

#include "core/settingsfile.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace identsync {

// Moving over from the replaced service (issue 15): its config.ini and queue.json read into
// IdentSync's settings, with a line for every key saying what became of it and why.
class LegacyImport
{
public:
    struct Line
    {
        QString legacyKey; // "bitrix/webhook_url", "queue.json F1_123"
        bool taken = false;
        QString what; // taken: where it went; not taken: why, and what to do if anything
    };

    struct Result
    {
        SettingsValues values;          // IdentSync keys ("portal/url", "source.main/server")
        QMap<QString, QString> secrets; // keychain key → value found in plain text
        QList<Line> lines;
        QString error; // a file could not be read at all
    };

    // `into`: the settings already there (IdentSync's own file); imported keys replace theirs.
    static Result fromIni(const QString &path, const SettingsValues &into);
    // Pending, processing and failed items are receptions the replaced service never delivered:
    // the first run must read them again, so first_run_days of every source is raised to reach
    // back to the oldest of them. Completed items are skipped.
    static void addQueue(const QString &path, const QDateTime &now, Result &result);
};

} // namespace identsync
