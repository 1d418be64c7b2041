#!/usr/bin/env bash
# Issue 18's size and compile-time bench. For Stripe, GitHub and Telnyx, the crate specforge
# generates beside the crate of openapi-generator's `rust` generator, in one run:
#   - generation time (specforge: types + client, the scope openapi-generator generates; and
#     the whole crate with the server);
#   - lines of Rust (all `.rs` files, and without blank and comment lines);
#   - `cargo check` of the crate alone (its dependencies already built), cold and after
#     `touch src/lib.rs`: specforge's whole crate (`--all-features`: client and server), its
#     client with every group, and its client with one group (the one with most operations),
#     that last also as the crate that depends on the shared runtime (`[generate] runtime_path`)
#     instead of carrying a copy; openapi-generator's crate as generated. After-touch figures
#     are the median of three: on this machine one run can be off by half.
# Installs openapi-generator into bench/.venv (PyPI; needs Java 17) on first use, as
# bench/gen-peers.sh does. Takes about half an hour; run it on a quiet machine.
#
#   bash bench/sdk-size.sh [stripe|github|telnyx ...]
#   SDK_CHECKS="client-one-group whole" bash bench/sdk-size.sh stripe   # some checks only
#   SDK_CHECKS= bash bench/sdk-size.sh                                  # generation and lines
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus"
work="$here/work/sdk"
venv="$here/.venv"
if [ ! -x "$venv/bin/openapi-generator-cli" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q 'openapi-generator-cli==7.*'
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
sf="$root/target/release/specforge"
# Specs over 3 MiB exceed SnakeYAML's default code-point limit.
export JAVA_OPTS="-DmaxYamlCodePoints=99999999"
declare -A spec=(
  [stripe]="$corpus/stripe/spec3-2023-09-12.yaml"
  [github]="$corpus/github/apis-guru-api.github.com-1.1.4-openapi.yaml"
  [telnyx]="$corpus/telnyx/telnyx-spec3-2026-07-16.yml"
)
names=("$@"); [ ${#names[@]} -gt 0 ] || names=(stripe github telnyx)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
lines() { find "$1/src" -name '*.rs' -print0 | xargs -0 cat | wc -l; }
code_lines() { find "$1/src" -name '*.rs' -print0 | xargs -0 cat | awk '!/^[ \t]*($|\/\/)/' | wc -l; }
# cargo check of package $2 in workspace $1 with flags $3..: prints "wall/cpu" seconds (CPU is
# user + sys of cargo and rustc, steadier than wall time on a busy machine), or FAIL.
check() {
  local ws="$1" pkg="$2"; shift 2
  local t="$ws/time.txt"
  if (cd "$ws" && /usr/bin/time -f "%e %U %S" -o "$t" cargo check -q -p "$pkg" "$@" >/dev/null 2>"$ws/$pkg.check.log"); then
    tail -1 "$t" | awk '{ printf "%.1f/%.1f", $1, $2 + $3 }'
  else
    echo "FAIL($(grep -m1 '^error' "$ws/$pkg.check.log" | cut -c1-60))"
  fi
}

# check after `touch` of crate directory $3, three times: the median wall and CPU seconds.
check_touched() {
  local ws="$1" pkg="$2" dir="$3"; shift 3
  local runs=()
  for _ in 1 2 3; do
    touch "$ws/$dir/src/lib.rs"
    runs+=("$(check "$ws" "$pkg" "$@")")
  done
  case "${runs[*]}" in *FAIL*) echo "${runs[0]}"; return ;; esac
  # Each column on its own: this machine's awk (mawk) has no asort.
  local col
  for col in 1 2; do
    printf '%s\n' "${runs[@]}" | cut -d/ -f"$col" | sort -n | sed -n 2p
  done | paste -sd/
}

rm -rf "$work" && mkdir -p "$work"
for n in "${names[@]}"; do
  s="${spec[$n]}"
  mkdir -p "$work/$n"
  t0=$(now); "$sf" generate -q --no-server --out "$work/$n/sf-client" "$s" 2>/dev/null; t1=$(now)
  gen_client=$(secs "$t0" "$t1")
  rm -rf "$work/$n/sf-client"
  t0=$(now); "$sf" generate -q --out "$work/$n/sf" "$s" 2>/dev/null; t1=$(now)
  gen_whole=$(secs "$t0" "$t1")
  t0=$(now); "$venv/bin/openapi-generator-cli" generate -g rust -i "$s" -o "$work/$n/oag" \
    --skip-validate-spec >"$work/$n/oag.log" 2>&1; t1=$(now)
  gen_oag=$(secs "$t0" "$t1")
  # The same crate depending on this repository's runtime crate, as generated/ does.
  printf '[api.%s]\ndocuments = ["%s"]\n[generate]\nruntime_path = "%s"\n' "$n" "$s" "$root/templates/runtime" > "$work/$n/shared.toml"
  "$sf" generate -q --config "$work/$n/shared.toml" --out "$work/$n/sf-shared" 2>/dev/null
  sed -i "s/^name = .*/name = \"sf-shared-$n\"/" "$work/$n/sf-shared/Cargo.toml"
  sed -i "s/^name = .*/name = \"sf-$n\"/" "$work/$n/sf/Cargo.toml"
  sed -i "0,/^name = .*/s//name = \"oag-$n\"/" "$work/$n/oag/Cargo.toml"
  # Its version is the spec's (Stripe's is a date), which cargo refuses.
  sed -i "0,/^version = .*/s//version = \"0.1.0\"/" "$work/$n/oag/Cargo.toml"
  printf '[workspace]\nresolver = "3"\nmembers = ["sf", "sf-shared", "oag"]\n' > "$work/$n/Cargo.toml"
  # The group with most operations: the gate written most often in the client.
  group=$(grep -o '#\[cfg(feature = "[^"]*")\]' "$work/$n/sf/src/client.rs" | sort | uniq -c | sort -rn | head -1 | sed 's/.*feature = "\([^"]*\)".*/\1/')
  echo "== $n: generation specforge client ${gen_client}s, whole ${gen_whole}s; openapi-generator ${gen_oag}s ($(awk -v a="$gen_oag" -v b="$gen_client" 'BEGIN { printf "%.1f", a / b }')x)"
  echo "   lines: specforge $(lines "$work/$n/sf") (code $(code_lines "$work/$n/sf")), of which server.rs $(wc -l < "$work/$n/sf/src/server.rs"); openapi-generator $(lines "$work/$n/oag") (code $(code_lines "$work/$n/oag"))"
  checks="${SDK_CHECKS-whole client client-one-group client-one-group-shared openapi-generator}"
  [ -n "$checks" ] || continue
  # Dependencies first, so the figures below are the generated code's own.
  (cd "$work/$n" && for p in "sf-$n" "sf-shared-$n"; do cargo check -q -p "$p" --all-features >/dev/null 2>&1; done
    cargo check -q -p "oag-$n" >/dev/null 2>&1)
  one="--no-default-features --features client,$group"
  for variant in "whole|sf|--all-features" "client|sf|" "client-one-group|sf|$one" \
    "client-one-group-shared|sf-shared|$one" "openapi-generator|oag|"; do
    label="${variant%%|*}"; rest="${variant#*|}"; dir="${rest%%|*}"; flags="${rest#*|}"
    case " $checks " in *" $label "*) ;; *) continue ;; esac
    pkg="$dir-$n"
    (cd "$work/$n" && cargo clean -q -p "$pkg" 2>/dev/null)
    # shellcheck disable=SC2086
    cold=$(check "$work/$n" "$pkg" $flags)
    # shellcheck disable=SC2086
    warm=$(check_touched "$work/$n" "$pkg" "$dir" $flags)
    extra=""; case "$label" in client-one-group*) extra=" (group \`$group\`)" ;; esac
    printf '   cargo check %-23s cold %12s s   after touch %12s s (wall/cpu)%s\n' "$label" "$cold" "$warm" "$extra"
  done
done
