#pragma once

#include <QString>

// Whether a store operation worked, and if not, a sentence saying why (translated).
struct StoreStatus
{
    QString error;
    bool ok() const { return error.isEmpty(); }
};
