#!/usr/bin/env bash
# Import throughput and memory: `restwise import` of an export-like zip into a fresh SQLite journal,
# with -Xmx256m, at two archive sizes. Memory (peak RSS) should stay flat while the archive grows
# four times: activities are read, measured and stored one at a time.
# The archive holds copies of permissively licensed fixtures only (Apache-2.0, BSD-2-Clause, MIT).
# GPX and TCX copies have their times shifted by a day per copy, so each is a new run to import;
# the FIT copies are byte-identical, so all but the first are "already there" (the dedup path).
# Each size is imported RUNS times into a fresh journal; wall, CPU and peak RSS are medians.
# Usage: bench/import-throughput.sh [COPIES_SMALL] [COPIES_LARGE] [RUNS]   (default 25, 100 and 3)
# Needs Java 17, Maven, python3, /usr/bin/time, shared/fixtures. Not part of the test suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
small="${1:-25}"
large="${2:-100}"
runs="${3:-3}"
out="$root/bench/out"
mkdir -p "$out"
source "$root/bench/fixtures.sh"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

jar="$root/restwise-app/target/restwise.jar"
# The launcher rebuilds the jar when any source is newer, so the figures are always of this tree.
"$root/restwise" --version >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

build_archive() { # COPIES ZIP
  python3 - "$fixtures" "$1" "$2" <<'PY'
import datetime, os, re, sys, zipfile
fx, copies, dest = sys.argv[1], int(sys.argv[2]), sys.argv[3]
shifted = ["gpx/gpxpy--korita-zbevnica.gpx", "gpx/jpx--Gpx-full-sample.gpx", "gpx/gpxpy--cerknicko-jezero.gpx",
           "tcx/tcxparser--test.tcx", "tcx/tcxreader--cross-country-skiing_activity_1.tcx"]
same = ["fit/fitparse--activity-small-fenix2-run.fit", "fit/fitparse--2013-02-06-12-11-14.fit"]
stamp = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z")
texts = {f: open(os.path.join(fx, f), encoding="utf-8").read() for f in shifted}
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("activities.csv", "Activity ID,Activity Type,Filename\n")
    for i in range(copies):
        shift = datetime.timedelta(days=i)
        move = lambda m: (datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S") + shift).strftime("%Y-%m-%dT%H:%M:%S") + (m.group(2) or "") + "Z"
        for f in shifted:
            z.writestr(f"activities/{i}-{os.path.basename(f)}", stamp.sub(move, texts[f]))
        for f in same:
            z.write(os.path.join(fx, f), f"activities/{i}-{os.path.basename(f)}")
n = copies * (len(shifted) + len(same))
print(f"built {dest}: {os.path.getsize(dest) / 1e6:.1f} MB, {n} activities")
PY
}

for copies in "$small" "$large"; do
  zip="$out/import-$copies.zip"
  [ -f "$zip" ] || build_archive "$copies" "$zip" >&2
  entries=$(( copies * 7 ))
  walls=(); cpus=(); rsss=()
  for _ in $(seq "$runs"); do
    journal="$(mktemp -d)"
    stats="$journal/time.txt"
    /usr/bin/time -v java -Xmx256m -jar "$jar" import --no-progress --json --db "jdbc:sqlite:$journal/restwise.db" "$zip" \
      >"$journal/summary.json" 2>"$stats" || true
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$stats")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$stats")")
    rsss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$stats")")
    counts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["imported"]), len(d["alreadyThere"]), len(d["skipped"]))' "$journal/summary.json")
    read -r imported there skipped <<<"$counts"
    rm -rf "$journal"
  done
  wall=$(printf '%s\n' "${walls[@]}" | median); cpu=$(printf '%s\n' "${cpus[@]}" | median); rss=$(printf '%s\n' "${rsss[@]}" | median)
  printf 'archive of %d activities (%s MB): imported %d, already there %d, skipped %d; median of %d runs: %.1f s wall (%.1f s cpu) = %.1f activities/s, peak RSS %.0f MB (RSS: %s)\n' \
    "$entries" "$(du -m "$zip" | cut -f1)" "$imported" "$there" "$skipped" "$runs" "$wall" "$cpu" "$(echo "$entries / $wall" | bc -l)" "$rss" "${rsss[*]}"
done
printf 'load average during the run: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
