#!/usr/bin/env bash
# A coach's squad under load, on PostgreSQL (issue 11): a fresh schema holding a squad of ATHLETES
# athletes with DAYS days of check-ins and about four sessions a week each (bench/SquadFixture.java,
# written through the application layer), then `restwise serve` on it and a bare Javalin endpoint
# (bench/BareJavalin.java) side by side. For ROUNDS rounds of SECONDS each, wrk measures in turn:
# the bare endpoint, the squad page (GET /squads/ID) with the coach's browser session cookie, its
# JSON (GET /api/squads/ID/today) with the coach's API token, and the athletes' check-ins (POST
# /api/check-ins, each with its own athlete's token). Prints every round, the medians, each against the bare endpoint, and the goals:
# page and JSON p95 < 100 ms; check-ins >= 200/s with p99 < 50 ms. Not part of the test suite.
# Usage: bench/squad-morning.sh [ROUNDS] [SECONDS] [ATHLETES] [DAYS]   (default 3 10 200 730)
# RESTWISE_BENCH_PG_URL (or RESTWISE_TEST_PG_URL) is jdbc:postgresql://HOST:PORT/DB?user=USER;
# RESTWISE_BENCH_CONNECTIONS sets wrk's connections for reads (default 16) and check-ins (default 8,
# as RESTWISE_BENCH_CHECKIN_CONNECTIONS); RESTWISE_BENCH_WARMUP the untimed warm-up per endpoint
# (default 15 s). Needs Java 17, Maven, wrk and psql.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
rounds="${1:-3}"
seconds="${2:-10}"
athletes="${3:-200}"
days="${4:-730}"
connections="${RESTWISE_BENCH_CONNECTIONS:-16}"
checkin_connections="${RESTWISE_BENCH_CHECKIN_CONNECTIONS:-8}"
warmup="${RESTWISE_BENCH_WARMUP:-15}"
pg_url="${RESTWISE_BENCH_PG_URL:-${RESTWISE_TEST_PG_URL:-}}"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v psql >/dev/null || { echo "bench: psql is needed (apt-get install postgresql-client)" >&2; exit 1; }
[ -n "$pg_url" ] || { echo "bench: set RESTWISE_BENCH_PG_URL=jdbc:postgresql://HOST:PORT/DB?user=USER" >&2; exit 1; }
"$root/restwise" --version >/dev/null # builds once, outside the figures
jar="$root/restwise-app/target/restwise.jar"

work="$(mktemp -d "${TMPDIR:-/tmp}/restwise-squad-bench.XXXXXX")"
schema="bench_squad_$$_$RANDOM"
pids=()
psql_pg() {
  [[ "$pg_url" =~ ^jdbc:postgresql://([^:/]+):([0-9]+)/([^?]+)\?(.*&)?user=([^&]+) ]] \
    || { echo "bench: cannot read host, port, database and user from $pg_url" >&2; return 1; }
  psql -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[2]}" -d "${BASH_REMATCH[3]}" -U "${BASH_REMATCH[5]}" "$@"
}
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  psql_pg -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
db="$pg_url&currentSchema=$schema"
psql_pg -qc "CREATE SCHEMA $schema" >/dev/null

echo "== fixture: $athletes athletes x $days days on PostgreSQL (schema $schema)"
start=$(date +%s)
java -cp "$jar" "$root/bench/SquadFixture.java" "$db" "$athletes" "$days" >"$work/fixture.txt"
squad="$(sed -n 's/^squad //p' "$work/fixture.txt")"
coach="$(sed -n 's/^coach //p' "$work/fixture.txt")"
cookie="$(sed -n 's/^coach-session //p' "$work/fixture.txt")"
sed -n 's/^athlete //p' "$work/fixture.txt" >"$work/athletes.txt"
printf '  written in %d s: %s check-ins, %s sessions\n' "$(( $(date +%s) - start ))" \
  "$(psql_pg -tAc "SELECT count(*) FROM $schema.check_in")" "$(psql_pg -tAc "SELECT count(*) FROM $schema.session")"

wait_for() { # LOG PID -> prints the port
  for _ in $(seq 200); do
    grep -q "is running at" "$1" 2>/dev/null && break
    kill -0 "$2" 2>/dev/null || { echo "bench: a server did not start:" >&2; cat "$1" >&2; exit 1; }
    sleep 0.1
  done
  sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$1" | head -1
}
java -XX:+UseSerialGC -cp "$jar" "$root/bench/BareJavalin.java" >"$work/bare.log" 2>&1 &
pids+=($!); bare_port="$(wait_for "$work/bare.log" $!)"
RESTWISE_HOME="$work/home" RESTWISE_DB="$db" "$root/restwise" serve --port 0 >"$work/serve.log" 2>&1 &
pids+=($!); port="$(wait_for "$work/serve.log" $!)"
[ -n "$bare_port" ] && [ -n "$port" ] || { echo "bench: a server did not say its port" >&2; exit 1; }

# One wrk run; prints "REQ_PER_S P95_MS P99_MS ERRORS".
load() { # LUA URL CONNECTIONS SECONDS TOKEN [COOKIE]
  RESTWISE_BENCH_TOKEN="$5" RESTWISE_BENCH_COOKIE="${6:-}" RESTWISE_BENCH_TOKENS="$work/athletes.txt" \
    wrk -t2 -c"$3" -d"$4"s --timeout 10s -s "$root/bench/wrk/$1" "$2" | sed -n 's/^figures //p'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

names=(bare page json check-ins)
declare -A url=([bare]="http://127.0.0.1:$bare_port/" [page]="http://127.0.0.1:$port/squads/$squad"
  [json]="http://127.0.0.1:$port/api/squads/$squad/today" [check-ins]="http://127.0.0.1:$port/api/check-ins")
declare -A lua=([bare]=signed-in-get.lua [page]=signed-in-get.lua [json]=signed-in-get.lua [check-ins]=squad-check-ins.lua)
declare -A cookies=([bare]="" [page]="$cookie" [json]="" [check-ins]="")
declare -A conns=([bare]=$connections [page]=$connections [json]=$connections [check-ins]=$checkin_connections)
# The page and the JSON must answer 200 for the coach before anything is measured.
code="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: restwise_session=$cookie" "${url[page]}")"
[ "$code" = 200 ] || { echo "bench: ${url[page]} answered $code for the coach's browser" >&2; exit 1; }
code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $coach" "${url[json]}")"
[ "$code" = 200 ] || { echo "bench: ${url[json]} answered $code for the coach's token" >&2; exit 1; }
for n in "${names[@]}"; do load "${lua[$n]}" "${url[$n]}" "${conns[$n]}" "$warmup" "$coach" "${cookies[$n]}" >/dev/null; done

echo "== $rounds rounds of $seconds s; reads at $connections connections, check-ins at $checkin_connections; 2 wrk threads; ${warmup} s warm-up each"
declare -A rps p95 p99
errors=0
for r in $(seq "$rounds"); do
  line="  round $r:"
  for n in "${names[@]}"; do
    read -r a b c e < <(load "${lua[$n]}" "${url[$n]}" "${conns[$n]}" "$seconds" "$coach" "${cookies[$n]}")
    rps[$n]+="$a "; p95[$n]+="$b "; p99[$n]+="$c "; errors=$((errors + e))
    line+="$(printf ' %s %.0f/s p95 %.1f p99 %.1f ms |' "$n" "$a" "$b" "$c")"
  done
  echo "${line% |}"
done
med() { tr ' ' '\n' <<<"$1" | grep . | median; }
verdict=met
echo "== medians (x = against the bare endpoint in the same run)"
br=$(med "${rps[bare]}"); b95=$(med "${p95[bare]}"); b99=$(med "${p99[bare]}")
printf '  bare       %8.1f req/s  p95 %7.2f ms  p99 %7.2f ms\n' "$br" "$b95" "$b99"
for n in page json check-ins; do
  r=$(med "${rps[$n]}"); q=$(med "${p95[$n]}"); p=$(med "${p99[$n]}")
  printf '  %-10s %8.1f req/s  p95 %7.2f ms  p99 %7.2f ms  (%.1f %% of bare throughput, p95 %.1f x)\n' \
    "$n" "$r" "$q" "$p" "$(echo "100 * $r / $br" | bc -l)" "$(echo "$q / $b95" | bc -l)"
  if [ "$n" = check-ins ]; then
    [ "$(echo "$r < 200 || $p >= 50" | bc)" -eq 1 ] && verdict="NOT met"
  else
    [ "$(echo "$q >= 100" | bc)" -eq 1 ] && verdict="NOT met"
  fi
done
[ "$errors" -eq 0 ] || verdict="NOT met"
echo "  goals: page and JSON p95 < 100 ms, check-ins >= 200/s with p99 < 50 ms; errors $errors; goal $verdict"
printf 'load average during the run: %s (%d cores)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
