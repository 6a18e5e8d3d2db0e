#!/usr/bin/python3
"""Fills the English plural forms in resources/translations/mailwright_en.ts.

Sources say "%n file(s)"; English needs "1 file" and "2 files". Run after
`cmake --build build --target update_translations`. Only numerus messages are filled; every
other English message stays unfinished, so the source text is shown as it is.
A source whose plural is not made with "(s)" goes in IRREGULAR.
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

TS = pathlib.Path(__file__).resolve().parent.parent / "resources/translations/mailwright_en.ts"
IRREGULAR = {
    "%n sessions selected.": ("%n session selected.", "%n sessions selected."),
    "The link that opened this message asked to attach %n file(s). Send them to the recipients?": (
        "The link that opened this message asked to attach %n file. Send it to the recipients?",
        "The link that opened this message asked to attach %n files. Send them to the recipients?",
    ),
    "The link that opened this message asked to attach %n file(s), marked below. Nothing is sent until you "
    "confirm them when you send.": (
        "The link that opened this message asked to attach %n file, marked below. Nothing is sent until you "
        "confirm it when you send.",
        "The link that opened this message asked to attach %n files, marked below. Nothing is sent until you "
        "confirm them when you send.",
    ),
}


def forms(source):
    if source in IRREGULAR:
        return IRREGULAR[source]
    if "(s)" not in source:
        sys.exit(f"fill-english-plurals: no '(s)' in numerus source {source!r}; add it to IRREGULAR")
    return source.replace("(s)", ""), source.replace("(s)", "s")


def main():
    tree = ET.parse(TS)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(message.find("source").text):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{filled} plural messages filled in {TS.name}")


if __name__ == "__main__":
    main()
