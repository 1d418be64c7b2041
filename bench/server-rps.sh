#!/usr/bin/env bash
# Requests per second of the generated Tyk server (`create-oauth-provider-client-type`, every
# check on: credentials, path parameter, body schema incl. CSV members) against a hand-written
# axum handler doing the same serde work with the same generated types
# (tests/crates/seed-servers, `tyk-hand`). Both are driven by wrk (Debian's package, installed
# here if missing) over loopback in one run: the server pinned to core 0, wrk to core 1, one
# keep-alive connection per wrk thread, 10 s per round, rounds alternating, median of 3.
#
#   bash bench/server-rps.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"
mkdir -p "$work"
if ! command -v wrk >/dev/null; then
  apt-get install -y -qq wrk >/dev/null
fi
cargo build --release --quiet --manifest-path "$root/Cargo.toml" -p seed-servers
bin="$root/target/release/seed-servers"

# The docs page's example body, with a CSV set of two members.
cat > "$work/tyk-create.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "secret"
wrk.body = '{"Name":"Server-side application","Description":"Use this client configuration to create server-side applications","ResponseTypes":"code","GrantType":"authorization_code,refresh_token","TokenEndpointAuthMethod":"client_secret_post","OktaAppType":"web"}'
EOF

pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT

round() { # api → requests/s
  local api=$1 log="$work/server-$1.log"
  taskset -c 0 "$bin" "$api" 127.0.0.1:0 > "$log" 2>&1 &
  pid=$!
  local url=""
  for _ in $(seq 1 100); do
    url="$(sed -n 's/^listening on //p' "$log")"
    [ -n "$url" ] && break
    sleep 0.1
  done
  # A check that the request succeeds, so no one benchmarks a 4xx.
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -H 'Authorization: secret' --data "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$work/tyk-create.lua")" \
    "$url/oauth-providers/7/client-types")
  [ "$status" = 200 ] || { echo "error: $api answered $status" >&2; exit 1; }
  taskset -c 1 wrk -t1 -c16 -d10s -s "$work/tyk-create.lua" "$url/oauth-providers/7/client-types" \
    | awk '/Requests\/sec/ {print $2}'
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

gen=(); hand=()
for _ in 1 2 3; do
  hand+=("$(round tyk-hand)")
  gen+=("$(round tyk-portal)")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
g=$(median "${gen[@]}"); h=$(median "${hand[@]}")
printf 'hand-written axum handler: %s req/s (rounds: %s)\n' "$h" "${hand[*]}"
printf 'generated server:          %s req/s (rounds: %s)\n' "$g" "${gen[*]}"
awk -v g="$g" -v h="$h" 'BEGIN { printf "validation layer cost: %.1f%% (generated / hand-written = %.3f)\n", (1 - g / h) * 100, g / h }'
