#!/usr/bin/env bash
# The differential test against the real Spectral CLI (issue 20): installs Spectral from
# bench/package.json (npm ci), builds specforge, runs bench/spectral-diff.py with the given
# arguments. Not part of the default test run: Spectral takes minutes (GiBs on large specs).
#
#   bash bench/spectral-diff.sh            # seeds + fixed-seed corpus sample
#   bash bench/spectral-diff.sh --all      # the whole corpus
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ ! -x "$here/node_modules/.bin/spectral" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent >/dev/null)
fi
# PyYAML reads the documents to recognise findings reported through a `$ref`.
venv="$here/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import yaml' 2>/dev/null || "$venv/bin/pip" install -q 'PyYAML==6.*'
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin specforge
exec "$venv/bin/python" "$here/spectral-diff.py" "$@"
