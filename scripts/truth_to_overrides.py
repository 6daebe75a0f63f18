#!/usr/bin/env python3
"""Convert an evaluation truth.json into a casegap overrides file (JSON form).

usage: truth_to_overrides.py TRUTH_JSON OUT_JSON

The overrides state, for every document of every case, the type, date, time and attributes of the
truth -- including scans that need OCR (`needs_ocr`), and excluding the documents listed in the
case's `unreadable` (the truth computes its gaps without them). Running `casegap scan` with these
overrides isolates the rules from detection: any remaining gap difference is the rules' own.

Format of the input: spec/contract.md, "Evaluation format". Format of the output: the JSON form
documented in src/overrides.rs: {"documents": [{"case_id", "id", "type", "date", "time",
"attributes"}]}.
"""
from __future__ import annotations

import json
import sys


def convert(truth: dict) -> dict:
    out = []
    for case in truth.get("cases", []):
        case_id = case.get("case_id")
        skip = set(case.get("unreadable", []))
        for doc in case.get("documents", []):
            if doc.get("id") in skip:
                continue
            entry = {"case_id": case_id, "id": doc["id"], "type": doc.get("type", "other"),
                     "date": doc.get("date")}
            if doc.get("time"):
                entry["time"] = doc["time"]
            if doc.get("attributes"):
                entry["attributes"] = doc["attributes"]
            out.append(entry)
    return {"documents": out}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    src, dst = argv[1], argv[2]
    try:
        with open(src, encoding="utf-8") as f:
            truth = json.load(f)
    except (OSError, ValueError) as e:
        print(f"truth_to_overrides: {src}: {e}", file=sys.stderr)
        return 2
    result = convert(truth)
    try:
        with open(dst, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
            f.write("\n")
    except OSError as e:
        print(f"truth_to_overrides: {dst}: {e}", file=sys.stderr)
        return 2
    print(f"{len(result['documents'])} document overrides written to {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
