#pragma once

#include "mime/Message.h"

#include <QCoreApplication>
#include <QString>

// "The message mentions an attachment, but nothing is attached": asked before sending.
class AttachmentReminder
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentReminder)
public:
    // True when the text mentions an attachment ("attached", "attachment", "附件", and the
    // translation's own words), ignoring quoted lines ("> …").
    static bool mentionsAttachment(const QString &text);
    // The subject or the text mentions one and nothing is attached.
    static bool seemsForgotten(const Message &message);
};
