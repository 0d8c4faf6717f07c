#pragma once

// Value types the settings worker and the Settings page exchange across threads.

#include "core/settingsfile.h"
#include "engine/engineconfig.h"

#include <QColor>
#include <QMetaType>

namespace identsync {

// Whether a secret is in the keychain, as the page tells the user (never the secret itself).
struct SecretState
{
    enum class State
    {
        Stored,
        Missing,
        Unavailable, // no backend or access denied: `message` says which and what to do
        Count
    };
    State state = State::Missing;
    QString message;
};

struct SettingsSnapshot
{
    QString path;
    bool exists = false;
    SettingsValues values;
    QByteArray fingerprint;
    QMap<QString, SecretState> secrets; // keychain key → state
    QString language;                   // the console's language on this computer: "ru", "en"
    QString error;                      // the file could not be read
};

struct SettingsSaveRequest
{
    QString path;
    QByteArray baseFingerprint;
    SettingsValues values;
    QMap<QString, QString> secrets; // keychain key → new value; only changed secrets
    QString language;               // empty: unchanged
    bool overwriteExternalChange = false;
};

struct SettingsSaveOutcome
{
    enum class Result
    {
        Saved,
        ChangedOnDisk, // someone else saved the file since it was loaded: nothing written
        Invalid,       // the engine would refuse the result: nothing written, see `problems`
        Failed,        // the keychain or the disk refused: `message` says which and why
        Count
    };
    Result result = Result::Failed;
    QList<ConfigProblem> problems;
    QString message;
    QString backupPath;
    SettingsSnapshot snapshot; // the file as saved
};

struct PortalFieldInfo
{
    QString name; // UF_CRM_…, TITLE
    QString title;
    QString type;
    bool required = false;
    bool readOnly = false;
};

struct PortalStageInfo
{
    QString id; // "NEW", "C2:EXECUTING"
    QString name;
    int sort = 0;
    QColor colour;
    bool final = false;
};

struct PortalPipelineInfo
{
    int id = 0;
    QString name;
    QList<PortalStageInfo> stages;
};

// What «Проверить» on the portal found with the values as typed.
struct PortalCheckOutcome
{
    bool ok = false;
    QString cause; // on failure: what went wrong
    QString fix;   // and what to do
    qint64 elapsedMs = 0;
    QList<PortalFieldInfo> dealFields;
    QList<PortalFieldInfo> contactFields;
    QList<PortalPipelineInfo> pipelines;
    QList<PortalStageInfo> leadStatuses;
};

struct IdentBranchInfo
{
    qint64 id = 0;
    QString name;
};

struct IdentCheckOutcome
{
    QString sourceId;
    bool ok = false;
    QString cause;
    QString fix;
    qint64 elapsedMs = 0;
    QList<IdentBranchInfo> branches; // OwnCompanies
};

} // namespace identsync

Q_DECLARE_METATYPE(identsync::SettingsSnapshot)
Q_DECLARE_METATYPE(identsync::SettingsSaveRequest)
Q_DECLARE_METATYPE(identsync::SettingsSaveOutcome)
Q_DECLARE_METATYPE(identsync::PortalCheckOutcome)
Q_DECLARE_METATYPE(identsync::IdentCheckOutcome)
