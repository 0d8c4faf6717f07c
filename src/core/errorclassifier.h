#pragma once

// SPEC §3: the one place that turns what a portal call produced into an ErrorClass, and the
// plain-language text shown for each class. The retry policy, the circuit breaker and the console
// all act on the class only, so a wrong answer here is a wrong action everywhere.

#include "enums.h"

#include <QString>

namespace identsync {

// The raw facts of one failed call (or one failed sub-command of a batch).
struct ClassifyInput
{
    TransportError transport = TransportError::None;
    int httpStatus = 0;  // 0 when no HTTP response arrived; batch sub-commands pass the batch's
    QString code;        // Bitrix24 `error`; empty for most CRM business errors
    QString description; // Bitrix24 `error_description`
    // The call addressed a CRM record we had bound earlier (crm.deal.get/update by the bound id, or
    // the bound contact). Only then does "Not found" mean "deleted in the CRM".
    bool boundDealContext = false;
    // The body was not the JSON envelope we expect (an HTML page, truncated JSON, a bare string).
    bool malformedBody = false;
};

// Decision order, each step final:
//  1. A transport error: no portal answer at all.
//  2. A non-empty Bitrix `error` code, compared case-insensitively; the HTTP status is consulted
//     only where the code alone is not enough (ERROR_CORE) or the code is unknown to us. The cloud
//     sends the auth family with 401 or 403 or 503 depending on the path, so the status must not
//     decide those.
//  3. No code: the HTTP status and, for 4xx, the description text.
// Never returns Ambiguous or DataQuality: the engine raises those from its own checks.
//
// "Not found" with an empty code (or ERROR_CORE / NOT_FOUND) means:
//  - on a bound record (boundDealContext): NotFound, someone deleted it in the CRM and a person
//    must choose between rebinding and recreating;
//  - anywhere else: Validation. The request referred to an id the portal does not have (a search
//    hit that vanished, a responsible user, a category): repeating it cannot succeed, and the
//    portal's message is what the person needs to see.
ErrorClass classify(const ClassifyInput &in);

// What the console shows for a class: a short title, what happened and what the engine does about
// it, and what the clinic administrator can do. Translated through the "ErrorClass" context.
struct ErrorClassText
{
    QString title;
    QString explanation;
    QString action;
};

ErrorClassText describe(ErrorClass cls);

} // namespace identsync
