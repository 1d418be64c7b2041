#!/usr/bin/env bash
# Generates a crate for each corpus spec and runs `cargo check --all-features` (types, client
# and server) on all of them (one workspace, shared target), printing which compile and how
# many generation warnings (SF021 unchecked patterns, SF022 unroutable operations) there were.
# Not part of default CI (it takes minutes).
#
#   bash bench/corpus-compile.sh [SPEC...]     # default: the large specs + the APIs.guru sample
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
work="$here/work/compile"
rm -rf "$work" && mkdir -p "$work"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
sf="$root/target/release/specforge"
if [ $# -gt 0 ]; then specs=("$@"); else
  specs=("$corpus/stripe/spec3-2023-09-12.yaml" "$corpus/github/"*.yaml "$corpus/telnyx/telnyx-spec3-2026-07-16.yml"
         "$corpus/oas31/openai-openapi.yaml" "$corpus/tyk/edp-swagger-5.14.yaml" "$corpus/sailpoint/deref-sailpoint-api.v3.yaml"
         "$corpus/oas31/discord-openapi.json" "$corpus/apis-guru/"*)
fi
members=()
i=0
for s in "${specs[@]}"; do
  i=$((i+1)); name="c$(printf %03d $i)"
  if "$sf" generate --out "$work/$name" "$s" >/dev/null 2>"$work/$name.gen.log"; then
    sed -i "s/^name = .*/name = \"$name\"/" "$work/$name/Cargo.toml"
    members+=("\"$name\"")
    echo "$name $s" >> "$work/index.txt"
  else
    echo "NOGEN $s: $(tail -1 "$work/$name.gen.log")"
  fi
done
printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "$(IFS=,; echo "${members[*]}")" > "$work/Cargo.toml"
ok=0; fail=0
while read -r name spec; do
  if (cd "$work" && CARGO_TARGET_DIR="$work/target" cargo check -q --all-features -p "$name" >/dev/null 2>"$work/$name.check.log"); then
    ok=$((ok+1))
  else
    fail=$((fail+1)); echo "FAIL $(basename "$spec"): $(grep -m1 '^error' "$work/$name.check.log")"
  fi
done < "$work/index.txt"
echo "cargo check: $ok compile, $fail fail"
echo "generation warnings: $(cat "$work"/*.gen.log | grep -c '^warning\[SF021\]') SF021, $(cat "$work"/*.gen.log | grep -c '^warning\[SF022\]') SF022"
