# -*- coding: utf-8 -*-
"""Score viner's roles against a gold JSONL with `roles` (ENTITIES.md "Scores"), until
`viner eval` scores roles itself.

    python3 Scripts/devset/score_roles.py DevData/all.jsonl [--viner .build/debug/viner] [--errors N]

Runs `viner tag --format jsonl --roles` on the gold texts (with their reference_date) and
reports micro P/R/F1 for
  triple: same person, title and agency spans (null = null);
  pair:   same person and title spans, over roles with a named person;
  body:   same person and title spans and the same body, over gold roles whose body is not
          null (a prediction counts only against a gold role with a body).
Bodies compare ignoring case, tone-mark placement (hoà/hòa, uỷ/ủy), «tỉnh»/«thành phố»
before a place name and the country after a national body.
"""
import json, re, subprocess, sys, tempfile, unicodedata, os

TONE = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé",
        "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def norm_body(b):
    if b is None:
        return None
    s = unicodedata.normalize("NFC", b)
    # «tỉnh» / «thành phố» before a place name (a capital follows), not «Tỉnh ủy»
    s = re.sub(r"(?<!\w)(?:[Tt]ỉnh|[Tt]hành phố)\s+(?=[^\W\d_])",
               lambda m: "" if s[m.end()].isupper() else m.group(0), s)
    s = s.lower()
    for k, v in TONE.items():
        s = s.replace(k, v)
    s = re.sub(r"\s+(nước cộng hoà xã hội chủ nghĩa việt nam|cộng sản việt nam|việt nam)$", "", s)
    return " ".join(s.replace(",", " ").split())


def span(x):
    if x is None:
        return None
    if isinstance(x, dict):
        return (x["start"], x["end"])
    return tuple(x)


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv):
    viner, errors, files = ".build/debug/viner", 0, []
    i = 0
    while i < len(argv):
        if argv[i] == "--viner":
            viner = argv[i + 1]; i += 2
        elif argv[i] == "--errors":
            errors = int(argv[i + 1]); i += 2
        else:
            files.append(argv[i]); i += 1
    gold = [json.loads(l) for f in files for l in open(f, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as t:
        for d in gold:
            o = {"id": d["id"], "text": d["text"]}
            if d.get("reference_date"):
                o["reference_date"] = d["reference_date"]
            t.write(json.dumps(o, ensure_ascii=False) + "\n")
    out = subprocess.run([viner, "tag", "--format", "jsonl", "--roles", t.name],
                         capture_output=True, text=True, check=True).stdout
    os.unlink(t.name)
    pred = {p["id"]: p for p in map(json.loads, out.splitlines()) if p}
    c = {k: [0, 0, 0] for k in ("triple", "pair", "body")}  # tp, npred, ngold
    mistakes = []
    for d in gold:
        g = d.get("roles", [])
        p = pred.get(d["id"], {}).get("roles", [])
        gt = [(span(r["person"]), span(r["title"]), span(r["agency"])) for r in g]
        pt = [(span(r.get("person")), span(r.get("title")), span(r.get("agency"))) for r in p]
        left = list(gt)
        for x in pt:
            if x in left:
                left.remove(x); c["triple"][0] += 1
        c["triple"][1] += len(pt); c["triple"][2] += len(gt)
        gp = [(a, b) for a, b, _ in gt if a is not None]
        pp = [(a, b) for a, b, _ in pt if a is not None]
        left = list(gp)
        for x in pp:
            if x in left:
                left.remove(x); c["pair"][0] += 1
        c["pair"][1] += len(pp); c["pair"][2] += len(gp)
        gb = {(span(r["person"]), span(r["title"])): norm_body(r["body"]) for r in g if r["body"] is not None}
        for r in p:
            k = (span(r.get("person")), span(r.get("title")))
            if k in gb:
                c["body"][1] += 1
                if norm_body(r.get("body")) == gb[k]:
                    c["body"][0] += 1
                elif len(mistakes) < errors:
                    mistakes.append("body    %s «%s»: gold %r got %r" % (d["id"], d["text"][k[1][0]:k[1][1]], gb[k], r.get("body")))
        c["body"][2] += len(gb)
        t = d["text"]
        show = lambda s: "«%s»" % " ".join(t[s[0]:s[1]].split()) if s else "-"
        for x in set(gt) - set(pt):
            if len(mistakes) < errors:
                mistakes.append("missed  %s %s %s %s" % (d["id"], show(x[0]), show(x[1]), show(x[2])))
        for x in set(pt) - set(gt):
            if len(mistakes) < errors:
                mistakes.append("spurious %s %s %s %s" % (d["id"], show(x[0]), show(x[1]), show(x[2])))
    print("roles      gold  pred |   P     R     F1")
    for k in ("triple", "pair", "body"):
        tp, np_, ng = c[k]
        print("%-8s %6d %5d | %.3f %.3f %.3f" % ((k, ng, np_) + prf(tp, np_, ng)))
    for m in mistakes:
        print(m)


if __name__ == "__main__":
    main(sys.argv[1:])
