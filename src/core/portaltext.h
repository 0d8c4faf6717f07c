#pragma once

#include <QString>
#include <QStringView>

namespace identsync {

// How much text one Bitrix24 field stores. The REST documentation gives no lengths; these are the
// columns behind the fields in the CRM's own tables: contact names are varchar(50), a deal's
// title and other standard string fields varchar(255), and COMMENTS and every string user field
// (UF_*) a MySQL TEXT column of 65,535 bytes. A longer value is cut by the database, or refused.
struct TextLimit
{
    int maxCharacters = 0; // 0: no limit in characters
    int maxUtf8Bytes = 0;  // 0: no limit in bytes

    bool operator==(const TextLimit &) const = default;
};

TextLimit portalTextLimit(QStringView fieldName);

// One IDENT text made fit for the portal: control characters the portal cannot store (NUL and
// the other C0/C1 controls but tab, line feed and carriage return) removed, then cut to the limit
// with kCutMarker at the end so a reader sees that something is missing.
struct FittedText
{
    QString text;
    int removedControls = 0;
    bool cut = false;
    qsizetype originalCharacters = 0; // in Unicode characters, after the controls went

    bool changed() const { return removedControls > 0 || cut; }
};

inline constexpr QStringView kCutMarker = u" […]";

FittedText fitPortalText(const QString &text, TextLimit limit);

} // namespace identsync
