# -*- coding: utf-8 -*-
"""Development-set tooling: readable markup <-> gold JSONL (ENTITIES.md "Gold files").

Markup (UTF-8, one or more documents a file):

    %% a comment line (anywhere; never part of a document)
    === dev-news-001 2025-07-03          <- id, optional reference_date
    Ông [Nguyễn Văn An](PERSON), [Phó Chủ tịch](TITLE) [UBND tỉnh Lâm Đồng](AGENCY
    Ủy ban nhân dân tỉnh Lâm Đồng) ... [năm nay](DATE ignore) ...
    @ Nguyễn Văn An | Phó Chủ tịch | UBND tỉnh Lâm Đồng | Ủy ban nhân dân tỉnh Lâm Đồng | current

- The document text is every line after the `===` line up to the first `@` line or the
  next `===` line, joined with "\\n", trailing blank lines dropped.  Entities are
  `[span](TYPE)`, `[span](TYPE value)` or `[span](TYPE ignore)`; a span may run across a
  line break.  Offsets are computed (Unicode scalars, Python str indices), never typed.
- Values: DATE as ISO text (`2025-07-03`, `2025-Q3`, `--07-15`, `2011/2015`); an optional
  ` resolved=YYYY-MM-DD` after it gives `resolved`.  PERCENT as a JSON number or
  `[a, b]`.  AGENCY (and others) as free text up to the closing parenthesis.
- Role lines: `@ person | title | agency | body | status`.  person / title / agency name
  gold entities of that type by surface, `surface#n` for the n-th occurrence (1-based,
  document order, whitespace compared collapsed); `-` is null (person and agency only).
  body `-` is null; status (optional) is current, former or new.

    python3 Scripts/devset/devset.py build DevData/news.dev [more.dev] -o DevData/news.jsonl
    python3 Scripts/devset/devset.py check DevData/*.dev
    python3 Scripts/devset/devset.py show DevData/news.dev        # roles, readable
    python3 Scripts/devset/devset.py premark plain.dev --viner .build/debug/viner > draft.dev

`premark` takes a plain .dev file (no markup) and writes a draft with viner's entities
and roles marked: a starting point to CORRECT by hand against ENTITIES.md, never gold.
"""
import json, os, re, subprocess, sys, tempfile, unicodedata

TYPES = ("TITLE", "AGENCY", "PERSON", "LOCATION", "DATE", "PERCENT")
STATUSES = ("current", "former", "new")
ENTITY_RE = re.compile(r"\[([^\[\]]+)\]\((" + "|".join(TYPES) + r")(?: ([^()]*))?\)")
DATE_RE = re.compile(
    r"^(--\d\d-\d\d|\d{4}(-\d\d(-\d\d(T\d\d:\d\d)?)?|-Q[1-4]|-H[12])?)"
    r"(/(--\d\d-\d\d|\d{4}(-\d\d(-\d\d(T\d\d:\d\d)?)?|-Q[1-4]|-H[12])?))?$")


class MarkupError(Exception):
    pass


def collapse(s):
    return " ".join(s.split())


def read_blocks(path):
    """Yield (id, reference_date, text_lines, role_lines, line_no) per document."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    cur = None
    for no, line in enumerate(lines, 1):
        if line.startswith("%%"):
            continue
        if line.startswith("==="):
            if cur:
                yield cur
            parts = line[3:].split()
            if not parts or len(parts) > 2:
                raise MarkupError("%s:%d: header is '=== id [reference_date]'" % (path, no))
            cur = (parts[0], parts[1] if len(parts) == 2 else None, [], [], no)
            continue
        if cur is None:
            if line.strip():
                raise MarkupError("%s:%d: text before the first '===' header" % (path, no))
            continue
        if line.startswith("@"):
            cur[3].append((no, line[1:].strip()))
        elif cur[3]:
            if line.strip():
                raise MarkupError("%s:%d: text after a role line" % (path, no))
        else:
            cur[2].append(line)
    if cur:
        yield cur


def parse_value(etype, raw, where):
    """-> (fields dict) for an entity's markup value."""
    if raw is None:
        return {}
    raw = raw.strip()
    if raw == "ignore":
        return {"ignore": True}
    if etype == "DATE":
        parts = raw.split()
        out = {"value": parts[0]}
        if not DATE_RE.match(parts[0]):
            raise MarkupError("%s: bad DATE value %r" % (where, parts[0]))
        for p in parts[1:]:
            if not p.startswith("resolved="):
                raise MarkupError("%s: unknown DATE field %r" % (where, p))
            out["resolved"] = p[len("resolved="):]
            if not re.match(r"^\d{4}-\d\d-\d\d$|^\d{4}-\d\d$", out["resolved"]):
                raise MarkupError("%s: bad resolved %r" % (where, out["resolved"]))
        return out
    if etype == "PERCENT":
        try:
            v = json.loads(raw)
        except ValueError:
            raise MarkupError("%s: PERCENT value %r is not JSON" % (where, raw))
        ok = isinstance(v, (int, float)) or (
            isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v))
        if not ok:
            raise MarkupError("%s: PERCENT value %r is not a number or [a, b]" % (where, raw))
        return {"value": v}
    return {"value": raw}


def parse_text(marked, where):
    """Marked text -> (plain text, entities)."""
    out, ents, pos = [], [], 0
    n = 0
    for m in ENTITY_RE.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        span, etype, raw = m.group(1), m.group(2), m.group(3)
        w = "%s entity %r" % (where, span)
        if span != span.strip() or not span.strip():
            raise MarkupError(w + ": span has outer whitespace")
        e = {"start": n, "end": n + len(span), "type": etype, "text": span}
        e.update(parse_value(etype, raw, w))
        ents.append(e)
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    leftovers = re.findall(r"\]\((?:[A-Z]+)[ )]", text)
    if leftovers:
        raise MarkupError("%s: malformed markup left in text: %r" % (where, leftovers[:3]))
    return text, ents


def resolve_ref(doc, etype, ref, where, nullable=True):
    ref = ref.strip()
    if ref == "-":
        if not nullable:
            raise MarkupError(where + ": %s cannot be null" % etype)
        return None
    occ = 1
    m = re.match(r"^(.*)#(\d+)$", ref)
    explicit = bool(m)
    if m:
        ref, occ = m.group(1).strip(), int(m.group(2))
    hits = [e for e in doc["entities"] if e["type"] == etype and collapse(e["text"]) == collapse(ref)]
    if not 1 <= occ <= len(hits):
        raise MarkupError("%s: no %s %r occurrence %d (found %d)" % (where, etype, ref, occ, len(hits)))
    if not explicit and len(hits) > 1:
        raise MarkupError("%s: %s %r occurs %d times; write %r#n" % (where, etype, ref, len(hits), ref))
    e = hits[occ - 1]
    if e.get("ignore"):
        raise MarkupError("%s: %s %r is ignored; it takes no part in a role" % (where, etype, ref))
    return [e["start"], e["end"]]


def words(s):
    s = unicodedata.normalize("NFC", s).lower().replace("&", " và ").replace("uỷ", "ủy")
    return set(re.findall(r"\w+", s))


def build_doc(block, path):
    did, ref_date, text_lines, role_lines, no = block
    where = "%s:%d %s" % (path, no, did)
    while text_lines and not text_lines[-1].strip():
        text_lines.pop()
    while text_lines and not text_lines[0].strip():
        text_lines.pop(0)
    marked = "\n".join(text_lines)
    if marked != unicodedata.normalize("NFC", marked):
        raise MarkupError(where + ": text is not NFC")
    text, ents = parse_text(marked, where)
    if not text.strip():
        raise MarkupError(where + ": empty text")
    doc = {"id": did, "text": text}
    if ref_date:
        if not re.match(r"^\d{4}-\d\d-\d\d$", ref_date):
            raise MarkupError(where + ": bad reference_date %r" % ref_date)
        doc["reference_date"] = ref_date
    doc["entities"] = ents
    roles = []
    for lno, line in role_lines:
        w = "%s:%d %s role" % (path, lno, did)
        parts = [p.strip() for p in line.split("|")]
        if len(parts) not in (4, 5):
            raise MarkupError(w + ": expected 'person | title | agency | body [| status]'")
        role = {
            "person": resolve_ref(doc, "PERSON", parts[0], w),
            "title": resolve_ref(doc, "TITLE", parts[1], w, nullable=False),
            "agency": resolve_ref(doc, "AGENCY", parts[2], w),
            "body": None if parts[3] == "-" else parts[3],
        }
        if len(parts) == 5 and parts[4]:
            if parts[4] not in STATUSES:
                raise MarkupError(w + ": status %r not in %s" % (parts[4], STATUSES))
            role["status"] = parts[4]
        roles.append(role)
    validate(doc, roles, where)
    if roles or role_lines:
        doc["roles"] = roles
    return doc


def validate(doc, roles, where):
    text = doc["text"]
    prev_end = 0
    for e in doc["entities"]:
        if text[e["start"]:e["end"]] != e["text"]:
            raise MarkupError(where + ": span %r does not round-trip" % e["text"])
        if e["start"] < prev_end:
            raise MarkupError(where + ": overlapping spans at %r" % e["text"])
        prev_end = e["end"]
    by_span = {(e["start"], e["end"]): e for e in doc["entities"]}
    seen = set()
    for r in roles:
        key = json.dumps(r, sort_keys=True, ensure_ascii=False)
        if key in seen:
            raise MarkupError(where + ": duplicate role %s" % key)
        seen.add(key)
        body = r["body"]
        if body is not None:
            if body != body.strip() or body.upper() == body:
                raise MarkupError(where + ": body %r must be trimmed, in normal case" % body)
            if any(x in body for x in ("UBND", "HĐND", "TT&TT", "MTTQ", "UBKT", "&", "Uỷ", "uỷ", "TP.")):
                raise MarkupError(where + ": body keeps an acronym or variant: %r" % body)
        if r["agency"] is not None:
            if body is None:
                raise MarkupError(where + ": agency without body")
            ag = by_span[tuple(r["agency"])]
            lost = words(ag.get("value") or ag["text"]) - words(body)
            if lost and ag["text"].upper() != ag["text"]:
                raise MarkupError(where + ": agency %r and body %r disagree (%s)"
                                  % (ag["text"], body, sorted(lost)))
    titles = {(e["start"], e["end"]) for e in doc["entities"]
              if e["type"] == "TITLE" and not e.get("ignore")}
    used = {tuple(r["title"]) for r in roles}
    if titles - used:
        raise MarkupError(where + ": TITLE without role: %s"
                          % [text[s:e] for s, e in sorted(titles - used)])


def build_files(paths):
    docs, ids = [], set()
    for p in paths:
        for block in read_blocks(p):
            d = build_doc(block, p)
            if d["id"] in ids:
                raise MarkupError("%s: duplicate id %s" % (p, d["id"]))
            ids.add(d["id"])
            docs.append(d)
    return docs


def stats(docs):
    from collections import Counter
    c = Counter(e["type"] + ("(ignore)" if e.get("ignore") else "") for d in docs for e in d["entities"])
    nroles = sum(len(d.get("roles", [])) for d in docs)
    return "docs %d, entities %d (%s), roles %d" % (
        len(docs), sum(c.values()), ", ".join("%s %d" % kv for kv in sorted(c.items())), nroles)


def show(docs):
    for d in docs:
        t = d["text"]
        for r in d.get("roles", []):
            sp = lambda s: ("«%s»" % collapse(t[s[0]:s[1]])) if s else "-"
            print("%-16s %-24s %-26s %-36s => %s %s" % (d["id"], sp(r["person"]), sp(r["title"]),
                                                      sp(r["agency"]), r["body"], r.get("status", "")))


def premark(path, viner):
    """Plain .dev -> draft markup with viner's entities and roles (to be corrected)."""
    blocks = list(read_blocks(path))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for did, ref, tl, rl, no in blocks:
            while tl and not tl[-1].strip():
                tl.pop()
            while tl and not tl[0].strip():
                tl.pop(0)
            o = {"id": did, "text": "\n".join(tl)}
            if ref:
                o["reference_date"] = ref
            tmp.write(json.dumps(o, ensure_ascii=False) + "\n")
    res = subprocess.run([viner, "tag", "--format", "jsonl", "--roles", tmp.name],
                         capture_output=True, text=True, check=True)
    os.unlink(tmp.name)
    preds = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    for (did, ref, tl, rl, no), p in zip(blocks, preds):
        text = "\n".join(tl)
        out, pos = [], 0
        for e in p["entities"]:
            out.append(text[pos:e["start"]])
            v = e.get("value")
            vs = "" if v is None else " " + (json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
            out.append("[%s](%s%s)" % (text[e["start"]:e["end"]], e["type"], vs))
            pos = e["end"]
        out.append(text[pos:])
        print("=== %s%s" % (did, " " + ref if ref else ""))
        print("".join(out))
        for r in p.get("roles", []):
            g = lambda k: (collapse(text[r[k]["start"]:r[k]["end"]]) if isinstance(r.get(k), dict)
                           else (collapse(text[r[k][0]:r[k][1]]) if isinstance(r.get(k), list) else "-"))
            print("@ %s | %s | %s | %s" % (g("person"), g("title"), g("agency"), r.get("body") or "-"))
        print()


def main(argv):
    if not argv:
        sys.exit(__doc__)
    cmd, args = argv[0], argv[1:]
    try:
        if cmd == "premark":
            viner = ".build/debug/viner"
            if "--viner" in args:
                i = args.index("--viner")
                viner = args[i + 1]
                del args[i:i + 2]
            for p in args:
                premark(p, viner)
            return
        out = None
        if "-o" in args:
            i = args.index("-o")
            out = args[i + 1]
            del args[i:i + 2]
        docs = build_files(args)
        if cmd == "build":
            if not out:
                sys.exit("build needs -o OUT.jsonl")
            with open(out, "w", encoding="utf-8") as f:
                for d in docs:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
            print("%s: %s" % (out, stats(docs)))
        elif cmd == "check":
            print(stats(docs))
        elif cmd == "show":
            show(docs)
        else:
            sys.exit("unknown command %r" % cmd)
    except MarkupError as ex:
        sys.exit("devset: " + str(ex))


if __name__ == "__main__":
    main(sys.argv[1:])
