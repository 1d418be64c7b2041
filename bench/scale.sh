#!/usr/bin/env bash
# How lint and generate scale with the number of specs: projects of 1, 4 and 16 copies of the
# Stripe spec (4.2 MB each, one API per copy), timed with wall time, CPU use (200% = both
# cores) and peak RSS; median of 3 runs. Also the largest corpus spec alone (Telnyx 2026,
# 4.2 MB), whose peak RSS the memory target is about.
#
#   bash bench/scale.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
work="$here/work/scale"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
sf="$root/target/release/specforge"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

for n in 1 4 16; do
  d="$work/x$n"
  rm -rf "$d" && mkdir -p "$d"
  for i in $(seq 1 "$n"); do
    cp "$corpus/stripe/spec3-2023-09-12.yaml" "$d/stripe$i.yaml"
    printf '[api.stripe%d]\ndocuments = ["stripe%d.yaml"]\n\n' "$i" "$i" >> "$d/specforge.toml"
  done
done

measure() { # name, command...
  local name=$1; shift
  local rows=()
  for _ in 1 2 3; do
    /usr/bin/time -o "$tmp" -f '%e %P %M' "$@" >/dev/null 2>&1 || true
    rows+=("$(tail -1 "$tmp")")
  done
  local mid
  mid=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n 2p)
  read -r secs cpu kib <<< "$mid"
  printf '%-44s %7s s %6s CPU %6d MiB\n' "$name" "$secs" "$cpu" $((kib / 1024))
}

for n in 1 4 16; do
  measure "lint, ${n}× Stripe ($((n * 4)) MB)" "$sf" lint --config "$work/x$n/specforge.toml"
  measure "generate, ${n}× Stripe" "$sf" generate --config "$work/x$n/specforge.toml"
done
telnyx="$corpus/telnyx/telnyx-spec3-2026-07-16.yml"
size=$(stat -c %s "$telnyx")
echo "largest corpus spec: Telnyx 2026, $((size / 1024)) KiB"
measure "lint, Telnyx" "$sf" lint "$telnyx"
measure "generate, Telnyx" "$sf" generate --out "$work/telnyx-crate" "$telnyx"
