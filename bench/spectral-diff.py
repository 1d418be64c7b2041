#!/usr/bin/env python3
"""Differential test of `specforge lint --ruleset` against the real Spectral CLI (issue 20).

    bash bench/spectral-diff.sh                 # seeds + a fixed-seed corpus sample (~15 min)
    bash bench/spectral-diff.sh --all           # every root document of the corpus (~25 min)
    python3 bench/spectral-diff.py --sample 10 --rulesets 'naming*'   # a quick look

Runs Spectral (`bench/node_modules/.bin/spectral lint -r R -f json`, installed by the .sh
wrapper from bench/package.json) and `specforge lint --ruleset R --format json` on the same
files, for every ruleset in tests/fixtures/rulesets/differential/, and compares the findings
as multisets of (file, rule, JSON path, severity). Per ruleset it prints Spectral's count,
specforge's count, matched, only-Spectral, only-specforge and agreement = matched / union,
then the differences grouped by rule with examples, and apart those docs/spectral-compat.md
explains (recognised by message: EXPLAINED). Spectral's JSON is cached under
bench/work/spectral-diff/ (keyed by the file, the ruleset and the Spectral version), so a rerun
after a specforge change only runs specforge. A full report is written to
bench/work/spectral-diff/report.json.

Inputs: the five seeds (../shared/seeds; their embedded documents, as `specforge extract`
gives them, so both tools read the same YAML) and the corpus's root documents (files that
are only `$ref` targets of the multi-file SailPoint spec are skipped). The sample draws
`--sample` of the root documents under `--max-bytes` with `--seed`; `--all` takes them all.
"""
import argparse, calendar, collections, fnmatch, glob, hashlib, json, os, random, re, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
shared = os.path.join(root, "..", "shared")
corpus = os.path.join(shared, "corpus")
seeds = os.path.join(shared, "seeds")
rulesets_dir = os.path.join(root, "tests", "fixtures", "rulesets", "differential")
work = os.path.join(here, "work", "spectral-diff")
spectral_bin = os.path.join(here, "node_modules", ".bin", "spectral")
specforge_bin = os.path.join(root, "target", "release", "specforge")

# Spectral's own diagnostics, not findings of a rule: parse errors, unresolvable references,
# documents of no format the ruleset knows. specforge reports those as its own diagnostics.
SPECTRAL_INTERNAL = {"parser", "invalid-ref", "unrecognized-format", "invalid-ruleset"}
SEVERITY = {0: "error", 1: "warn", 2: "info", 3: "hint"}

# Differences docs/spectral-compat.md explains, recognised by a message: (name, the side
# whose finding it is, a test of that finding's message, the rules). Findings of the same rule
# at or below a Spectral finding's path are explained with it (Spectral checked nothing there).
EXAMPLE_RULES = {"oas3-valid-media-example", "oas3-valid-schema-example", "oas2-valid-media-example",
                 "oas2-valid-schema-example"}
# The date-times Spectral (ajv-formats) accepts: a space for `T`, no offset, an hour-only one.
AJV_DATE_TIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-]\d\d(:?\d\d)?)?$")


def ajv_accepts_date_time(text):
    """Whether ajv-formats, as Spectral runs it, takes `text` as a date-time: the lenient
    shape above, with a real date and time (a leap second only at 23:59)."""
    m = AJV_DATE_TIME.match(text)
    if not m:
        return False
    y, mo, d, h, mi, sec = (int(g) for g in m.groups()[:6])
    if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
        return False
    return (h <= 23 and mi <= 59 and sec <= 59) or (h == 23 and mi == 59 and sec == 60)
EXPLAINED = [
    # Ajv's strict mode refuses a schema with `nullable` and no `type` (valid OpenAPI 3.0);
    # Spectral reports the refusal as the example's error and checks nothing in the example
    # (stoplightio/spectral#2620). A Spectral bug.
    ("nullable-without-type", "spectral", lambda m: m == '"nullable" cannot be used without "type"', EXAMPLE_RULES),
    # ajv-formats asserts its own `url` format, which neither JSON Schema nor OpenAPI defines;
    # specforge leaves unknown formats unasserted, as JSON Schema says.
    ("ajv-url-format", "spectral", lambda m: m.endswith('must match format "url"'), EXAMPLE_RULES),
    # RFC 3339 requires `T` and an offset `Z` or `±hh:mm`; ajv-formats takes a space, no
    # offset and `+hh` (the JSON Schema suite's "a numeric offset without minutes is invalid").
    ("ajv-lenient-date-time", "specforge",
     lambda m: bool(re.match(r"^`(.*)` is not an RFC 3339 date-time$", m))
     and ajv_accepts_date_time(re.match(r"^`(.*)` is not an RFC 3339 date-time$", m).group(1)),
     EXAMPLE_RULES),
]

def sha(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\0")
    return h.hexdigest()[:20]


def corpus_roots():
    out = []
    for d, _, files in os.walk(corpus):
        rel = os.path.relpath(d, corpus)
        for f in files:
            if not f.endswith((".yaml", ".yml", ".json")):
                continue
            path = os.path.join(d, f)
            # The multi-file SailPoint spec: only its root is a document.
            if "multifile-v3" in rel.split(os.sep) and f != "sailpoint-api.v3.yaml":
                continue
            if "multifile-v3" in rel.split(os.sep) and rel != os.path.join("sailpoint", "multifile-v3"):
                continue
            out.append(path)
    return sorted(out)


def seed_documents():
    """The seeds' embedded documents, extracted once into bench/work."""
    out = []
    os.makedirs(os.path.join(work, "seeds"), exist_ok=True)
    for f in sorted(glob.glob(os.path.join(seeds, "*"))):
        target = os.path.join(work, "seeds", os.path.splitext(os.path.basename(f))[0] + ".yaml")
        if not os.path.exists(target):
            r = subprocess.run([specforge_bin, "--quiet", "extract", f], capture_output=True, text=True)
            if r.returncode != 0 or not r.stdout.strip():
                print(f"  seed {os.path.basename(f)}: no OpenAPI document embedded (specforge extract gives none), skipped", file=sys.stderr)
                continue
            with open(target, "w") as w:
                w.write(r.stdout)
        out.append(target)
    return out


def spectral_version():
    r = subprocess.run([spectral_bin, "--version"], capture_output=True, text=True)
    return r.stdout.strip()


def run_spectral(ruleset, files, version, timeout):
    """Spectral's findings per file, from the cache or by running it on the uncached files."""
    rs_text = open(ruleset, "rb").read()
    cache = os.path.join(work, "spectral", os.path.splitext(os.path.basename(ruleset))[0])
    os.makedirs(cache, exist_ok=True)
    results, todo = {}, []
    for f in files:
        key = os.path.join(cache, sha(version, rs_text, open(f, "rb").read(), os.path.abspath(f)) + ".json")
        if os.path.exists(key):
            results[f] = json.load(open(key))
        else:
            todo.append((f, key))
    for f, key in todo:
        started = time.time()
        try:
            r = subprocess.run(
                [spectral_bin, "lint", "-r", ruleset, "-f", "json", "--quiet", "--ignore-unknown-format", f],
                capture_output=True, text=True, timeout=timeout,
            )
            out = r.stdout.strip()
            found = json.loads(out) if out.startswith("[") else []
            status = "ok" if out.startswith("[") else "failed: " + (r.stderr.strip().splitlines() or ["?"])[-1][:200]
        except subprocess.TimeoutExpired:
            found, status = [], f"timed out after {timeout}s"
        entry = {"status": status, "seconds": round(time.time() - started, 1), "findings": found}
        if not status.startswith("timed out"):
            with open(key, "w") as w:
                json.dump(entry, w)
        results[f] = entry
        print(f"  spectral {os.path.basename(ruleset)} {os.path.relpath(f, root)}: "
              f"{len(found)} findings, {entry['seconds']}s, {status}", file=sys.stderr)
    return results


def spectral_findings(entry):
    """Spectral's findings as a multiset of (rule, path, severity), its own diagnostics by
    code, and its findings' messages by (rule, path)."""
    out = collections.Counter()
    internal = collections.Counter()
    messages = collections.defaultdict(list)
    for d in entry["findings"]:
        code = str(d.get("code"))
        if code in SPECTRAL_INTERNAL:
            internal[code] += 1
            continue
        path = tuple(str(p) for p in d.get("path", []))
        out[(code, path, SEVERITY.get(d.get("severity"), str(d.get("severity"))))] += 1
        messages[(code, path)].append(str(d.get("message", "")))
    return out, internal, messages


# Rules whose finding is about a key or field whose value may be a `$ref`: Spectral reports
# such a finding at the reference's target (a component), specforge at the key that holds
# the reference (docs/spectral-compat.md, "A key found through a `$ref`").
REF_TARGET_RULES = {"property-names-snake-case", "no-additional-properties-true", "operation-parameters"}

_trees = {}


def tree_of(path):
    """The document at `path` as Python data (PyYAML, installed into bench/.venv by the .sh
    wrapper), or None."""
    if path not in _trees:
        try:
            import yaml
            with open(path, encoding="utf-8") as r:
                text = r.read()
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            _trees[path] = json.loads(text) if path.endswith(".json") else yaml.load(text, Loader=loader)
        except Exception:
            _trees[path] = None
    return _trees[path]


def node_at(tree, path):
    """The node at `path` (strings; YAML's numeric and boolean keys match their text)."""
    at = tree
    for seg in path:
        if isinstance(at, list) and seg.isdigit() and int(seg) < len(at):
            at = at[int(seg)]
        elif isinstance(at, dict):
            at = next((v for k, v in at.items() if str(k) == seg or (k is True and seg == "true")
                       or (k is False and seg == "false")), None)
            if at is None:
                return None
        else:
            return None
    return at


def ref_target(tree, path):
    """The path a local `$ref` at `path` names, or None."""
    node = node_at(tree, path)
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return None
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in ref[2:].split("/"))


def ref_target_explained(f, only_s, only_f):
    """How many of a document's differences are one finding at two places: specforge's (not
    matched) at a key holding a `$ref`, Spectral's (not matched) at that reference's target.
    Several keys may reference one target, which Spectral reports once."""
    todo_f = [k for k in only_f if k[0] in REF_TARGET_RULES]
    todo_s = {(k[0], k[1]): n for k, n in only_s.items() if k[0] in REF_TARGET_RULES}
    if not todo_f or not todo_s:
        return 0
    tree = tree_of(f)
    if tree is None:
        return 0
    n, paired = 0, set()
    for k in todo_f:
        t = ref_target(tree, k[1])
        if t and (k[0], t) in todo_s:
            n += only_f[k]
            paired.add((k[0], t))
    return n + sum(todo_s[p] for p in paired)


def explained_by(key, side, messages):
    """The documented difference a finding only `side` has comes from, or None. `messages`:
    each side's messages by (rule, path). Spectral findings explain findings of the same rule
    at or below their path."""
    rule, path = key[0], key[1]
    for name, whose, test, rules in EXPLAINED:
        if rule not in rules:
            continue
        if whose == side and any(test(m) for m in messages[side].get((rule, path), [])):
            return name
        if whose == "spectral" and side == "specforge":
            for i in range(len(path) - 1, -1, -1):
                if any(test(m) for m in messages["spectral"].get((rule, path[:i]), [])):
                    return name
    return None


def hint_as_info(counter):
    """specforge has three severities: Spectral's `hint` is reported as `info` (documented in
    docs/spectral-compat.md), so the two compare equal."""
    out = collections.Counter()
    for (rule, path, sev), n in counter.items():
        out[(rule, path, "info" if sev == "hint" else sev)] += n
    return out


def specforge_findings(ruleset, f, rule_names):
    """specforge's findings of the ruleset's rules (built-in SF rules are left out)."""
    r = subprocess.run(
        [specforge_bin, "lint", "--ruleset", ruleset, "--format", "json", f],
        capture_output=True, text=True,
    )
    try:
        doc = json.loads(r.stdout)
    except json.JSONDecodeError:
        return None, (r.stderr.strip().splitlines() or ["no output"])[-1][:300]
    items = doc.get("findings", doc) if isinstance(doc, dict) else doc
    out = collections.Counter()
    messages = collections.defaultdict(list)
    for d in items:
        rule = next((d[k] for k in ("code", "name", "rule") if d.get(k) in rule_names), None)
        if rule is None:
            continue
        path = tuple(str(p) for p in d.get("path", []))
        sev = {"warning": "warn"}.get(d.get("severity"), d.get("severity"))
        out[(rule, path, sev)] += 1
        messages[(rule, path)].append(str(d.get("message", "")))
    return (out, messages), None


def rule_names_of(ruleset):
    """Every rule name a ruleset can report: its own and spectral:oas's (from the ruleset text
    specforge embeds)."""
    import re
    names = set()
    for p in [ruleset, os.path.join(root, "src", "ruleset", "oas", "spectral-oas.yaml")]:
        in_rules = False
        for line in open(p):
            if re.match(r"^rules:\s*$", line):
                in_rules = True
                continue
            if in_rules and re.match(r"^\S", line):
                in_rules = False
            m = re.match(r"^  ([^\s#][^:]*):\s*(.*)$", line)
            if in_rules and m:
                names.add(m.group(1).strip("'\""))
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="every root document of the corpus")
    ap.add_argument("--sample", type=int, default=60, help="corpus documents to draw (default 60)")
    ap.add_argument("--seed", type=int, default=20, help="sampling seed (default 20)")
    ap.add_argument("--max-bytes", type=int, default=1_500_000, help="largest document to draw")
    ap.add_argument("--rulesets", default="*", help="glob of ruleset file names to run")
    ap.add_argument("--spectral-only", action="store_true", help="fill Spectral's cache, compare nothing")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per Spectral run")
    ap.add_argument("--examples", type=int, default=3, help="examples per differing rule")
    args = ap.parse_args()

    files = seed_documents()
    roots = corpus_roots()
    if args.all:
        files += roots
    else:
        small = [f for f in roots if os.path.getsize(f) <= args.max_bytes]
        files += sorted(random.Random(args.seed).sample(small, min(args.sample, len(small))))
    rulesets = sorted(p for p in glob.glob(os.path.join(rulesets_dir, "*.y*ml"))
                      if fnmatch.fnmatch(os.path.basename(p), args.rulesets))
    version = spectral_version()
    print(f"Spectral {version}; {len(files)} documents; {len(rulesets)} rulesets", file=sys.stderr)

    report = {"spectral": version, "documents": [os.path.relpath(f, root) for f in files], "rulesets": {}}
    summary = []
    for rs in rulesets:
        name = os.path.basename(rs)
        spectral = run_spectral(rs, files, version, args.timeout)
        if args.spectral_only:
            continue
        names = rule_names_of(rs)
        s_total = f_total = matched = 0
        explained = collections.Counter()
        only_s, only_f = collections.defaultdict(list), collections.defaultdict(list)
        internal_total = collections.Counter()
        failed = []
        for f in files:
            entry = spectral[f]
            if not entry["status"].startswith("ok"):
                failed.append((os.path.relpath(f, root), "spectral " + entry["status"]))
                continue
            s, internal, s_messages = spectral_findings(entry)
            s = hint_as_info(s)
            internal_total.update(internal)
            got, err = specforge_findings(rs, f, names)
            if got is None:
                failed.append((os.path.relpath(f, root), "specforge " + err))
                continue
            ours, f_messages = got
            messages = {"spectral": s_messages, "specforge": f_messages}
            both = s & ours
            s_total += sum(s.values())
            f_total += sum(ours.values())
            matched += sum(both.values())
            rel = os.path.relpath(f, root)
            pairs = ref_target_explained(f, s - ours, ours - s)
            if pairs:
                explained["ref-target-location"] += pairs
            for k, n in (s - ours).items():
                only_s[k[0]].extend([(rel, k)] * n)
                why = explained_by(k, "spectral", messages)
                if why:
                    explained[why] += n
            for k, n in (ours - s).items():
                only_f[k[0]].extend([(rel, k)] * n)
                why = explained_by(k, "specforge", messages)
                if why:
                    explained[why] += n
        union = s_total + f_total - matched
        agreement = matched / union if union else 1.0
        rest = union - sum(explained.values())
        aside = matched / rest if rest else 1.0
        summary.append((name, s_total, f_total, matched, s_total - matched, f_total - matched, agreement,
                        sum(explained.values()), aside))
        report["rulesets"][name] = {
            "spectral": s_total, "specforge": f_total, "matched": matched, "agreement": agreement,
            "explained": dict(explained), "agreement_explained_aside": aside,
            "spectral_internal": dict(internal_total), "not_compared": failed,
            "only_spectral": {r: [[f, list(k[1]), k[2]] for f, k in v] for r, v in only_s.items()},
            "only_specforge": {r: [[f, list(k[1]), k[2]] for f, k in v] for r, v in only_f.items()},
        }
        print(f"\n## {name}")
        print(f"Spectral {s_total}, specforge {f_total}, matched {matched}, only Spectral {s_total - matched}, "
              f"only specforge {f_total - matched}, agreement {agreement:.1%}")
        if explained:
            print("Differences explained in docs/spectral-compat.md: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(explained.items()))
                  + f"; agreement with them aside {aside:.2%}")
        if internal_total:
            print("Spectral's own diagnostics (not compared): " + ", ".join(f"{k} {v}" for k, v in internal_total.items()))
        for f, why in failed:
            print(f"not compared: {f}: {why}")
        for r in sorted(set(only_s) | set(only_f)):
            print(f"- {r}: only Spectral {len(only_s.get(r, []))}, only specforge {len(only_f.get(r, []))}")
            for side, lst in (("Spectral", only_s.get(r, [])), ("specforge", only_f.get(r, []))):
                for f, k in lst[: args.examples]:
                    print(f"    {side}: {f} {'.'.join(k[1]) or '$'} {k[2]}")

    os.makedirs(work, exist_ok=True)
    with open(os.path.join(work, "report.json"), "w") as w:
        json.dump(report, w, indent=1)
    if summary:
        print("\n| ruleset | Spectral | specforge | matched | only Spectral | only specforge | agreement "
              "| explained | agreement, explained aside |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, s, f, m, os_, of, a, e, aside in summary:
            print(f"| {name} | {s} | {f} | {m} | {os_} | {of} | {a:.1%} | {e} | {aside:.2%} |")


if __name__ == "__main__":
    main()
