#!/usr/bin/env bash
# Times `specforge lint` beside Spectral and Redocly CLI on the same files, in one run.
#
#   bash bench/lint-peers.sh            # installs the peers into bench/node_modules first
#
# Inputs: Stripe's spec3.yaml (corpus), the GitHub REST description from @octokit/openapi
# (converted to YAML), Telnyx's full spec (corpus). Prints wall time (s) and peak RSS (MiB).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
work="$here/work"
mkdir -p "$work"

if [ ! -x "$here/node_modules/.bin/spectral" ] || [ ! -x "$here/node_modules/.bin/redocly" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent \
    @stoplight/spectral-cli@6 @redocly/cli@2 @octokit/openapi@latest js-yaml@4 >/dev/null)
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p specforge-benches --example parse_only
sf="$root/target/release/specforge"

gh_json=$(find "$here/node_modules/@octokit/openapi/generated" -name 'api.github.com.json' | head -1)
if [ ! -s "$work/github.yaml" ]; then
  node -e 'const y=require(process.argv[1]);const fs=require("fs");fs.writeFileSync(process.argv[3], y.dump(JSON.parse(fs.readFileSync(process.argv[2],"utf8")),{lineWidth:-1,noRefs:true}))' \
    "$here/node_modules/js-yaml" "$gh_json" "$work/github.yaml"
fi
[ -s "$work/spectral.yaml" ] || echo 'extends: ["spectral:oas"]' > "$work/spectral.yaml"

measure() { # name, command...  (second of two runs: warm file cache)
  local name=$1; shift
  local t="$work/time.txt"
  for _ in 1 2; do
    /usr/bin/time -f "%e %M" -o "$t" "$@" >/dev/null 2>&1 || true
  done
  # GNU time puts "Command exited with non-zero status N" first when a linter reports findings.
  local line
  line=$(tail -1 "$t")
  printf "%-28s %8s s %8.0f MiB\n" "$name" "${line%% *}" "$(echo "$line" | awk '{print $2/1024}')"
}

for f in "$corpus/stripe/spec3-2023-09-12.yaml" "$work/github.yaml" "$corpus/telnyx/telnyx-spec3-2026-07-16.yml"; do
  echo "== $(basename "$f") ($(stat -c %s "$f") bytes)"
  measure "specforge lint" "$sf" lint "$f"
  measure "redocly lint" timeout 600 "$here/node_modules/.bin/redocly" lint "$f" --format=stylish
  measure "spectral lint" timeout 900 "$here/node_modules/.bin/spectral" lint -r "$work/spectral.yaml" "$f"
  measure "yaml_serde parse (bare)" "$root/target/release/examples/parse_only" "$f"
done
