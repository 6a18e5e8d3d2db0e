#!/usr/bin/python3
"""Reads a message Mailwright wrote back with an independent parser (Python's `email` package)
and compares it with what was composed.

    mime_check.py MESSAGE.eml EXPECTATION.json

The expectation is a JSON object; every key is optional:
    subject        decoded Subject
    from, to, cc, reply_to
                   [{"name": display name, "address": addr-spec}, ...]
    bcc            [addr-spec, ...] that must appear nowhere in the headers
    plain, html    the text of the text/plain and text/html bodies (line breaks compared as "\\n")
    structure      "multipart/mixed(text/plain,application/pdf)"
    attachments    [{"filename", "sha256", "disposition", "content_id", "content_type", "charset",
                     "text"}, ...] in message order; keys left out are not compared; "charset"
                   null means no charset parameter; "text" is the content as a reader decodes
                   it with the labelled charset
    headers        {"X-Name": "decoded value", ...}
    message_id_domain
                   the domain after '@' in Message-ID
    allow_8bit     true when a non-ASCII local part makes 8-bit headers unavoidable

Exit status 0 when everything matches; 1 with one line per mismatch on stderr otherwise.
"""

import hashlib
import json
import re
import sys
from email import policy
from email.header import decode_header, make_header
from email.parser import BytesParser


def normalise_newlines(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def structure_of(part):
    if part.is_multipart():
        return "%s(%s)" % (part.get_content_type(), ",".join(structure_of(p) for p in part.iter_parts()))
    return part.get_content_type()


def main():
    eml_path, expectation_path = sys.argv[1], sys.argv[2]
    with open(eml_path, "rb") as f:
        raw = f.read()
    with open(expectation_path, encoding="utf-8") as f:
        expected = json.load(f)
    problems = []

    def check(condition, message):
        if not condition:
            problems.append(message)

    # The wire format: CRLF only, 7-bit, line lengths (RFC 5322 §2.1.1, RFC 2045 §6.7/§6.8).
    check(b"\r" not in raw.replace(b"\r\n", b"") and b"\n" not in raw.replace(b"\r\n", b""),
          "bare CR or LF in the message")
    check(raw.endswith(b"\r\n"), "the message does not end with CRLF")
    if not expected.get("allow_8bit"):
        bad = [i for i, b in enumerate(raw) if b >= 0x80]
        check(not bad, "8-bit byte at offset %d" % (bad[0] if bad else 0))
    check(b"\x00" not in raw, "NUL byte in the message")
    lines = raw.split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if len(line) > 998:
            problems.append("line %d is %d octets long" % (number, len(line)))
            break
    header_end = raw.find(b"\r\n\r\n")
    header_block = raw[: header_end + 2] if header_end >= 0 else raw
    for line in header_block.split(b"\r\n"):
        if len(line) > 78:
            problems.append("header line over 78 columns: %r" % line[:100])
    field_names = [l.split(b":", 1)[0].lower() for l in header_block.split(b"\r\n") if l and l[:1] not in b" \t"]
    check(b"bcc" not in field_names, "a Bcc header is present")
    for address in expected.get("bcc", []):
        check(address.lower().encode("utf-8") not in header_block.lower(), "Bcc address %s is in the headers" % address)
    for name in (b"date", b"from", b"message-id", b"mime-version", b"subject"):
        check(field_names.count(name) == 1, "%s appears %d times" % (name.decode(), field_names.count(name)))

    message = BytesParser(policy=policy.default).parsebytes(raw)

    # The legacy name="=?UTF-8?…?=" twin of an RFC 2231 filename is an encoded-word inside a
    # quoted string: RFC 2047 §5 does not allow it, older readers need it, and Python reports
    # it. Those two defects are expected there, and only there.
    twin_defects = ("encoded word inside quoted string", "missing trailing whitespace after encoded-word")
    for part in message.walk():
        check(not part.defects, "defects in %s: %r" % (part.get_content_type(), part.defects))
        has_filename = part.get_param("filename", header="content-disposition") is not None
        for name, value in part.items():
            defects = list(getattr(value, "defects", ()))
            if name.lower() == "content-type" and has_filename:
                defects = [d for d in defects if str(d) not in twin_defects]
            check(not defects, "defects in header %s: %r" % (name, defects))

    # Headers, decoded.
    if "subject" in expected:
        check(str(message["subject"]) == expected["subject"],
              "Subject is %r, expected %r" % (str(message["subject"]), expected["subject"]))
    for key, header in (("from", "from"), ("to", "to"), ("cc", "cc"), ("reply_to", "reply-to")):
        if key not in expected:
            continue
        want = [(m["name"], m["address"]) for m in expected[key]]
        got = [(a.display_name, a.addr_spec) for a in message[header].addresses] if message[header] else []
        check(got == want, "%s is %r, expected %r" % (header, got, want))
    check(message["date"] is not None and message["date"].datetime is not None
          and message["date"].datetime.tzinfo is not None, "Date is missing or has no offset")
    check(str(message.get("mime-version", "")) == "1.0", "MIME-Version is not 1.0")
    message_id = str(message.get("message-id", ""))
    domain = expected.get("message_id_domain", "[^@<>\\s]+")
    check(re.fullmatch(r"<[^@<>\s]+@" + re.escape(domain) + ">" if "message_id_domain" in expected
                       else r"<[^@<>\s]+@[^@<>\s]+>", message_id), "Message-ID %r is malformed" % message_id)
    for name, value in expected.get("headers", {}).items():
        check(str(message.get(name)) == value, "%s is %r, expected %r" % (name, str(message.get(name)), value))

    if "structure" in expected:
        check(structure_of(message) == expected["structure"],
              "structure is %s, expected %s" % (structure_of(message), expected["structure"]))

    # Every leaf: a known transfer encoding, encoded lines within 76 columns.
    for part in message.walk():
        if part.is_multipart():
            continue
        cte = part.get("content-transfer-encoding", "7bit").lower()
        check(cte in ("7bit", "quoted-printable", "base64"), "unexpected transfer encoding %s" % cte)
        if cte in ("quoted-printable", "base64"):
            long_lines = [l for l in part.get_payload().split("\n") if len(l.rstrip("\r")) > 76]
            check(not long_lines, "%s line over 76 columns in %s" % (cte, part.get_content_type()))
        if part.get_content_maintype() == "text" and part.get_content_disposition() is None:
            check(part.get_content_charset() == "utf-8", "text part without charset=utf-8")

    # Bodies.
    for key, subtype in (("plain", "plain"), ("html", "html")):
        if key not in expected:
            continue
        body = message.get_body(preferencelist=(subtype,))
        if expected[key] is None:
            check(body is None or body.get_content_type() != "text/" + subtype, "unexpected text/%s body" % subtype)
            continue
        if body is None:
            problems.append("no text/%s body" % subtype)
            continue
        got = normalise_newlines(body.get_content())
        want = normalise_newlines(expected[key])
        if got != want:
            at = next((i for i in range(min(len(got), len(want))) if got[i] != want[i]), min(len(got), len(want)))
            problems.append("text/%s differs at %d: got %r, expected %r" % (subtype, at, got[at:at + 40], want[at:at + 40]))

    # Attachments and inline parts, in order.
    if "attachments" in expected:
        found = []
        for part in message.walk():
            if part.is_multipart() or part.get_content_disposition() not in ("attachment", "inline"):
                continue
            payload = part.get_payload(decode=True) or b""
            raw_name = part.get_param("name")
            if isinstance(raw_name, tuple):  # RFC 2231 form
                raw_name = raw_name[2]
            twin = str(make_header(decode_header(raw_name))) if raw_name is not None else None
            found.append({
                "filename": part.get_filename(),
                "name_twin": twin,
                "sha256": hashlib.sha256(payload).hexdigest(),
                "disposition": part.get_content_disposition(),
                "content_id": (part.get("content-id") or "").strip().strip("<>") or None,
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "text": part.get_content() if part.get_content_maintype() == "text" else None,
                "size": len(payload),
            })
        want = expected["attachments"]
        check(len(found) == len(want), "%d attachments, expected %d" % (len(found), len(want)))
        for index, (got, exp) in enumerate(zip(found, want)):
            for key, value in exp.items():
                if key == "size":
                    continue
                check(got.get(key) == value, "attachment %d: %s is %r, expected %r" % (index, key, got.get(key), value))
            if exp.get("filename") is not None:
                check(got["name_twin"] == exp["filename"],
                      "attachment %d: name= twin decodes to %r, expected %r" % (index, got["name_twin"], exp["filename"]))

    if problems:
        for problem in problems:
            print("mime_check: " + problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
