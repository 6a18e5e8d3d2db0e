#pragma once

#include <QCoreApplication>
#include <QString>

// Whether a file a mailto: link names may be offered to the person as an attachment.
struct LinkAttachmentCheck
{
    QString filePath; // accepted: the file's canonical path (what is shown is what is read)
    QString refusal; // refused: one translated sentence naming the file and why
    bool ok() const { return refusal.isEmpty(); }
};

// A web page can put any path in a link (`mailto:?attach=~/.ssh/id_rsa`; Evolution's
// CVE-2020-11879), so before the person is even asked about a file the link names: hidden
// files and anything in a hidden folder (a path component starting with '.'), /proc, /sys and
// /dev, and anything but a readable regular file are refused — the path as written and where
// its symbolic links lead alike. Accepted files still wait for the person's confirmation.
// Reads the file system; no widgets.
class LinkAttachments
{
    Q_DECLARE_TR_FUNCTIONS(LinkAttachments)
public:
    // requested: an absolute path or a file: URL, as the link gave it.
    [[nodiscard]] static LinkAttachmentCheck check(const QString &requested);
};
