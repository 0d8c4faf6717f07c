#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate through the build's update_translations
# target), fills identsync_en.ts (English is the source language: each translation is its source),
# and lists the Russian entries still unfinished, which a person must translate.
#
# Usage: scripts/update-translations.sh [BUILD_DIR] [--from OTHER_ru.ts]... [--fill FILE.tsv]...
#   --from  take Russian translations from another version of identsync_ru.ts (e.g. both sides of
#           a merge: `git show MERGE_HEAD:translations/identsync_ru.ts > /tmp/theirs.ts`)
#   --fill  take Russian translations from lines "English source<TAB>Russian translation"
#           (a literal \n in either column stands for a line break)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
sources=()
while [ $# -gt 0 ]; do
    case "$1" in
        --from|--fill) sources+=("$1" "$(realpath "$2")"); shift 2 ;;
        *) build=$1; shift ;;
    esac
done
cmake --build "$build" --target update_translations >/dev/null
python3 - "${sources[@]}" <<'PY'
import sys
import xml.etree.ElementTree as ET

def save(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")

def finished(msg):
    tr = msg.find("translation")
    return tr is not None and tr.get("type") is None and (
        (tr.text or "").strip() or any((n.text or "").strip() for n in tr))

# Known translations: (context, source) from other .ts files, and source alone from .tsv files.
by_context, by_source = {}, {}
args = sys.argv[1:]
for kind, path in zip(args[::2], args[1::2]):
    if kind == "--from":
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                if finished(msg):
                    by_context[(name, msg.findtext("source"))] = msg.find("translation")
    else:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if "\t" in line:
                    src, dst = line.split("\t", 1)
                    by_source[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")

tree = ET.parse("translations/identsync_en.ts")
for msg in tree.getroot().iter("message"):
    src = msg.findtext("source") or ""
    tr = msg.find("translation")
    for child in list(tr):
        tr.remove(child)
    if msg.get("numerus") == "yes":
        tr.text = None
        for _ in range(2):
            ET.SubElement(tr, "numerusform").text = src
    else:
        tr.text = src
    tr.attrib.pop("type", None)
save(tree, "translations/identsync_en.ts")

tree = ET.parse("translations/identsync_ru.ts")
missing = []
for ctx in tree.getroot().iter("context"):
    name = ctx.findtext("name")
    for msg in ctx.iter("message"):
        if finished(msg):
            continue
        src = msg.findtext("source")
        tr = msg.find("translation")
        known = by_context.get((name, src))
        if known is not None:
            msg.remove(tr)
            msg.append(known)
            continue
        if src in by_source and msg.get("numerus") != "yes":
            tr.text = by_source[src]
            tr.attrib.pop("type", None)
            continue
        missing.append((name, src))
save(tree, "translations/identsync_ru.ts")
for name, src in missing:
    print(f"unfinished ru: [{name}] {src!r}")
print(f"update-translations: {len(missing)} Russian entries unfinished")
PY
