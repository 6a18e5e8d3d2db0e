#include "LoggedSession.h"

void LoggedSession::setResult(const SendResult &result)
{
    outcome = result.outcome;
    stage = result.stage;
    resultMessage = result.message;
}
