#!/usr/bin/env bash
# Generation time for Stripe and GitHub: specforge beside openapi-generator's `rust` generator
# and progenitor, in one run. Installs the peers into bench/.venv and bench/work/cargo (both
# gitignored) on first use; needs Java 17 for openapi-generator.
#
#   bash bench/gen-peers.sh            # install if needed, then time each tool on each spec
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
work="$here/work/gen"
venv="$here/.venv"
cargo_root="$here/work/cargo"
mkdir -p "$work"
if [ ! -x "$venv/bin/openapi-generator-cli" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q 'openapi-generator-cli==7.*'
fi
if [ ! -x "$cargo_root/bin/cargo-progenitor" ]; then
  cargo install -q --root "$cargo_root" --locked cargo-progenitor
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
sf="$root/target/release/specforge"
# Specs over 3 MiB exceed SnakeYAML's default code-point limit.
export JAVA_OPTS="-DmaxYamlCodePoints=99999999"
specs=("stripe:$corpus/stripe/spec3-2023-09-12.yaml" "github:$corpus/github/apis-guru-api.github.com-1.1.4-openapi.yaml")
# The full GitHub REST description (10 MB), if bench/lint-peers.sh has fetched it.
[ -f "$here/work/github.yaml" ] && specs+=("github-full:$here/work/github.yaml")
now() { date +%s.%N; }
for entry in "${specs[@]}"; do
  name="${entry%%:*}"; spec="${entry#*:}"
  [ -f "$spec" ] || { echo "missing $spec"; continue; }
  out="$work/$name"; rm -rf "$out"; mkdir -p "$out"
  t0=$(now); "$sf" generate --out "$out/specforge" "$spec" >/dev/null 2>"$out/specforge.log"; rc=$?; t1=$(now)
  printf '%-8s specforge          %6.2fs exit %s\n' "$name" "$(echo "$t1 - $t0" | bc)" "$rc"
  t0=$(now); "$venv/bin/openapi-generator-cli" generate -g rust -i "$spec" -o "$out/openapi-generator" \
    --skip-validate-spec >"$out/openapi-generator.log" 2>&1; rc=$?; t1=$(now)
  printf '%-8s openapi-generator  %6.2fs exit %s\n' "$name" "$(echo "$t1 - $t0" | bc)" "$rc"
  t0=$(now); "$cargo_root/bin/cargo-progenitor" progenitor -i "$spec" -o "$out/progenitor" -n "$name-progenitor" -v 0.1.0 \
    >"$out/progenitor.log" 2>&1; rc=$?; t1=$(now)
  printf '%-8s progenitor         %6.2fs exit %s (%s)\n' "$name" "$(echo "$t1 - $t0" | bc)" "$rc" "$(grep -m1 -i -E 'error|panick' "$out/progenitor.log" | cut -c1-100)"
done
