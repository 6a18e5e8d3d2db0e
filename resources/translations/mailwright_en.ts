<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressParser</name>
    <message>
        <source>Line breaks are not allowed in an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A NUL character is not allowed in an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control character U+%1 is not allowed in an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An invisible character (U+%1) is not allowed in the address “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spaces are not allowed in the address “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only one address is allowed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email address was entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'&gt;' without a matching '&lt;'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>')' without a matching '('</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected '&lt;' after “%1”: a name that contains @ must be in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected “%1” after “%2”: separate addresses with a comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is out of place here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains no email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has a full-width ＠: type @ instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the name “%1” in quotes: a comma separates addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address: it has no @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unclosed quote: a closing '"' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unclosed comment: a closing ')' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encoded name contains a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing '&gt;' after %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no address between '&lt;' and '&gt;'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'&lt;' inside &lt;…&gt; is out of place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'&lt;' without a matching '&gt;'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is out of place in an address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A group cannot contain another group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A group needs a name before ':'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “mailto:” before the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A group (“%1:”) is not allowed here: enter one address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address “%1” has nothing before the @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment cannot appear inside the address “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the whole part before the @ may be quoted in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address “%1” cannot start with a dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two dots in a row are not allowed in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dot cannot come right before the @ in “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The part before the @ in “%1” is too long: at most 64 bytes are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address “%1” is too long: at most 254 characters are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address “%1” has no domain after the @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address “%1” has more than one @</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” looks like an IP address: write it in square brackets, as %2@[%1]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: “%2” is not a valid international name, or too long once encoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not a valid international domain name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is too long once encoded: at most 253 characters are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is too long: at most 253 characters are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: it starts with a dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: it ends with a dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: it has two dots in a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: “%2” starts with a hyphen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: “%2” ends with a hyphen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: it contains “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain “%1” is not valid: a part between dots is longer than 63 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'[' without a matching ']'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid address literal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid IP address</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation><numerusform>%n file, %1</numerusform><numerusform>%n files, %1</numerusform></translation>
    </message>
    <message>
        <source>The attachments alone come to about %1 once encoded, more than the %2 the server accepts. Sending will be refused; share large files another way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files (you can choose several)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove selected attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attachments — drop files here to attach them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size warning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The link that opened this message asked to attach %n file(s), marked below. Nothing is sent until you confirm them when you send.</source>
        <translation><numerusform>The link that opened this message asked to attach %n file, marked below. Nothing is sent until you confirm it when you send.</numerusform><numerusform>The link that opened this message asked to attach %n files, marked below. Nothing is sent until you confirm them when you send.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the File(s)</source>
        <translation><numerusform>Remove the File</numerusform><numerusform>Remove the Files</numerusform></translation>
    </message>
    <message>
        <source>Remove the files the link asked to attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files requested by the link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) — requested by the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
The link that opened this message asked to attach this file. It is sent only if you confirm it when you send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, requested by the link, not confirmed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentReminder</name>
    <message>
        <source>attached|attachment|enclosed</source>
        <extracomment>Words that say a message has an attachment, separated by '|'; the English ones always count.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Switch to Plain Text?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switching to plain text removes the formatting, links and inline images. The text itself stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to Plain Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep Formatting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an image that can be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web address (URL):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rich text (HTML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send formatted (HTML) or plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulleted List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbered List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Align Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Justify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert Link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write your message here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted Server Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untrusted server certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailwright could not verify that the server %1 is who it claims to be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the fingerprint to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you trust this certificate, Mailwright will accept exactly this certificate for the profile “%1” and refuse any other. When the server's certificate changes — renewed, or replaced by someone listening in on your connection — it will be refused again and you will be asked anew.

Before trusting it, compare the fingerprint above with the one your mail provider or administrator publishes. If you cannot, choose Cancel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What trusting means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust This Certificate for This Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate for this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComposerWindow</name>
    <message>
        <source>New Message — Mailwright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ann Lee &lt;ann@example.org&gt;, bob@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden from the other recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop sending (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As .eml…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cc and Bcc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the Cc and Bcc fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation &amp;Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse, search and export earlier sessions with servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this message as a draft to finish later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts and &amp;Outbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reopen a saved draft or retry a message that was not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the chosen account's server and sign in, without sending anything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add, edit, duplicate or remove account profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Mailwright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These could not be attached because they are not readable files:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Mailwright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Mailwright %1&lt;/h3&gt;&lt;p&gt;A mail composer that shows its conversation with the server as it happens.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Cc and Bcc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server &amp;Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the live conversation with the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Mailwright</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the account to send from, or add one with Account → Manage Profiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address in %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Send Yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forgot an Attachment?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message mentions an attachment, but nothing is attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send it anyway, or go back and attach the files?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard This Message?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new message and discard what you have written?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Message As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep This Message?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the message as a draft before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft can be reopened from File → Drafts and Outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be autosaved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Save Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These files were attached but no longer exist, so they are not attached now:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Open Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace This Message?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the draft and keep the message you are writing as a draft?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Draft and Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard and Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Open Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That message is no longer in the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation Log Unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” delivers straight to each recipient's own mail server, so there is no single server to test. Its sessions appear in the conversation log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore Unsent Message?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailwright did not close normally last time. Restore the message you were writing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”, last saved %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes about the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide these notes about the link</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more file(s)</source>
        <translation><numerusform>and %n more file</numerusform><numerusform>and %n more files</numerusform></translation>
    </message>
    <message>
        <source>Send the Files the Link Asked For?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The link that opened this message asked to attach %n file(s). Send them to the recipients?</source>
        <translation><numerusform>The link that opened this message asked to attach %n file. Send it to the recipients?</numerusform><numerusform>The link that opened this message asked to attach %n files. Send them to the recipients?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Send with the File(s)</source>
        <translation><numerusform>Send with the File</numerusform><numerusform>Send with the Files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the File(s)</source>
        <translation><numerusform>Remove the File</numerusform><numerusform>Remove the Files</numerusform></translation>
    </message>
    <message>
        <source>The files the link asked for were removed. Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link that opened this message could not be used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parts of the link that opened this message were left out:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>no encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View the server's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailwright connects to %1 (%2), signs in as %3 and disconnects again; no message is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailwright connects to %1 (%2) and disconnects again; no message is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 with %2, signed in as %3. This profile is ready to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 with %2, without signing in (the profile has no user name). This profile is ready to send if the server accepts mail without a login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate could not be verified; it was accepted because you trusted its fingerprint for this profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 and signed in as %2, but without encryption: your password and your messages cross the network as plain text. Choose STARTTLS or SSL/TLS if the server offers it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 without encryption and without signing in: your messages cross the network as plain text. Choose STARTTLS or SSL/TLS if the server offers it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent. Choose Test Again to run it once more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is incomplete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Securing the connection failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not trusted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the connection test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server broke the SMTP protocol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If this is your provider's server, view the certificate and compare its fingerprint with the one the provider publishes before trusting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationLog</name>
    <message>
        <source>Could not create the folder for the conversation log, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the conversation log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation log %1 cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation log %1 was written by a newer Mailwright.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation log is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write to the conversation log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1 — %2 (%3, %4)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session %1 has lost transcript lines.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DirectDelivery</name>
    <message>
        <source>Looking up the mail servers (MX) of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail servers of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 declares that it accepts no mail (null MX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no MX record; trying the domain's own address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the mail servers of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail server of %1 could be reached on port %2 (tried %3). Many networks and home internet providers block outgoing port 25; sending through your provider's SMTP server (a relay profile) is the usual answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no address: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivering to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>“%1” cannot be used as a draft id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmlWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the message: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstanceProtocol</name>
    <message>
        <source>The running Mailwright received a message it cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another version of Mailwright is running (protocol %1, this one speaks %2). Close it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request is too large: at most %1 files of up to %2 characters each, and a link of up to %3 KiB.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkAttachments</name>
    <message>
        <source>%1 was not attached: it is not a file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: a link must give the full path of a file, starting with “/”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: a link must name the file directly, without “.” or “..” in its path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: it is hidden or in a hidden folder, where keys and settings live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: it is a system file (/proc, /sys or /dev).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: there is no such file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: it is not an ordinary file (a folder, device, pipe or socket).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not attached: it cannot be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Forever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Matching sessions: %L1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions: %L1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation log is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions yet. Each send and connection test will be listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No session matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n sessions selected.</source>
        <translation><numerusform>%n session selected.</numerusform><numerusform>%n sessions selected.</numerusform></translation>
    </message>
    <message>
        <source>Choose a session to see its conversation with the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep Sessions for %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) older than that will be deleted now, with their transcripts.</source>
        <translation><numerusform>%n session older than that will be deleted now, with their transcripts.</numerusform><numerusform>%n sessions older than that will be deleted now, with their transcripts.</numerusform></translation>
    </message>
    <message>
        <source>Delete Older Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n old session(s) deleted.</source>
        <translation><numerusform>%n old session deleted.</numerusform><numerusform>%n old sessions deleted.</numerusform></translation>
    </message>
    <message>
        <source>Export Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no sessions to export.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) exported to %1.</source>
        <translation><numerusform>%n session exported to %1.</numerusform><numerusform>%n sessions exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>The sessions could not be exported to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Sessions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n session(s) from the conversation log?</source>
        <translation><numerusform>Delete %n session from the conversation log?</numerusform><numerusform>Delete %n sessions from the conversation log?</numerusform></translation>
    </message>
    <message>
        <source>Their transcripts are deleted too. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sessions could not be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted.</source>
        <translation><numerusform>%n session deleted.</numerusform><numerusform>%n sessions deleted.</numerusform></translation>
    </message>
    <message>
        <source>Search subjects, recipients, servers and transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show sessions with this outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show sessions of this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the selected sessions, or all listed ones, as a text file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected sessions from the log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation with the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep sessions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long the log keeps sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older sessions are deleted, here and each time the log is opened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailtoLink</name>
    <message>
        <source>The link is longer than %1 KiB, so nothing was taken from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a mailto: link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: Mailwright does not take that field from a link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: a link cannot choose who the message is from or where replies go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: Mailwright writes that header itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: it contains a line break, which could add headers of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: it contains control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: it has a broken %-escape (a “%” not followed by two hexadecimal digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: its text is not UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was left out: it is not a list of message identifiers such as &lt;id@example.org&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A second “%1” was left out; the first one is used.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The link asks for more than %n file(s); the rest were left out.</source>
        <translation><numerusform>The link asks for more than %n file; the rest were left out.</numerusform><numerusform>The link asks for more than %n files; the rest were left out.</numerusform></translation>
    </message>
    <message>
        <source>The part after “#” was left out: mailto: links have none.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Also left out: %n more part(s) of the link.</source>
        <translation><numerusform>Also left out: %n more part of the link.</numerusform><numerusform>Also left out: %n more parts of the link.</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBuilder</name>
    <message>
        <source>Cannot read attachment “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header “%1” is written by Mailwright and cannot be set.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessagesDialog</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing attachments:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts and Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it was not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open to Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Messages?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation><numerusform>Delete %n message from the outbox? They will not be sent.</numerusform><numerusform>Delete %n messages from the outbox? They will not be sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n draft(s)?</source>
        <translation><numerusform>Delete %n draft?</numerusform><numerusform>Delete %n drafts?</numerusform></translation>
    </message>
    <message>
        <source>Last Attempt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MimeStream</name>
    <message>
        <source>“%1” disappeared while it was being sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read attachment “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” changed while it was being sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OAuthAccount</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <source>%1 said: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An administrator of your organisation must approve the application Mailwright signs in with before you can use it. Ask them to grant consent for it in Microsoft Entra ID (Enterprise applications), then sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application Mailwright signs in with is disabled in your organisation. Ask your administrator to enable it, or enter another application (client) ID under Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer accepts the saved sign-in: it was revoked, the password was changed, or it expired. Sign in again; your message is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was declined. If %1 showed “This app isn't verified” or “Access blocked”, the application Mailwright signs in with is not approved for your account: ask for your address to be added as a test user, or enter your own client ID under Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not accept the application (client) ID Mailwright signs in with. Check the client ID and secret under Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not allow the permission to send mail for this application or account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The browser returned an answer that does not belong to this sign-in, so it was refused. Start the sign-in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach %1's sign-in server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's sign-in server answered with something that is not an OAuth reply (%2). Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the sign-in (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>the sign-in server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile does not sign in with OAuth 2.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy of Mailwright was built without a Microsoft application ID. Register a mobile and desktop application in the Microsoft Entra admin center (App registrations, redirect URI http://127.0.0.1, permission SMTP.Send) and enter its Application (client) ID under Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This copy of Mailwright was built without a Google client ID. Create an OAuth client of type “Desktop app” in the Google Cloud console (APIs &amp; Services → Credentials, with the https://mail.google.com/ scope on its consent screen) and enter its client ID and secret under Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the provider's authorization and token endpoints (https://…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the client ID registered with the provider for Mailwright.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>Mailwright could not listen on 127.0.0.1 for the sign-in's answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Access Token Needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password Needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the access token for &lt;b&gt;%1&lt;/b&gt; on %2 (profile “%3”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password for &lt;b&gt;%1&lt;/b&gt; on %2 (profile “%3”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store it in the settings file (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the settings file is readable only by your user account, but the password is stored in it unencrypted. Anyone who can read your files or backups can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available, so Mailwright keeps the password only until it quits and will ask again next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <source>Save the profile before storing its password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no settings file to store the password in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available, so the password is kept only until Mailwright quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain refused to store the password, so it is kept only until Mailwright quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not store the password (%1), so it is kept only until Mailwright quits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not remove the password: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Account Profiles[*]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a new profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected profile, its password included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected profile and its password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New messages are sent from the default profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set as default profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ann Lee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ann@example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender address problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Relay through this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relay through this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver d&amp;irectly to the recipients' servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver directly to the recipients' servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing server problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty for the usual port: 465 for SSL/TLS, 587 otherwise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none: send without logging in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the password in the settings &amp;file (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the password in the settings file, not encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings file can be read by your user only, but it is not encrypted: anyone who gets a copy of it, from a backup for instance, can read the password. Prefer the keychain where there is one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings file warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow the password over an unen&amp;crypted connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow the password over an unencrypted connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without encryption, anyone on the network path between this computer and the server can read the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unencrypted password warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EHLO name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name this computer gives the server in EHLO; leave empty unless the server insists on one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted certificate fingerprints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprints of server certificates you chose to trust although they could not be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove trusted certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain-text signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML signature source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Ann Lee&lt;br&gt;&lt;a href="https://example.org"&gt;example.org&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect and log in with the settings as they are in the form, without sending a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default profile: new messages are sent from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the new profile “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discarded changes are lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a copy of “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its settings and its stored password are deleted. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” could not be removed from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default profile could not be saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address you send from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server, or choose to deliver directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A port is a number up to 65535; leave it empty for the usual one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To keep it after Mailwright quits, tick “Store the password in the settings file” and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in the keychain — type to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept until Mailwright quits — type to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in the settings file — type to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stored; no keychain is available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the outgoing (SMTP) server to test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLAIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>XOAUTH2 (access token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (do not log in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of “%1” is forgotten; it will be asked for when sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the sign-in in the settings &amp;file (not encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow the sign-in over an unen&amp;crypted connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out of “%1”; the sign-in is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Microsoft (Outlook, Microsoft 365)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with Google (Gmail, Google Workspace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with another OAuth 2.0 provider</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profiles could not be saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” keeps its password in the keychain, not in the settings file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProviderPresets</name>
    <message>
        <source>Google accepts only an app password (Google Account → Security → 2-Step Verification → App passwords) or OAuth 2 (XOAUTH2); the normal account password is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft accounts with two-step verification need an app password (account.microsoft.com → Security); where password sign-in is switched off, only OAuth 2 (XOAUTH2) works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation's administrator must allow SMTP AUTH for the mailbox; many tenants allow only OAuth 2 (XOAUTH2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use an app-specific password from appleid.apple.com (Sign-In and Security → App-Specific Passwords); the user name is the full address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use an app password generated in the account's security settings; the login password is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch on the SMTP service in the mailbox's web settings and use the authorization code it generates there as the password, not the login password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the administrator requires it (security login), use the client-specific password generated in the web mailbox's settings, not the login password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch on SMTP in the web mailbox's settings first; the user name is the full address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With two-factor authentication, use an application-specific password; accounts in the EU data centre use smtp.zoho.eu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow access by POP3/IMAP and SMTP in the web mailbox's settings first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use an app password created in the Yandex ID settings for mail clients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a password for external applications, created in the account's security settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use an app password (Settings → Privacy &amp; Security → App passwords) with SMTP access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow POP3/SMTP in the web mailbox's settings first; with two-step verification use an application password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent a malformed reply: “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server changed its reply code from %1 to %2 within one reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines or %2 bytes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Sends one message over SMTP and shows what the server said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the saved profile NAME: its server, security, login, sender, timeouts, pinned certificates and route; options given here override them. The password: --password-env/--password-file, else where the profile keeps it (keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP server, with an optional port (host:port, [v6]:port). With --profile: replaces its server and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST[:PORT]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none, starttls (default) or tls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name for AUTH.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the password (or token) from this environment variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the password (or token) from the first line of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto (default), plain, login, cram-md5, xoauth2 or none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow credentials over an unencrypted connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name to introduce ourselves with (EHLO).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender, as a person writes it: 'Zhang San &lt;zhang@example.cn&gt;'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ADDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient (repeatable; a comma-separated list works too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blind copy recipient: envelope only (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply-To address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the message text from FILE (UTF-8).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body is HTML (a plain-text part is generated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint (repeatable; added to a profile's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give up when the server is silent this long (every stage).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver straight to each recipient domain's mail servers (MX), port 25.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the exact message bytes to FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build the message and save or print it; do not connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the live SMTP conversation to stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not record this session in the conversation log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Exit codes: 0 sent; 1 some recipients refused; 2 usage or input error; 3 connection, DNS or timeout; 4 TLS or certificate; 5 authentication; 6 message refused; 7 cancelled; 8 outcome unknown (may have been delivered).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected argument “%1”: every value needs its option, such as --to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile called “%1”: no profiles are saved in %2. Create one in the Mailwright window, or give the server with --server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile called “%1”. Saved profiles: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from: line breaks are not allowed in an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” has no sender address: give --from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender address of the profile “%1”: %2 Give --from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from is required (or --profile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: line breaks are not allowed in an address; give each address its own --%1 or separate them with commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recipients: give at least one --to, --cc or --bcc.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --body or --body-file, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the body file “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--security must be none, starttls or tls, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--auth must be auto, plain, login, cram-md5, xoauth2 or none, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --password-env or --password-file, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the password file “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--user needs a password: give --password-env VAR or --password-file FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No PEM certificate could be read from “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--trust-fingerprint needs a SHA-256 fingerprint (64 hex digits, colons allowed), not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout needs a number of seconds, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--direct delivers to each recipient's own mail servers; do not give --server with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server: missing ']' in “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server: “%1” is not a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server needs a host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server is required (or --direct, or --profile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” has no server: give --server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass --password-env VAR or --password-file FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” needs a password, and no keychain is available to read it from (%2): %3, or store it in the profile's settings file with the Mailwright profile dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Secret Service or KWallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” needs a password, and the keychain refused to give it: unlock the keychain, or %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” needs a password, and the keychain could not read it (%2): %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” needs a password, and none is stored for it: store it with the Mailwright profile dialog, or %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the profile given with --profile in to its OAuth 2.0 provider from this terminal (a code to enter in any browser), and keep the sign-in for later sends; send nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sign-in needs --profile NAME: the profile to sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with: mailwright-send --sign-in --profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile “%1” logs in with a password, not a sign-in. Choose a provider under Authentication in the Mailwright profile dialog first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not allow signing in to mail from a terminal. Sign in once from the Mailwright window (Account → Manage Profiles); mailwright-send then uses that sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1, but the sign-in could not be kept: %2 Choose “Keep the sign-in in the settings file” in the Mailwright profile dialog where there is no keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1. mailwright-send and the Mailwright window use this sign-in from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To sign in to %1, open %2 in a browser on any device and enter the code %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or open %1, which holds the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the sign-in… (Ctrl+C cancels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in in the browser that opened. If none did, open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this address in a browser on this computer to sign in: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation log could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be kept in the outbox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not signed in to %2. Sign in, then send again; your message is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendReport</name>
    <message>
        <source>Sending cancelled. The message is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, but some recipients were refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not confirm the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message Sent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The server accepted the message for %n recipient(s).</source>
        <translation><numerusform>The server accepted the message for %n recipient.</numerusform><numerusform>The server accepted the message for %n recipients.</numerusform></translation>
    </message>
    <message>
        <source>Some Recipients Were Refused</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The message was sent to %n recipient(s), but the server refused these:</source>
        <translation><numerusform>The message was sent to %n recipient, but the server refused these:</numerusform><numerusform>The message was sent to %n recipients, but the server refused these:</numerusform></translation>
    </message>
    <message>
        <source>Everything you wrote is kept, so you can correct those addresses and send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message May Have Been Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the recipient's mailbox or your sent mail before sending again. The message is kept in the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message Too Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing you wrote is lost: correct the problem and send again. The message is also kept in the outbox (File → Drafts and Outbox).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter Password and Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign In Again and Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Trust Certificate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendStatusText</name>
    <message>
        <source>Looking up the password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking up the mail servers of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected; asking what the server offers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Securing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the addresses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the message…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the server to accept the message…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sending %1 of %2 — about %n second(s) left</source>
        <translation><numerusform>Sending %1 of %2 — about %n second left</numerusform><numerusform>Sending %1 of %2 — about %n seconds left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %2 — about %n minute(s) left</source>
        <translation><numerusform>Sending %1 of %2 — about %n minute left</numerusform><numerusform>Sending %1 of %2 — about %n minutes left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending %1 of %2 — about %n hour(s) left</source>
        <translation><numerusform>Sending %1 of %2 — about %n hour left</numerusform><numerusform>Sending %1 of %2 — about %n hours left</numerusform></translation>
    </message>
    <message>
        <source>• %1 — the server said: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>• %1 — the server said: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message comes to %1, but %2 accepts at most %3. Nothing was sent: remove attachments or share large files another way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewing the sign-in with %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SenderChooser</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct to recipients' servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account profile to send with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage account profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add, edit or test account profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account yet: click Manage… to add one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in state symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open the Page Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the sign-in page in the browser again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the sign-in page's address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign In with %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in with %1 is not set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening %1's sign-in page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in as %1 in your browser and allow Mailwright to send mail. This window closes by itself when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for you to sign in with %1 in your browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailwright could not open a browser. Copy the link and open it in one; this window closes by itself when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in did not work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1; saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign-in state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign out and forget the sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the sign-in needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced sign-in settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>common</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Authorization endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://login.example.com/authorize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;oken endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://login.example.com/token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;vice endpoint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device authorization endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: for signing in from a terminal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>separated by spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 since %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unknown account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;In with %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another Mailwright is starting and does not finish; if none is running, remove %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Mailwright is running but did not answer within %n second(s).</source>
        <translation><numerusform>Mailwright is running but did not answer within %n second.</numerusform><numerusform>Mailwright is running but did not answer within %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Cannot reach the running Mailwright at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen at %1 for later launches: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The running Mailwright sent an answer this one cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The running Mailwright closed the connection without answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This Mailwright does not describe its windows (MAILWRIGHT_TEST_HOOKS is not set).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>No server is set: enter the SMTP server's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1 port %2 (security: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting TLS handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continuing without certificate verification (opportunistic TLS for direct delivery)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepting the certificate anyway: its SHA-256 fingerprint %1 is trusted for this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted with %1, cipher %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate subject: %1; issuer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate valid from %1 until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate not verified, accepted because its fingerprint is pinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate not verified (opportunistic TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was lost after the whole message was sent, before the server confirmed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server closed the connection while %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the server name and port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server “%1” was not found. Check its name and your network connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. If this port does not speak TLS from the start, choose STARTTLS (usually port 587).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection failed after the whole message was sent, before the server confirmed it (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 failed while %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it expired on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was issued for “%1”, not for “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is signed by an authority this computer does not trust (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not trusted: %1. Its SHA-256 fingerprint is %2. Trust it only if you know this is the right fingerprint for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not confirm the message within %1 s after the whole message was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not respond within %1 s while %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting and negotiating TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for its greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>introducing ourselves (EHLO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking for encryption (STARTTLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending the sender and recipient addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for the server to accept the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closing the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server stopped the transfer while the message was being sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused our introduction (EHLO).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused our introduction (EHLO and HELO).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted and nothing was sent. Choose SSL/TLS (usually port 465) if the server supports it; Mailwright never falls back to plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused to start encryption (STARTTLS), so nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before encryption began. This is how a man-in-the-middle attack looks; the connection was closed and nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailwright will not send your password over an unencrypted connection. Choose STARTTLS or SSL/TLS, or explicitly allow plain-text authentication for this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not offer authentication (no AUTH in its EHLO reply), but a user name is set. Remove the user name if this server accepts mail without logging in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a method Mailwright supports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not offer %1; it offers: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server rejected the token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging in as %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection test passed: %1 answered, encryption (%2) and login worked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection test passed: %1 answered (no encryption).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is %1, but the server accepts at most %2. Nothing was sent: remove or shrink attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support SMTPUTF8 (internationalised addresses). Nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the sender address %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused to take the message (DATA).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused every recipient, so the message was not sent: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending stopped because the message could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… %1 message body streamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to %1 of %2 recipients; the server refused: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection was lost before the whole message was sent. It was not delivered; you can send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message may have been delivered: check with a recipient before sending it again, or it may arrive twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled after the whole message was sent, before the server confirmed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending was cancelled before the message was complete; it was not delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending was cancelled; nothing was delivered.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent to %n recipient(s). The server said: %1</source>
        <translation><numerusform>Sent to %n recipient. The server said: %1</numerusform><numerusform>Sent to %n recipients. The server said: %1</numerusform></translation>
    </message>
    <message>
        <source>sign-in with a token (XOAUTH2 or OAUTHBEARER)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused only temporarily (4xx), so worth retrying later: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed after the server agreed to STARTTLS: %2. The server and Mailwright share no usable TLS version or cipher, or something between them interfered; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server ended the session while %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server offers STARTTLS and login only after it: choose STARTTLS.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusExplainer</name>
    <message>
        <source>The server requires encryption or authentication first: choose STARTTLS or SSL/TLS in the profile and log in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server considers this authentication method too weak for the account; choose another method or create an app password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server requires encryption for this authentication method: choose STARTTLS or SSL/TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation behind this account has disabled basic (password) authentication for SMTP; an administrator must enable SMTP AUTH for the mailbox, or use OAuth (XOAUTH2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server only accepts mail from logged-in users: enter a user name and password in the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this on policy grounds (for example relaying is not allowed, or the sender address does not belong to this account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's security policy refused this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's mailbox does not exist: check the address for typing mistakes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's domain does not exist or does not accept mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient address is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not accept the sender address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's domain declares that it accepts no mail (null MX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's mailbox is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's mailbox is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is too large for the server: remove or shrink attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this for now for security reasons (for example too many attempts); try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not understand a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the message's content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A temporary problem on the server: try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's mailbox cannot take the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiving mail system cannot take the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be routed to its destination.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server reported a protocol error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is not available right now and closed the connection; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox is temporarily unavailable; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had a local error; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is short of storage or got too many recipients; try again later or send to fewer recipients at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot do this right now (TLS or authentication temporarily unavailable); try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot accept the parameters right now; try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not accept a command or its arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server expected the commands in another order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server requires authentication: enter a user name and password in the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server considers this authentication method too weak for the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server requires encryption for this authentication method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox is unavailable or the server refused the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient is not local to this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not allow this mailbox name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not recognise the MAIL or RCPT parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused this permanently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QQ Mail needs an authorization code generated in its web settings (Settings → Account → POP3/SMTP), not your QQ password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NetEase mail (163, 126, yeah.net) needs an authorization code generated in its web settings, not your login password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This provider needs SMTP enabled in its web settings and an authorization code instead of your login password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail needs an app password (with 2-step verification) or OAuth (XOAUTH2), not your Google password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server only sends mail whose sender is the account you log in with: use the login address as the From address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provider's spam filter (NetEase 163/126) refused the message: change its content (subject, links, attachments) or send fewer messages at a time, then try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This refusal is temporary: sending to this recipient again later is worth trying.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Server Conversation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>──── %1 ────</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not encrypted: the connection was in plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted by its pinned fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate problems: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted: %1, %2 · certificate for %3, issued by %4, valid until %5 · %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation could not be saved to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selection, or every shown line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the shown lines as a text file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server conversation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server capabilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write a message and send it, watching the server conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach FILE to the new message (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mailto: link (RFC 6068) to fill the new message with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at most one mailto: link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a mailto: link.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
