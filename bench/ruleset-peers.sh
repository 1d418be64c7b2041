#!/usr/bin/env bash
# `extends: spectral:oas` under Spectral and under specforge, side by side in one run: CPU time
# (user + sys, seconds) and peak RSS (MiB) on Stripe, Telnyx and GitHub (issue 20's goal: at
# least 20x less CPU than Spectral, and less memory).
#
#   bash bench/ruleset-peers.sh     # installs Spectral from bench/package.json first
#
# The GitHub description comes from @octokit/openapi (converted to YAML), as in lint-peers.sh.
# Each tool runs twice per file; the second run (warm file cache) is reported.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
work="$here/work"
mkdir -p "$work"

if [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -d "$here/node_modules/@octokit/openapi" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent >/dev/null)
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
sf="$root/target/release/specforge"

gh_json=$(find "$here/node_modules/@octokit/openapi/generated" -name 'api.github.com.json' | head -1)
if [ ! -s "$work/github.yaml" ]; then
  node -e 'const y=require(process.argv[1]);const fs=require("fs");fs.writeFileSync(process.argv[3], y.dump(JSON.parse(fs.readFileSync(process.argv[2],"utf8")),{lineWidth:-1,noRefs:true}))' \
    "$here/node_modules/js-yaml" "$gh_json" "$work/github.yaml"
fi
ruleset="$root/tests/fixtures/rulesets/differential/spectral-oas-recommended.yaml"

measure() { # command... ; prints "cpu_seconds rss_mib findings"
  local t="$work/ruleset-time.txt" out="$work/ruleset-out.json"
  for _ in 1 2; do
    /usr/bin/time -f "%U %S %M" -o "$t" "$@" >"$out" 2>/dev/null || true
  done
  # GNU time puts "Command exited with non-zero status N" first when a linter reports findings.
  tail -1 "$t" | awk '{printf "%.2f %.0f\n", $1 + $2, $3 / 1024}'
}

printf "%-28s %12s %12s %12s %12s %8s %8s\n" file "spectral cpu" "specforge cpu" "spectral MiB" "specforge MiB" "cpu x" "mem x"
for f in "$corpus/stripe/spec3-2023-09-12.yaml" "$corpus/telnyx/telnyx-spec3-2026-07-16.yml" "$work/github.yaml"; do
  read -r s_cpu s_rss < <(measure timeout 1800 "$here/node_modules/.bin/spectral" lint -r "$ruleset" -f json --quiet "$f")
  read -r f_cpu f_rss < <(measure "$sf" lint --ruleset "$ruleset" --format json "$f")
  printf "%-28s %12s %12s %12s %12s %8s %8s\n" "$(basename "$f")" "$s_cpu" "$f_cpu" "$s_rss" "$f_rss" \
    "$(awk -v a="$s_cpu" -v b="$f_cpu" 'BEGIN{ if (b > 0) printf "%.1f", a / b; else print "-" }')" \
    "$(awk -v a="$s_rss" -v b="$f_rss" 'BEGIN{ if (b > 0) printf "%.1f", a / b; else print "-" }')"
done
