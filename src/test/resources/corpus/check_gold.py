#!/usr/bin/env python3
"""Check the corpus' gold files against their statements (python3, no packages).

usage: python3 check_gold.py            (from this folder, or give the folder as argument)

For every gold/NAME.gold.json: the JSON is valid; NAME is in statements/ or seeds/ and is
NFC UTF-8; every unit's "start" occurs exactly once in a new statement (whitespace and quotes
normalised as score.py does; the seeds, kept as copied, only need their units in source
order) and the units come in source order; classes, sectors and dates
are well formed; "counts" equals the classes of the units; the title occurs in the text;
and splits.tsv lists every statement exactly once.
"""
import json, re, sys, unicodedata
from pathlib import Path

CLASSES = {"commitment", "position", "context", "heading", "noise", "either"}
SECTORS = {"POL", "DEF", "JUS", "ECO", "FIN", "AGR", "SCI", "TRA", "ENE", "EDU", "CUL",
           "LAB", "HEA", "ENV", "LOC", "MUL"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(text):
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def check(root):
    errors = []
    splits = {}
    split_file = root / "splits.tsv"
    if split_file.exists():
        lines = split_file.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            if line.strip():
                name, split, lang, kind = line.split("\t")
                if name in splits:
                    errors.append(f"splits.tsv: {name} listed twice")
                splits[name] = (split, lang)
    for gold_path in sorted((root / "gold").glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        where = f"{gold_path.name}"
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{where}: invalid JSON: {e}")
            continue
        source_path = next((p for p in (root / "statements" / name, root / "seeds" / name) if p.exists()), None)
        if source_path is None:
            errors.append(f"{where}: no statement {name}")
            continue
        raw = source_path.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", raw) != raw:
            errors.append(f"{where}: statement is not NFC")
        text = norm(raw)
        strict = source_path.parent.name == "statements"  # the seeds are kept as copied
        if gold.get("file") != name:
            errors.append(f"{where}: file is {gold.get('file')!r}")
        if gold.get("language") not in ("en", "vi"):
            errors.append(f"{where}: language {gold.get('language')!r}")
        if not ISO.match(gold.get("date") or ""):
            errors.append(f"{where}: date {gold.get('date')!r}")
        if not gold.get("partners"):
            errors.append(f"{where}: no partners")
        if strict and gold.get("title") and norm(gold["title"]) not in text:
            errors.append(f"{where}: title not in the text")
        cursor = 0
        counts = {c: 0 for c in CLASSES}
        for unit in gold["units"]:
            start, cls = norm(unit["start"]), unit["class"]
            if cls not in CLASSES:
                errors.append(f"{where}: class {cls!r}")
                continue
            counts[cls] += 1
            n = text.count(start)
            if n != 1 and strict:
                errors.append(f"{where}: start occurs {n} times: {unit['start']!r}")
            at = text.find(start, cursor)
            if at < 0:
                errors.append(f"{where}: start out of order: {unit['start']!r}")
            else:
                cursor = at + 1
            if cls == "commitment":
                if unit.get("sector") not in SECTORS:
                    errors.append(f"{where}: sector {unit.get('sector')!r} at {unit['start']!r}")
                d = unit.get("deadline")
                if d is not None and not ISO.match(d):
                    errors.append(f"{where}: deadline {d!r} at {unit['start']!r}")
            elif unit.get("sector") or unit.get("deadline"):
                errors.append(f"{where}: sector/deadline on a {cls}: {unit['start']!r}")
        if "counts" in gold and any(gold["counts"].get(c, 0) != counts[c] for c in CLASSES):
            errors.append(f"{where}: counts {gold['counts']} but units give {counts}")
        if splits:
            if name not in splits:
                errors.append(f"{where}: not in splits.tsv")
            elif splits[name][1] != gold.get("language"):
                errors.append(f"{where}: splits.tsv language {splits[name][1]}")
    for name in splits:
        if not (root / "gold" / f"{name}.gold.json").exists():
            errors.append(f"splits.tsv: {name} has no gold file")
    return errors


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    problems = check(root)
    for p in problems:
        print(p)
    print(f"{len(list((root / 'gold').glob('*.gold.json')))} gold files, {len(problems)} problems")
    sys.exit(1 if problems else 0)
