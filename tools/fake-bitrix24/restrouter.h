#pragma once

#include "fake-bitrix24/crmstore.h"
#include "fake-bitrix24/restmethod.h"

#include <QHash>
#include <QString>

#include <functional>

namespace identsync::fake {

// Dispatches the CRM methods of the fake portal to the store and shapes their results as the
// classic crm.* handlers do (strings from get/list, an integer from add, true from update).
// Method names arrive lower-cased; `batch` is not here (BatchRunner wraps this router).
class RestRouter
{
public:
    explicit RestRouter(CrmStore *store);

    bool hasMethod(const QString &method) const { return m_methods.contains(method); }
    MethodResult call(const QString &method, const PhpValue &params);
    QStringList methods() const;

private:
    using Handler = std::function<MethodResult(const PhpValue &params)>;

    void registerEntity(EntityType type);
    MethodResult add(EntityType type, const PhpValue &params);
    MethodResult update(EntityType type, const PhpValue &params);
    MethodResult get(EntityType type, const PhpValue &params);
    MethodResult list(EntityType type, const PhpValue &params);
    MethodResult userFieldList(EntityType type, const PhpValue &params);
    MethodResult userFieldAdd(EntityType type, const PhpValue &params);
    MethodResult itemAdd(const PhpValue &params);
    MethodResult findByComm(const PhpValue &params);
    MethodResult statusList(const PhpValue &params);
    MethodResult categoryList(const PhpValue &params);

    CrmStore *m_store;
    QHash<QString, Handler> m_methods;
};

} // namespace identsync::fake
