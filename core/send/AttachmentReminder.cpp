#include "AttachmentReminder.h"

#include "mime/HtmlToText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

bool AttachmentReminder::mentionsAttachment(const QString &text)
{
    QStringList words = { u"attached"_s, u"attachment"_s, u"附件"_s };
    //: Words that say a message has an attachment, separated by '|'; the English ones always count.
    const QString translated = tr("attached|attachment|enclosed");
    words += translated.split(u'|', Qt::SkipEmptyParts);
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u'>'))
            continue; // quoted from an earlier message
        for (const QString &word : std::as_const(words))
            if (line.contains(word.trimmed(), Qt::CaseInsensitive))
                return true;
    }
    return false;
}

bool AttachmentReminder::seemsForgotten(const Message &message)
{
    return message.attachments.isEmpty()
        && (mentionsAttachment(message.subject) || mentionsAttachment(message.plainBody)
            || (!message.htmlBody.isEmpty() && mentionsAttachment(HtmlToText::convert(message.htmlBody))));
}
