#!/usr/bin/env bash
# Whole-process analysis of a ~50 MB GPX: restwise analyze --json against gpxpy (parse, length_3d,
# uphill/downhill, moving data) in the same run, median of RUNS runs each, Restwise started by its
# launcher as a runner starts it, after checking that both read the same track (same points, distance
# within 1 %); then archive throughput of `analyze` over an export-like zip with -Xmx256m, and the
# peak memory of that zip and of the same zip doubled, with -Xmx256m and -Xmx64m. Not part of the test suite.
# Usage: bench/analyze-vs-gpxpy.sh [RUNS]   (needs Java 17, Maven, python3-gpxpy, shared/fixtures)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
runs="${1:-3}"
out="$root/bench/out"
mkdir -p "$out"
source "$root/bench/fixtures.sh"
python=/usr/bin/python3
"$python" -c 'import gpxpy' 2>/dev/null || { echo "bench: install python3-gpxpy (apt-get install python3-gpxpy)" >&2; exit 1; }

# Timed as a runner starts it: through the launcher, with its JVM settings and class archive.
# One untimed call first, so that a build or the once-per-build archive is not in the figures.
restwise="$root/restwise"
"$restwise" --version >/dev/null

big="$out/big.gpx"
if [ ! -f "$big" ]; then
  # A real track (StravaGPX export, 7264 points with elevation and heart rate), repeated as
  # separate segments with times shifted by a day per copy until the file is about 50 MB.
  "$python" - "$fixtures/gpx/sportslib--samples--strava.gpx" "$big" <<'PY'
import re, sys, datetime
src = open(sys.argv[1], encoding="utf-8").read()
head = src[:src.index("<trkseg>")]
seg = src[src.index("<trkseg>"):src.rindex("</trkseg>") + len("</trkseg>")]
tail = src[src.rindex("</trkseg>") + len("</trkseg>"):]
target, copies, parts = 50 * 1024 * 1024, 0, [head]
size = len(head)
while size < target:
    shift = datetime.timedelta(days=copies)
    def move(m):
        t = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%SZ") + shift
        return "<time>" + t.strftime("%Y-%m-%dT%H:%M:%SZ") + "</time>"
    part = re.sub(r"<time>([^<]+)</time>", move, seg)
    parts.append(part); size += len(part); copies += 1
parts.append(tail)
open(sys.argv[2], "w", encoding="utf-8").write("".join(parts))
print(f"built {sys.argv[2]}: {size / 1e6:.1f} MB, {copies} copies of the track")
PY
fi

gpxpy_script='
import sys, gpxpy
g = gpxpy.parse(open(sys.argv[1], encoding="utf-8"))
ud = g.get_uphill_downhill()
m = g.get_moving_data()
print(round(g.length_3d()), round(ud.uphill), round(ud.downhill), m.moving_time, g.get_points_no())
'

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# Wall-clock and CPU (user + system) seconds of one whole process. On a shared machine the wall
# clock includes waiting for a core; CPU time does not, so both are reported.
measure() {
  local t
  t=$(mktemp)
  TIMEFORMAT='%R %U %S'
  { time "$@" >/dev/null 2>&1; } 2>"$t"
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' "$t"
  rm -f "$t"
}

# Both tools must have read the same track before their times mean anything.
read -r py_length py_up py_down py_moving py_points < <("$python" -c "$gpxpy_script" "$big")
rw_json="$("$restwise" analyze --json "$big")"
rw_points=$(grep -o '"points": [0-9]*' <<<"$rw_json" | awk '{print $2}')
rw_length=$(grep -o '"distanceMeters": [0-9.E]*' <<<"$rw_json" | awk '{printf "%.0f", $2}')
[ "$rw_points" = "$py_points" ] || { echo "bench: restwise read $rw_points points, gpxpy $py_points" >&2; exit 1; }
awk -v a="$rw_length" -v b="$py_length" 'BEGIN { d = (a - b) / b; exit (d < -0.01 || d > 0.01) }' \
  || { echo "bench: distances disagree by more than 1 %: restwise $rw_length m, gpxpy $py_length m" >&2; exit 1; }
printf 'agree: %s points each; distance %.2f km (restwise, 2D) vs %.2f km (gpxpy length_3d)\n' \
  "$rw_points" "$(echo "$rw_length / 1000" | bc -l)" "$(echo "$py_length / 1000" | bc -l)"

echo "== ${runs} runs each on $(du -m "$big" | cut -f1) MB GPX ($(grep -c '<trkpt' "$big") points)"
java_wall=(); java_cpu=(); py_wall=(); py_cpu=()
for _ in $(seq "$runs"); do
  read -r w c < <(measure "$restwise" analyze --json "$big"); java_wall+=("$w"); java_cpu+=("$c")
  read -r w c < <(measure "$python" -c "$gpxpy_script" "$big"); py_wall+=("$w"); py_cpu+=("$c")
done
jw=$(printf '%s\n' "${java_wall[@]}" | median); jc=$(printf '%s\n' "${java_cpu[@]}" | median)
pw=$(printf '%s\n' "${py_wall[@]}" | median); pc=$(printf '%s\n' "${py_cpu[@]}" | median)
printf 'restwise analyze --json: median wall %.2f s, cpu %.2f s (wall: %s)\n' "$jw" "$jc" "${java_wall[*]}"
printf 'gpxpy parse+length_3d+uphill/downhill+moving: median wall %.2f s, cpu %.2f s (wall: %s)\n' "$pw" "$pc" "${py_wall[*]}"
printf 'ratio gpxpy/restwise: %.1fx wall clock, %.1fx cpu time\n' "$(echo "$pw / $jw" | bc -l)" "$(echo "$pc / $jc" | bc -l)"
printf 'load average during the run: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "restwise: $("$restwise" analyze --json "$big" | grep -E '"(distanceMeters|ascentMeters|descentMeters|movingSeconds)"' | tr -s ' \n' ' ')"
echo "gpxpy (length_3d up down moving points): $("$python" -c "$gpxpy_script" "$big")"

# Archive throughput: an export-like zip of the permissively licensed fixtures, many times over.
zip="$out/export.zip"
if [ ! -f "$zip" ]; then
  "$python" - "$fixtures" "$zip" <<'PY'
import sys, zipfile, os
fx, dest = sys.argv[1], sys.argv[2]
files = ["fit/fitparse--activity-small-fenix2-run.fit", "fit/fitparse--2013-02-06-12-11-14.fit",
         "fit/fitparserjs--running-with-developer-data.fit", "fit/fitparse--developer-types-sample.fit",
         "gpx/gpxpy--korita-zbevnica.gpx", "gpx/jpx--Gpx-full-sample.gpx", "tcx/tcxparser--test.tcx.gz",
         "tcx/tcxreader--cross-country-skiing_activity_1.tcx"]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("activities.csv", "Activity ID,Activity Type,Filename\n")
    for i in range(250):
        for f in files:
            z.write(os.path.join(fx, f), f"activities/{i}-{os.path.basename(f)}")
print(f"built {dest}: {os.path.getsize(dest) / 1e6:.1f} MB, {250 * len(files)} activities")
PY
fi
entries=$(( $(unzip -l "$zip" | tail -1 | awk '{print $2}') - 1 ))
inflated_mb=$(unzip -l "$zip" | tail -1 | awk '{printf "%.0f", $1 / 1048576}')
archive_wall=(); archive_cpu=()
for _ in $(seq "$runs"); do
  read -r w c < <(measure env RESTWISE_JAVA_OPTS=-Xmx256m "$restwise" analyze --json "$zip"); archive_wall+=("$w"); archive_cpu+=("$c")
done
aw=$(printf '%s\n' "${archive_wall[@]}" | median); ac=$(printf '%s\n' "${archive_cpu[@]}" | median)
printf 'archive (-Xmx256m): %d activities, %s MB inflated, median wall %.2f s (cpu %.2f s) = %.0f activities/s, %.0f MB/s\n' \
  "$entries" "$inflated_mb" "$aw" "$ac" "$(echo "$entries / $aw" | bc -l)" "$(echo "$inflated_mb / $aw" | bc -l)"

# Peak memory does not grow with the archive: the same zip and the zip doubled (every entry twice,
# under a second name), each with -Xmx256m and -Xmx64m; median peak RSS of RUNS runs each.
zip2="$out/export-doubled.zip"
if [ ! -f "$zip2" ]; then
  "$python" - "$zip" "$zip2" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info)
        dst.writestr(info.filename, data)
        if info.filename != "activities.csv":
            dst.writestr(info.filename.replace("activities/", "activities/copy-"), data)
PY
fi
peak_rss() {
  local t
  t=$(mktemp)
  env RESTWISE_JAVA_OPTS="$1" /usr/bin/time -v -o "$t" "$restwise" analyze --json "$2" >/dev/null 2>&1 || true
  awk -F: '/Maximum resident set size/ {printf "%.0f\n", $2 / 1024}' "$t"
  rm -f "$t"
}
for heap in -Xmx256m -Xmx64m; do
  for archive in "$zip" "$zip2"; do
    rss=(); for _ in $(seq "$runs"); do rss+=("$(peak_rss "$heap" "$archive")"); done
    printf 'archive peak RSS %-8s %5d activities: median %s MB (runs: %s)\n' "$heap" \
      "$(( $(unzip -l "$archive" | tail -1 | awk '{print $2}') - 1 ))" "$(printf '%s\n' "${rss[@]}" | median)" "${rss[*]}"
  done
done
