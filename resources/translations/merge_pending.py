"""Fill the .ts from pending/*.json ({"context", "source", "zh"} per entry), the Chinese each part
of the UI brings with its English strings; run by `make translations` after lupdate. Entries of
the JSON files win; an unfinished string with the same source elsewhere takes that wording. Prints
what is still missing and exits 1 if anything is."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "frontdesk_zh_CN.ts"


def load_pending() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for file in sorted((HERE / "pending").glob("*.json")):
        for entry in json.loads(file.read_text(encoding="utf-8")):
            by_context[(entry["context"], entry["source"])] = entry["zh"]
            by_source.setdefault(entry["source"], entry["zh"])
    return by_context, by_source


def merge(ts: Path = TS) -> list[tuple[str, str]]:
    by_context, by_source = load_pending()
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None:
                continue
            unfinished = translation.get("type") == "unfinished" or not translation.text
            chinese = by_context.get((name, source)) or (
                by_source.get(source) if unfinished else None
            )
            if chinese:
                translation.text = chinese
                translation.attrib.pop("type", None)
            elif unfinished:
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return missing


if __name__ == "__main__":
    left = merge()
    for name, source in left:
        print(f"missing: {name}: {source}", file=sys.stderr)
    sys.exit(1 if left else 0)
