#!/usr/bin/env python3
"""Scores viner's DATE entities against a Duckling-style time corpus.

Usage:
    Scripts/eval_duckling_time.py CORPUS.jsonl [--viner PATH] [--verbose]

CORPUS.jsonl has one {"text", "expected", "reference_time"} per line, as in Duckling's
Duckling/Time/VI/Corpus.hs converted to JSON: "expected" is Duckling's own value JSON,
{"type": "value", "value": ISO, "grain": G} or {"type": "interval", "from": {...}, "to": {...}}
("to" exclusive). The script runs `viner tag --input jsonl --format jsonl --times` once over all
phrases (each line's reference_date is the phrase's reference time) and counts a phrase as
found when viner returns exactly one DATE spanning the whole phrase whose value equals the
expected one at the expected grain:

- viner's value must be at least as precise as the grain and equal after truncation to it;
- a range's calendar end is inclusive in viner's ISO form (`2017-01-31/2017-02-01`) and is
  compared as end + 1 unit with Duckling's exclusive "to"; a clock end is an instant;
- viner renders a date written without a year as `--MM-DD` (ENTITIES.md); such a value is
  counted as found when month and day agree, and reported separately ("year-less").

Exit status 0; the numbers are printed.
"""
import argparse
import datetime as dt
import json
import os
import subprocess
import sys

GRAINS = ["second", "minute", "hour", "day", "week", "month", "quarter", "year"]


def truncate(t, grain):
    if grain == "second":
        return t.replace(microsecond=0)
    if grain == "minute":
        return t.replace(second=0, microsecond=0)
    if grain == "hour":
        return t.replace(minute=0, second=0, microsecond=0)
    t = t.replace(hour=0, minute=0, second=0, microsecond=0)
    if grain == "day":
        return t
    if grain == "week":
        return t - dt.timedelta(days=t.weekday())
    if grain == "month":
        return t.replace(day=1)
    if grain == "quarter":
        return t.replace(day=1, month=(t.month - 1) // 3 * 3 + 1)
    return t.replace(day=1, month=1)


def add(t, grain, n=1):
    if grain == "second":
        return t + dt.timedelta(seconds=n)
    if grain == "minute":
        return t + dt.timedelta(minutes=n)
    if grain == "hour":
        return t + dt.timedelta(hours=n)
    if grain == "day":
        return t + dt.timedelta(days=n)
    if grain == "week":
        return t + dt.timedelta(days=7 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[grain] * n
    index = t.year * 12 + t.month - 1 + months
    return t.replace(year=index // 12, month=index % 12 + 1)


def parse_point(text):
    """viner ISO point -> (datetime, grain, yearless). Half-years use grain 'half'."""
    time_part = None
    if "T" in text:
        text, time_part = text.split("T", 1)
    yearless = text.startswith("--")
    if yearless:
        parts = text[2:].split("-")
        month = int(parts[0])
        day = int(parts[1]) if len(parts) > 1 else None
        t = dt.datetime(2000, month, day or 1)
        grain = "day" if day else "month"
    else:
        parts = text.split("-")
        year = int(parts[0])
        if len(parts) == 1:
            t, grain = dt.datetime(year, 1, 1), "year"
        elif parts[1].startswith("Q"):
            q = int(parts[1][1:])
            t, grain = dt.datetime(year, 3 * (q - 1) + 1, 1), "quarter"
        elif parts[1].startswith("H"):
            h = int(parts[1][1:])
            t, grain = dt.datetime(year, 6 * (h - 1) + 1, 1), "half"
        elif parts[1].startswith("W"):
            w = int(parts[1][1:])
            t, grain = dt.datetime.fromisocalendar(year, w, 1), "week"
        elif len(parts) == 2:
            t, grain = dt.datetime(year, int(parts[1]), 1), "month"
        else:
            t, grain = dt.datetime(year, int(parts[1]), int(parts[2])), "day"
    if time_part:
        fields = [int(x) for x in time_part.split(":")]
        if fields[0] == 24:
            t = t + dt.timedelta(days=1)
            fields[0] = 0
        t = t.replace(hour=fields[0], minute=fields[1], second=fields[2] if len(fields) > 2 else 0)
        grain = "second" if len(fields) > 2 else "minute"
    return t, grain, yearless


def duckling_time(value):
    return dt.datetime.fromisoformat(value["value"][:19])


def finer_or_equal(mine, grain):
    if mine == "half":
        return grain in ("half", "year")
    if mine == "week" or grain == "week":
        return mine == grain or GRAINS.index(mine) < GRAINS.index("week")
    return GRAINS.index(mine) <= GRAINS.index(grain)


def same_point(t, mine_grain, yearless, expected_t, grain):
    if not finer_or_equal(mine_grain, grain):
        return False
    a, b = truncate(t, grain), truncate(expected_t, grain)
    if yearless:
        return (a.month, a.day) == (b.month, b.day)
    return a == b


def compare(value, expected):
    """-> (match, yearless)"""
    if value is None:
        return False, False
    if expected["type"] == "value":
        if "/" in value:
            return False, False
        t, g, yl = parse_point(value)
        return same_point(t, g, yl, duckling_time(expected), expected["grain"]), yl
    if "/" not in value:
        return False, False
    a, b = value.split("/")
    ta, ga, yla = parse_point(a)
    tb, gb, ylb = parse_point(b)
    if gb not in ("second", "minute") or "T" not in b:
        tb = add(tb, gb if gb != "half" else "half")
    ok = True
    if "from" in expected:
        ok &= same_point(ta, ga, yla, duckling_time(expected["from"]), expected["from"]["grain"])
    if "to" in expected:
        g = expected["to"]["grain"]
        ok &= finer_or_equal(gb, g) and truncate(tb, g) == truncate(duckling_time(expected["to"]), g)
    return ok, yla or ylb


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--viner", default=None, help="the viner binary (default: .build/release/viner, then .build/debug/viner)")
    parser.add_argument("--verbose", action="store_true", help="print every phrase")
    args = parser.parse_args()

    binary = args.viner
    if binary is None:
        for candidate in (".build/release/viner", ".build/debug/viner"):
            if os.path.exists(candidate):
                binary = candidate
                break
    if binary is None:
        sys.exit("no viner binary found; build it or pass --viner")

    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    lines = "".join(
        json.dumps({"id": str(i), "text": r["text"], "reference_date": r["reference_time"]}, ensure_ascii=False) + "\n"
        for i, r in enumerate(rows)
    )
    # Duckling's corpus has clock times with no day ("3 giờ chiều"): ask viner to report them.
    out = subprocess.run([binary, "tag", "--input", "jsonl", "--format", "jsonl", "--types", "DATE", "--times"],
                         input=lines.encode(), capture_output=True, check=True).stdout.decode()
    results = [json.loads(line) for line in out.splitlines() if line.strip()]

    found = yearless_found = 0
    missed = []
    for row, result in zip(rows, results):
        dates = [e for e in result["entities"] if e["type"] == "DATE"]
        whole = len(dates) == 1 and dates[0]["start"] == 0 and dates[0]["end"] == len(row["text"])
        ok, yearless = compare(dates[0].get("value"), row["expected"]) if whole else (False, False)
        if ok:
            found += 1
            yearless_found += yearless
        else:
            got = ", ".join(f"«{e['text']}» {e.get('value')}" for e in dates) or "nothing"
            missed.append((row["text"], got, row["expected"]))
        if args.verbose:
            print(("OK  " if ok else "MISS"), row["text"], "→", [(e["text"], e.get("value")) for e in dates])

    total = len(rows)
    print(f"found {found}/{total} = {100 * found / total:.1f}% (of which {yearless_found} year-less `--MM-DD`/`--MM` values)")
    print(f"with the year required as well: {found - yearless_found}/{total} = {100 * (found - yearless_found) / total:.1f}%")
    print(f"missed {len(missed)}:")
    for text, got, expected in missed:
        if expected["type"] == "value":
            want = f"{expected['value'][:19]} ({expected['grain']})"
        else:
            want = f"{expected.get('from', {}).get('value', '')[:19]} .. {expected.get('to', {}).get('value', '')[:19]} ({expected.get('from', expected.get('to'))['grain']})"
        print(f"  {text!r}: got {got}; want {want}")


if __name__ == "__main__":
    main()
