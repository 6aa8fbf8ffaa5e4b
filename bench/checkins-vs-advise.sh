#!/usr/bin/env bash
# Check-ins under load against the stateless advice, in one run: `restwise serve` on a free
# loopback port with a temporary RESTWISE_HOME, then wrk alternating POST /api/advise and
# POST /api/check-ins for ROUNDS rounds of SECONDS each at CONNECTIONS connections; prints each
# round, the medians, and the ratios against the goal of issue 10 (check-ins at >= 10 % of
# advise's throughput, p99 <= 10 x advise's p99). On SQLite, then on PostgreSQL when
# RESTWISE_BENCH_PG_URL (or RESTWISE_TEST_PG_URL) is jdbc:postgresql://HOST:PORT/DB?user=USER:
# a fresh schema there, dropped at the end. Not part of the test suite.
# Usage: bench/checkins-vs-advise.sh [ROUNDS] [SECONDS] [CONNECTIONS]   (default 3 10 16)
# RESTWISE_BENCH_WARMUP=SECONDS sets the untimed warm-up of each endpoint (default 20).
# Needs Java 17, Maven, wrk (apt-get install wrk), and psql for PostgreSQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
rounds="${1:-3}"
seconds="${2:-10}"
connections="${3:-16}"
warmup="${RESTWISE_BENCH_WARMUP:-20}" # seconds per endpoint, untimed
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
restwise="$root/restwise"
"$restwise" --version >/dev/null # builds once, outside the figures

server_pid=""
home=""
schema=""
pg_url="${RESTWISE_BENCH_PG_URL:-${RESTWISE_TEST_PG_URL:-}}"
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  [ -n "$home" ] && rm -rf "$home"
  if [ -n "$schema" ]; then psql_pg -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# psql on the server of a jdbc:postgresql://HOST:PORT/DB?user=USER URL.
psql_pg() {
  [[ "$pg_url" =~ ^jdbc:postgresql://([^:/]+):([0-9]+)/([^?]+)\?(.*&)?user=([^&]+) ]] \
    || { echo "bench: cannot read host, port, database and user from $pg_url" >&2; return 1; }
  psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]}" -d "${BASH_REMATCH[3]}" -U "${BASH_REMATCH[5]}" "$@"
}

start_server() { # DB_URL (empty: the default SQLite journal in the temporary home)
  home="$(mktemp -d "${TMPDIR:-/tmp}/restwise-bench.XXXXXX")"
  local log="$home/serve.log"
  if [ -n "$1" ]; then
    RESTWISE_HOME="$home" RESTWISE_DB="$1" "$restwise" serve --port 0 >"$log" 2>&1 &
  else
    RESTWISE_HOME="$home" "$restwise" serve --port 0 >"$log" 2>&1 &
  fi
  server_pid=$!
  for _ in $(seq 100); do
    grep -q "is running at" "$log" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { echo "bench: serve did not start:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  port="$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")"
  [ -n "$port" ] || { echo "bench: serve did not say its port" >&2; cat "$log" >&2; exit 1; }
}

stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  rm -rf "$home"; home=""
}

# One wrk run; prints "REQ_PER_S P99_MS ERRORS" (errors: non-2xx answers, socket errors, timeouts).
load() { # LUA PATH SECONDS
  local out
  out="$(wrk -t2 -c"$connections" -d"$3"s --timeout 10s --latency -s "$root/bench/wrk/$1" "http://127.0.0.1:$port$2")"
  echo "$out" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; if (v ~ /us$/) p = v / 1000; else if (v ~ /ms$/) p = v + 0; else if (v ~ /m$/) p = v * 60000; else p = v * 1000 }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.1f %.2f %d\n", rps, p, errors }'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

bench() { # LABEL DB_URL
  start_server "$2"
  # Warm-up, untimed: the JIT compiles both paths before either is measured. On a busy 2-core
  # machine C2 was still compiling the check-in path (40 % of the process's CPU, in JFR) 10 s
  # after a warm-up of 5 s per endpoint, which put round 1 at half of rounds 2 and 3.
  load advise.lua /api/advise "$warmup" >/dev/null
  load check-ins.lua /api/check-ins "$warmup" >/dev/null
  local a_rps=() a_p99=() c_rps=() c_p99=() errors=0
  echo "== $1: $rounds rounds of ${seconds} s each, $connections connections, 2 wrk threads, ${warmup} s warm-up each"
  for r in $(seq "$rounds"); do
    read -r rps p99 err < <(load advise.lua /api/advise "$seconds"); a_rps+=("$rps"); a_p99+=("$p99"); errors=$((errors + err))
    read -r crps cp99 cerr < <(load check-ins.lua /api/check-ins "$seconds"); c_rps+=("$crps"); c_p99+=("$cp99"); errors=$((errors + cerr))
    printf '  round %d: advise %8.1f req/s p99 %7.2f ms | check-ins %8.1f req/s p99 %7.2f ms\n' "$r" "$rps" "$p99" "$crps" "$cp99"
  done
  local ar ap cr cp
  ar=$(printf '%s\n' "${a_rps[@]}" | median); ap=$(printf '%s\n' "${a_p99[@]}" | median)
  cr=$(printf '%s\n' "${c_rps[@]}" | median); cp=$(printf '%s\n' "${c_p99[@]}" | median)
  local share ratio verdict=met
  share=$(echo "100 * $cr / $ar" | bc -l); ratio=$(echo "$cp / $ap" | bc -l)
  if [ "$(echo "$share < 10 || $ratio > 10 || $errors > 0" | bc)" -eq 1 ]; then verdict="NOT met"; fi
  printf '  median: advise %.1f req/s p99 %.2f ms; check-ins %.1f req/s p99 %.2f ms\n' "$ar" "$ap" "$cr" "$cp"
  printf '  check-ins/advise: %.1f %% of the throughput (goal >= 10 %%), p99 %.1f x (goal <= 10 x); errors %d; goal %s\n' \
    "$share" "$ratio" "$errors" "$verdict"
  stop_server
}

bench "SQLite" ""
if [ -n "$pg_url" ]; then
  command -v psql >/dev/null || { echo "bench: psql is needed for PostgreSQL (apt-get install postgresql-client)" >&2; exit 1; }
  schema="bench_$$_$RANDOM"
  psql_pg -qc "CREATE SCHEMA $schema" >/dev/null
  bench "PostgreSQL" "$pg_url&currentSchema=$schema"
else
  echo "== PostgreSQL: skipped (set RESTWISE_BENCH_PG_URL=jdbc:postgresql://HOST:PORT/DB?user=USER)"
fi
printf 'load average during the run: %s (%d cores)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
