#include "LoggedSession.h"

void LoggedSession::setResult(const SendResult &result)
{
    outcome = result.outcome;
    resultMessage = result.message;
}
