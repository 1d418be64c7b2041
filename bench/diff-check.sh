#!/usr/bin/env bash
# Times `specforge check` on this repository's specs/ and `specforge diff` on real version
# pairs from the corpus: wall time (median of 5 runs) and peak RSS; then openapi-diff (npm,
# installed into bench/node_modules) on the pairs it can read (OpenAPI 3.0 only), one run each.
# oasdiff has no package on crates.io, npm or PyPI, so it is not compared here.
#
#   bash bench/diff-check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
sf="$root/target/release/specforge"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

measure() { # name, command...
  local name=$1; shift
  local times=() rss=0
  for _ in 1 2 3 4 5; do
    local out
    /usr/bin/time -o "$tmp" -f '%e %M' "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$tmp")
    times+=("${out% *}")
    rss=${out#* }
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  printf '%-58s %6s s %6d MiB\n' "$name" "$median" $((rss / 1024))
}

cd "$root"
measure "check (specs/: 3 APIs, lint, generated/ verified)" "$sf" check
measure "diff Tyk portal 5.12 -> 5.14 (281 KB -> 288 KB)" \
  "$sf" diff "$corpus/tyk/edp-swagger-5.12.yaml" "$corpus/tyk/edp-swagger-5.14.yaml"
measure "diff Tyk portal v1.8.0 -> nightly (152 KB -> 288 KB)" \
  "$sf" diff "$corpus/tyk/history/edp-swagger-2023-11-27-v1.8.0.yaml" "$corpus/tyk/edp-swagger-nightly.yaml"
measure "diff Stripe 2022-04-12 -> 2023-09-12 (4.2 MB each)" \
  "$sf" diff "$corpus/stripe/spec3-2022-04-12.json" "$corpus/stripe/spec3-2023-09-12.yaml"
measure "diff Telnyx 2025-08 (3.1) -> 2026-07 (2.7 MB -> 4.2 MB)" \
  "$sf" diff "$corpus/telnyx/telnyx-spec3-2025-08-27-first-3.1.yml" "$corpus/telnyx/telnyx-spec3-2026-07-16.yml"

if [ ! -x "$here/node_modules/.bin/openapi-diff" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent openapi-diff@0.24.1 >/dev/null)
fi
od="$here/node_modules/.bin/openapi-diff"
peer() { # name, old, new
  /usr/bin/time -o "$tmp" -f '%e %M' timeout 300 "$od" "$2" "$3" >/dev/null 2>&1 || true
  local out; out=$(tail -1 "$tmp")
  printf '%-58s %6s s %6d MiB\n' "openapi-diff: $1" "${out% *}" $(( ${out#* } / 1024 ))
  /usr/bin/time -o "$tmp" -f '%e %M' "$sf" diff "$2" "$3" >/dev/null 2>&1 || true
  out=$(tail -1 "$tmp")
  printf '%-58s %6s s %6d MiB\n' "specforge:    $1" "${out% *}" $(( ${out#* } / 1024 ))
}
peer "Tyk v1.8.0 -> v1.8.4 (3.0)" \
  "$corpus/tyk/history/edp-swagger-2023-11-27-v1.8.0.yaml" "$corpus/tyk/history/edp-swagger-2024-03-07-v1.8.4.yaml"
peer "Stripe 2022-04-12 -> 2023-09-12 (3.0)" \
  "$corpus/stripe/spec3-2022-04-12.json" "$corpus/stripe/spec3-2023-09-12.yaml"
