#!/usr/bin/env python3
"""Completes anticorona_en.ts: English is the source language, so every entry's
translation is its source (plural forms from "(s)"). Run after anticorona_lupdate.
With --check FILE.ts, lists unfinished or empty entries and exits 1 if any."""
import sys
import xml.etree.ElementTree as ET


# The verb after a counted noun follows the count: "1 row was", "2 rows were".
SINGULAR_VERBS = {"(s) are": " is", "(s) were": " was", "(s) have": " has"}


def singular(source):
    for plural, one in SINGULAR_VERBS.items():
        source = source.replace(plural, one)
    return source.replace("(s)", "")


def english(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (singular(source), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    write(tree, path)


def check(path):
    bad = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            bad.append(message.findtext("source"))
    for source in bad:
        print(f"{path}: unfinished: {source}")
    return 1 if bad else 0


def write(tree, path):
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        sys.exit(max(check(p) for p in sys.argv[2:]))
    for p in sys.argv[1:]:
        english(p)
