#!/usr/bin/env bash
# specforge's validator beside the `jsonschema` crate (bench/validator-peer/): agreement on the
# corpus's examples and speed (the crate, release build), and the dependency weight each adds
# to a generated server crate (two throwaway crates in a temporary directory, built cold one
# after the other). Prints markdown.
#
#   bash bench/validator-peer.sh [agree|speed|weight|all] [--corpus DIR] [--limit N]
#
# The corpus is ../shared/corpus beside the repository unless --corpus says otherwise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
crate="$here/validator-peer"
what="${1:-all}"
[ $# -gt 0 ] && shift

case "$what" in
  agree | speed | all | weight) ;;
  *) echo "usage: $0 [agree|speed|weight|all] [--corpus DIR] [--limit N]" >&2; exit 2 ;;
esac

if [ "$what" != weight ]; then
  cargo build --release --quiet --manifest-path "$crate/Cargo.toml"
  "$crate/target/release/validator-peer" "$what" "$@"
fi

[ "$what" = weight ] || [ "$what" = all ] || exit 0

# Weight: what a generated server crate depends on today, and the same plus jsonschema.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jsonschema_version="$(sed -n 's/^jsonschema = { version = "\([^"]*\)".*/\1/p' "$crate/Cargo.toml")"

make_crate() { # name, extra dependency lines
  mkdir -p "$work/$1/src"
  : > "$work/$1/src/lib.rs"
  cat > "$work/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
axum = { version = "0.8", default-features = false, features = ["http1", "tokio"] }
regex = "1"
serde_urlencoded = "0.7"
serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["preserve_order"] }
chrono = { version = "0.4.45", default-features = false, features = ["std", "serde"] }
$2
EOF
  # Sources downloaded before the clock starts: the time is compiling only.
  cargo fetch --quiet --manifest-path "$work/$1/Cargo.toml"
}

make_crate today ""
make_crate with-jsonschema "jsonschema = { version = \"$jsonschema_version\", default-features = false }"

echo "## 3. Weight (dependencies of a generated server crate)"
echo
echo "| crate | crates (\`cargo tree -e normal\`) | cold \`cargo build\` (debug) |"
echo "|---|---|---|"
for name in today with-jsonschema; do
  dir="$work/$name"
  count="$(cd "$dir" && cargo tree -e normal --prefix none | sort -u | wc -l)"
  start="$(date +%s.%N)"
  CARGO_TARGET_DIR="$dir/target" cargo build --quiet --manifest-path "$dir/Cargo.toml"
  secs="$(echo "$(date +%s.%N) - $start" | bc)"
  case "$name" in
    today) label="axum + regex + serde_urlencoded + serde + serde_json + chrono" ;;
    *) label="the same + jsonschema $jsonschema_version (default-features = false)" ;;
  esac
  printf '| %s | %s | %.1f s |\n' "$label" "$count" "$secs"
done
echo
echo "Crate counts include the crate itself. Builds ran one after the other on $(nproc) cores, each in a fresh target directory."
