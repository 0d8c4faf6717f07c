#pragma once

#include <QString>

#include <optional>

namespace identsync::e2e {

// SPEC §2.3 with its defaults, written out again for the tests: the mapping of IDENT statuses to
// the reference portal's stages, final and protected stages, and no regression by SORT.
class StageModel
{
public:
    // The mapped stage; nullopt for «Завершен», which keeps the current stage.
    static std::optional<QString> mapped(const QString &status);
    // A deal created for this status ("keep" on a new deal uses the mapping of «В процессе»).
    static QString forNewDeal(const QString &status);
    // The stage a deal in `current` ends in after a sync of a reception in `status`.
    static QString after(const QString &current, const QString &status);

    static bool isFinal(const QString &stage);
    static bool isProtected(const QString &stage);
    static int sort(const QString &stage); // the fake portal's SORT of the default pipeline
};

} // namespace identsync::e2e
