# -*- coding: utf-8 -*-
"""Layout variants of a gold JSONL file, with every offset unchanged.

    python3 Scripts/devset/variants.py wrap60 DevData/news.jsonl > DevData/variants/news-wrap60.jsonl
    python3 Scripts/devset/variants.py upper  DevData/news.jsonl > DevData/variants/news-upper.jsonl

wrap60: each line of the text hard-wrapped at 60 columns by turning a space into "\\n"
        (greedy; a word longer than the width stays whole).  Same length, same offsets;
        entity "text" fields follow the new text.
upper:  the whole text in capitals, for documents where len(text.upper()) == len(text)
        (others are skipped, and counted on stderr).  Values, ignores and roles unchanged.
Ids get the suffix "-wrap60" / "-upper".
"""
import json, sys


def wrap(text, width=60):
    chars = list(text)
    col, last_space = 0, -1
    for i, c in enumerate(chars):
        if c == "\n":
            col, last_space = 0, -1
            continue
        if c == " ":
            last_space = i
        col += 1
        if col > width and last_space >= 0:
            chars[last_space] = "\n"
            col = i - last_space
            last_space = -1
    return "".join(chars)


def variant(doc, kind):
    text = doc["text"]
    if kind == "wrap60":
        new = wrap(text)
    elif kind == "upper":
        new = text.upper()
        if len(new) != len(text):
            return None
    else:
        raise SystemExit("unknown variant %r" % kind)
    out = dict(doc)
    out["id"] = doc["id"] + "-" + kind
    out["text"] = new
    out["entities"] = [dict(e, text=new[e["start"]:e["end"]]) for e in doc["entities"]]
    return out


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    kind, skipped = argv[0], 0
    for path in argv[1:]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                v = variant(json.loads(line), kind)
                if v is None:
                    skipped += 1
                    continue
                print(json.dumps(v, ensure_ascii=False))
    if skipped:
        print("variants: skipped %d document(s) whose upper case changes length" % skipped, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
