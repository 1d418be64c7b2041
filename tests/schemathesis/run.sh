#!/usr/bin/env bash
# Runs schemathesis (a third-party property-based API tester, from PyPI) against the generated
# server of each seed API, each started on 127.0.0.1 by this script with the implementations in
# tests/crates/seed-servers. Installs schemathesis into target/schemathesis-venv on first use.
#
#   bash tests/schemathesis/run.sh [EXAMPLES]     # default 100 examples per operation
#
# Exits non-zero when schemathesis finds a failure that is not in the API's baseline file
# (tests/schemathesis/baseline-<api>.json; README.md there says why each entry is accepted).
set -euo pipefail
cd "$(dirname "$0")/../.."
examples="${1:-100}"
version="4.32.5"
venv=target/schemathesis-venv
work=target/schemathesis
mkdir -p "$work"

if ! "$venv/bin/st" --version 2>/dev/null | grep -q "$version"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "schemathesis==$version"
fi
cargo build --quiet --release -p seed-servers -p specforge

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

status=0
for entry in "tyk-portal|Authorization: secret" \
             "telnyx-oauth|Authorization: Bearer KEY123" \
             "sailpoint-v3|Authorization: Bearer T"; do
  api="${entry%%|*}"
  header="${entry#*|}"
  # The merged OpenAPI document, out of the docs pages it is published in.
  target/release/specforge extract --api "$api" --format json > "$work/$api.json"
  target/release/seed-servers "$api" 127.0.0.1:0 > "$work/$api.log" 2>&1 &
  pids+=("$!")
  url=""
  for _ in $(seq 1 100); do
    url="$(sed -n 's/^listening on //p' "$work/$api.log")"
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { echo "error: the $api server did not start" >&2; exit 2; }
  baseline=()
  [ -f "tests/schemathesis/baseline-$api.json" ] && baseline=(--baseline "tests/schemathesis/baseline-$api.json")
  echo "== $api at $url"
  if ! timeout 600 "$venv/bin/st" run "$work/$api.json" --url "$url" -H "$header" \
      --checks all --max-examples "$examples" --seed 1 --max-time 60 --request-timeout 10 \
      --no-color "${baseline[@]}" 2>&1 | tee "$work/$api.out" | sed -n '/SUMMARY/,$p'; then
    # (pipefail: the status is schemathesis's own.)
    status=1
  fi
done
exit "$status"
