#!/usr/bin/env python3
"""Draws lint findings at random from the corpus for judging by hand (issue 16's precision check).

    python3 bench/precision-sample.py [--seed 16] [--count 40] [--per-rule 4] [--all-rules] > sample.md

Lints every root document of ../shared/corpus (files that are only `$ref` targets of the
multi-file SailPoint spec are skipped) with the release binary, as a user running `specforge
lint FILE` with the defaults would (`--all-rules` adds the opt-in rules), pools the findings, and draws
`count` of them with a fixed seed, at most `per-rule` per rule, spread over the rules. Prints a
Markdown table with the source lines around each finding, ready to judge: TP (a defect a vendor
would want fixed), noise (accurate but of little value) or FP (wrong).
"""
import argparse, collections, json, os, random, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
corpus = os.path.join(root, "..", "shared", "corpus")


def roots():
    out = []
    for d, _, files in os.walk(corpus):
        if "multifile-v3" + os.sep + "v3" + os.sep in d + os.sep or d.endswith("multifile-v3/v3"):
            continue
        for f in files:
            if f.endswith((".yaml", ".yml", ".json")):
                out.append(os.path.join(d, f))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--per-rule", type=int, default=4)
    ap.add_argument("--bin", help="the specforge binary to run (default: this checkout's release build)")
    ap.add_argument("--all-rules", action="store_true", help="run the opt-in rules too (`lint --all-rules`)")
    args = ap.parse_args()
    binary = args.bin or os.path.join(root, "target", "release", "specforge")
    if not args.bin and not os.path.exists(binary):
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "specforge"], cwd=root, check=True)
    pool = collections.defaultdict(list)
    for f in roots():
        extra = ["--all-rules"] if args.all_rules else []
        r = subprocess.run([binary, "lint", "--no-ignore", *extra, "--format", "json", f],
                           capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
        try:
            doc = json.loads(r.stdout)
        except json.JSONDecodeError:
            continue
        for x in doc["findings"]:
            pool[x["code"]].append(x)
    rng = random.Random(args.seed)
    for code in pool:
        rng.shuffle(pool[code])
    # Round-robin over the rules (sorted by code) until `count` are drawn.
    drawn, taken = [], collections.Counter()
    codes = sorted(pool)
    while len(drawn) < args.count and any(taken[c] < min(args.per_rule, len(pool[c])) for c in codes):
        for c in codes:
            if len(drawn) == args.count:
                break
            if taken[c] < min(args.per_rule, len(pool[c])):
                drawn.append(pool[c][taken[c]])
                taken[c] += 1
    total = sum(len(v) for v in pool.values())
    rules = "every rule, opt-in ones too" if args.all_rules else "default rules"
    print(f"{total} findings in the pool ({rules}); {len(drawn)} drawn (seed {args.seed}, at most {args.per_rule} per rule)\n")
    print("pool by rule: " + ", ".join(f"{c} {len(pool[c])}" for c in codes) + "\n")
    print("| # | rule | place | message | verdict |")
    print("|---|---|---|---|---|")
    for i, x in enumerate(drawn, 1):
        place = f"{os.path.relpath(x['file'], corpus) if x['file'] else '?'}:{x['line']}"
        msg = x["message"].replace("|", "\\|").replace("\n", " ")
        print(f"| {i} | {x['code']} {x['name']} | `{place}` | {msg} | |")
    print()
    for i, x in enumerate(drawn, 1):
        print(f"### {i}. {x['code']} at {x['file']}:{x['line']}:{x['column']}\n")
        print(f"{x['message']}\n\npointer `{x.get('pointer')}`; help: {x.get('help')}\n")
        try:
            lines = open(x["file"], encoding="utf-8", errors="replace").read().split("\n")
            lo, hi = max(0, x["line"] - 6), min(len(lines), x["line"] + 5)
            print("```")
            for n in range(lo, hi):
                print(f"{n + 1:>6} {lines[n][:200]}")
            print("```\n")
        except (OSError, TypeError):
            pass


if __name__ == "__main__":
    sys.exit(main())
