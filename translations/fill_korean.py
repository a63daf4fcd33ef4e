#!/usr/bin/env python3
"""Helps translate anticorona_ko.ts after anticorona_lupdate.

  fill_korean.py --todo anticorona_ko.ts          prints the unfinished entries as a JSON
                                                 dictionary to fill in (translation "")
  fill_korean.py DICT.json anticorona_ko.ts       applies a filled dictionary

The dictionary maps context -> source -> Korean. A plural (%n) entry takes one string: Korean
has a single numerus form. Entries missing from the dictionary, or left empty, stay unfinished,
so translations_complete still catches them."""
import json
import sys
import xml.etree.ElementTree as ET

from fill_english import write


def unfinished(tree):
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":
                yield name, message


def todo(path):
    entries = {}
    for name, message in unfinished(ET.parse(path)):
        entries.setdefault(name, {})[message.findtext("source")] = ""
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(dictionary_path, path):
    with open(dictionary_path, encoding="utf-8") as f:
        dictionary = json.load(f)
    tree = ET.parse(path)
    done = left = 0
    for name, message in list(unfinished(tree)):
        korean = dictionary.get(name, {}).get(message.findtext("source"), "")
        if not korean:
            left += 1
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            ET.SubElement(translation, "numerusform").text = korean
        else:
            translation.text = korean
        done += 1
    write(tree, path)
    print(f"{path}: {done} translated, {left} still unfinished")


if __name__ == "__main__":
    if sys.argv[1] == "--todo":
        todo(sys.argv[2])
    else:
        apply(sys.argv[1], sys.argv[2])
