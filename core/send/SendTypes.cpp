#include "SendTypes.h"

namespace Send {

Stage stageOf(Smtp::State state)
{
    switch (state) {
    case Smtp::State::Idle:
        return Stage::Idle;
    case Smtp::State::Connecting:
        return Stage::Connecting;
    case Smtp::State::Greeting:
    case Smtp::State::Ehlo:
    case Smtp::State::Helo:
        return Stage::Greeting;
    case Smtp::State::StartTls:
    case Smtp::State::TlsHandshake:
        return Stage::Securing;
    case Smtp::State::Auth:
        return Stage::SigningIn;
    case Smtp::State::Envelope:
        return Stage::Envelope;
    case Smtp::State::Body:
        return Stage::Body;
    case Smtp::State::Confirm:
        return Stage::Confirm;
    case Smtp::State::Quit:
        return Stage::Closing;
    case Smtp::State::Done:
        return Stage::Done;
    }
    return Stage::Idle;
}

} // namespace Send
