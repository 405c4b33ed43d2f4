#!/usr/bin/env python3
"""Checks viner's reading of spelled-out Vietnamese numbers, dates and percentages.

Usage:
    Scripts/check_spelled_numbers.py --numeral NUMERAL.jsonl --itn ITN.jsonl [--viner PATH] [--verbose]

--numeral: Duckling's numeral corpus as JSONL, {"text", "expected": number}. Each phrase X is
    tagged as "X phần trăm"; it passes when viner finds exactly one PERCENT spanning the whole
    text with the expected value. Phrases written with digits and a suffix (`100K`, `3M`,
    `,0012G`) are not percentages viner is meant to read; they are counted apart.
--itn: NeMo's inverse-text-normalisation cases as JSONL, {"class", "input", "expected"}.
    For the `date` class and the `measure` cases that are percentages, the spoken input and
    the written expected text are both tagged; a case passes when both give the same,
    non-empty list of DATE (PERCENT) values.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def tag(binary, texts, types):
    lines = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    out = subprocess.run([binary, "tag", "--input", "jsonl", "--format", "jsonl", "--types", types],
                         input=lines.encode(), capture_output=True, check=True).stdout.decode()
    return [json.loads(line)["entities"] for line in out.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--numeral")
    parser.add_argument("--itn")
    parser.add_argument("--viner", default=None)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    binary = args.viner or next((c for c in (".build/release/viner", ".build/debug/viner") if os.path.exists(c)), None)
    if binary is None:
        sys.exit("no viner binary found; build it or pass --viner")

    if args.numeral:
        rows = [json.loads(l) for l in open(args.numeral, encoding="utf-8") if l.strip()]
        texts = [r["text"] + " phần trăm" for r in rows]
        results = tag(binary, texts, "PERCENT")
        in_scope = lambda t: not re.search(r"[0-9][KkMG]|^,|[KkMG]$", t)
        ok = {True: 0, False: 0}
        total = {True: 0, False: 0}
        for r, text, ents in zip(rows, texts, results):
            scope = in_scope(r["text"])
            total[scope] += 1
            good = len(ents) == 1 and ents[0]["start"] == 0 and ents[0]["end"] == len(text) and ents[0].get("value") == r["expected"]
            ok[scope] += good
            if not good and (scope or args.verbose):
                print(f"  numeral miss: {r['text']!r} → {[(e['text'], e.get('value')) for e in ents]}; want {r['expected']}")
        words = [r for r in rows if not re.search(r"[0-9]", r["text"])]
        print(f"numeral: {ok[True]}/{total[True]} in scope as «X phần trăm» "
              f"({len(words)} of them spelled in words); out of scope (K/M/G suffixes, leading comma): {ok[False]}/{total[False]}")

    if args.itn:
        rows = [json.loads(l) for l in open(args.itn, encoding="utf-8") if l.strip()]
        for cls, types, pick in (("date", "DATE", lambda r: r["class"] == "date"),
                                 ("percent", "PERCENT", lambda r: "phần trăm" in r["input"])):
            cases = [r for r in rows if pick(r)]
            expected = [r["expected"][0] if isinstance(r["expected"], list) else r["expected"] for r in cases]
            spoken = tag(binary, [r["input"] for r in cases], types)
            written = tag(binary, expected, types)
            good = 0
            for r, exp, a, b in zip(cases, expected, spoken, written):
                va = [e.get("value") for e in a]
                vb = [e.get("value") for e in b]
                if va and va == vb and None not in va:
                    good += 1
                else:
                    print(f"  {cls} miss: {r['input']!r} → {va}; written {exp!r} → {vb}")
            print(f"nemo itn {cls}: {good}/{len(cases)} spoken and written forms give the same values")


if __name__ == "__main__":
    main()
