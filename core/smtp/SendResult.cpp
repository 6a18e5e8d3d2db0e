#include "SendResult.h"

QStringList SendResult::refusedRecipients() const
{
    QStringList out;
    for (const RecipientResult &r : recipients)
        if (!r.accepted)
            out << r.address;
    return out;
}

QStringList SendResult::acceptedRecipients() const
{
    QStringList out;
    for (const RecipientResult &r : recipients)
        if (r.accepted)
            out << r.address;
    return out;
}
