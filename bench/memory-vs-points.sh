#!/usr/bin/env bash
# Peak memory against track length: synthetic GPX files of 0.5, 1, 2 and 5 million points (and
# each gzipped), through `./restwise analyze --json` and `./restwise import --json` (a fresh
# RESTWISE_HOME per run) with RESTWISE_JAVA_OPTS=-Xmx256m. Prints, per file and command, the
# median peak RSS (/usr/bin/time -v "Maximum resident set size") and wall time over RUNS runs, and
# checks each run's answer first: analyze must report every point, import must store the activity.
# A gzipped file that inflates past the 256 MB limit for one activity must be refused in one line.
# Not part of the test suite.
# Usage: bench/memory-vs-points.sh [RUNS] [SIZES...]   (default 3 runs; sizes 500000 1000000 2000000 5000000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
runs="${1:-3}"
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500000 1000000 2000000 5000000)
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }
python=/usr/bin/python3

work="$(mktemp -d "${TMPDIR:-/tmp}/restwise-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# One untimed call first, so that a build or the once-per-build class archive is not in the figures.
restwise="$root/restwise"
"$restwise" --version >/dev/null

# Deterministic: a 10 km loop with a 200 m hill at 1.5 m/s (a hike), heart rate 120-160, ten points a second
# sharing each one-second timestamp, so that 5 million points last 5.8 days (an import refuses a
# session over a week, and one over 1 000 km) and every file takes the fast GPX path.
generate() {
  "$python" - "$1" "$2" <<'PY'
import sys, math, time
points, dest = int(sys.argv[1]), sys.argv[2]
base = 1714550400  # 2024-05-01T08:00:00Z
r = 10000 / (2 * math.pi) / 111195.0
with open(dest, "w", encoding="utf-8", buffering=1 << 20) as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="restwise-bench">\n'
            '<trk><type>running</type><trkseg>\n')
    lines = []
    for i in range(points):
        a = i * 0.15 / 10000 * 2 * math.pi
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + i // 10))
        lines.append('<trkpt lat="%.7f" lon="%.7f"><ele>%.1f</ele><time>%s</time>'
                     '<extensions><hr>%d</hr></extensions></trkpt>\n'
                     % (45.0 + r * math.sin(a), 7.0 + r * math.cos(a) / 0.7071,
                        1000 + 100 * math.sin(a) + (i % 7) * 0.3, stamp, 120 + (i // 600) % 41))
        if len(lines) == 10000:
            f.write("".join(lines)); lines = []
    f.write("".join(lines))
    f.write('</trkseg></trk>\n</gpx>\n')
PY
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# One run: peak RSS in MB and wall seconds, after checking what the command answered.
# $1 analyze|import, $2 file, $3 expected points
run_once() {
  local command="$1" file="$2" points="$3" home out err timing rss wall
  home="$work/home"; rm -rf "$home"; mkdir -p "$home"
  out="$work/out"; err="$work/err"; timing="$work/time"
  set +e
  RESTWISE_HOME="$home" RESTWISE_JAVA_OPTS=-Xmx256m /usr/bin/time -v -o "$timing" \
    "$restwise" "$command" --json $([ "$command" = import ] && echo --no-progress) "$file" >"$out" 2>"$err"
  set -e
  rss=$(awk -F: '/Maximum resident set size/ {print $2 / 1024}' "$timing")
  wall=$(awk '/Elapsed \(wall clock\)/ {n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$timing")
  if grep -q 'Rebuilding Restwise' "$err"; then
    echo "bench: the sources changed during the run and the launcher rebuilt the jar; run again" >&2; exit 1
  fi
  if grep -q -e 'OutOfMemoryError' -e '^	at ' "$err"; then
    echo "bench: $command $file printed a stack trace:" >&2; head -5 "$err" >&2; exit 1
  fi
  if [[ "$file" == *.gz ]] && grep -q 'expands to more than' "$out" "$err"; then
    echo "$rss $wall refused"
    return
  fi
  if [ "$command" = analyze ]; then
    grep -q "\"points\": $points," "$out" || { echo "bench: analyze $file did not report $points points" >&2; head -c 2000 "$out" "$err" >&2; exit 1; }
  else
    grep -q '"sessionId": 1,' "$out" \
      || { echo "bench: import $file stored nothing:" >&2; head -c 2000 "$out" "$err" >&2; exit 1; }
  fi
  echo "$rss $wall ok"
}

printf '%-10s %-8s %7s  %-8s %14s %12s  %s\n' points file MB command "peak RSS MB" "wall s" "answer"
for n in "${sizes[@]}"; do
  gpx="$work/track-$n.gpx"
  generate "$n" "$gpx"
  gzip -1 -c "$gpx" >"$gpx.gz"
  for file in "$gpx" "$gpx.gz"; do
    for command in analyze import; do
      rss_all=(); wall_all=(); answer=""
      for _ in $(seq "$runs"); do
        read -r rss wall answer < <(run_once "$command" "$file" "$n")
        rss_all+=("$rss"); wall_all+=("$wall")
      done
      printf '%-10s %-8s %7.0f  %-8s %14.0f %12.2f  %s (RSS: %s)\n' "$n" "$([[ $file == *.gz ]] && echo gpx.gz || echo gpx)" \
        "$(du -m "$file" | cut -f1)" "$command" "$(printf '%s\n' "${rss_all[@]}" | median)" \
        "$(printf '%s\n' "${wall_all[@]}" | median)" "$answer" "$(printf '%.0f ' "${rss_all[@]}")"
    done
  done
  rm -f "$gpx" "$gpx.gz"
done
printf 'load average during the run: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
