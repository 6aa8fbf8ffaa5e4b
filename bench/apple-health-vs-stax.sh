#!/usr/bin/env bash
# Apple Health export.xml throughput: AppleHealthReader (DOCTYPE gate, hardened StAX, our own
# decoding, days gathered) against a plain StAX pass that only counts Record elements, over the same
# ~1 GB file in the same run, each in its own JVM with -Xmx256m. The file is built in a temporary
# folder from the real records of the shared corpus's iOS 9 export (each copy moved on by a day, so
# the days grow as in a real export), behind a DOCTYPE with an internal subset as modern exports
# have, and removed afterwards. Prints each reader's median MB/s over RUNS runs, the ratio and the
# peak RSS (/usr/bin/time -v), then one run of our reader with a 32 MB heap. Not part of the test suite.
# Usage: bench/apple-health-vs-stax.sh [RUNS] [MEGABYTES]   (default 3 runs, 1024 MB; needs Java 17,
# Maven, python3, GNU time and shared/wellness)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
runs="${1:-3}"
megabytes="${2:-1024}"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 1; }
python=/usr/bin/python3

wellness="${RESTWISE_WELLNESS_FIXTURES:-}"
if [ -z "$wellness" ]; then
  dir="$root"
  while [ "$dir" != "/" ]; do
    [ -f "$dir/shared/wellness/manifest.csv" ] && { wellness="$dir/shared/wellness"; break; }
    dir="$(dirname "$dir")"
  done
fi
[ -n "$wellness" ] || { echo "bench: shared/wellness not found; set RESTWISE_WELLNESS_FIXTURES" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/restwise-apple.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Compiled classes and the test classpath, from the reactor (nothing is installed).
mvn -q -B -pl restwise-formats -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="$root/restwise-formats/target/test-classes:$root/restwise-formats/target/classes:$root/restwise-core/target/classes:$(cat "$work/cp.txt")"

export_xml="$work/export.xml"
"$python" - "$wellness/apple-health-xml/ericwolter--apple-healthkit-csv--export.xml" "$export_xml" "$megabytes" <<'PY'
import re, sys, datetime
src, dest, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, encoding="utf-8").read()
records = "".join(line + "\n" for line in text.splitlines() if line.lstrip().startswith("<Record "))
head = text[:text.index("<Record ")]
doctype = ('<!DOCTYPE HealthData [\n<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout)*)>\n'
           '<!ATTLIST HealthData locale CDATA #REQUIRED>\n<!ELEMENT Record ((MetadataEntry)*)>\n'
           '<!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED '
           'startDate CDATA #REQUIRED endDate CDATA #REQUIRED>\n]>\n')
head = head.replace("?>\n", "?>\n" + doctype, 1)
# Dates as iOS 9 wrote them, yyyyMMddHHmmss+zzzz: each copy moves the day part on by one.
stamp = re.compile(r'Date="(\d{8})(\d{6}[+-]\d{4})"')
parts = stamp.split(records)          # text, day, rest, text, day, rest, ...
days = [datetime.date(int(d[:4]), int(d[4:6]), int(d[6:8])) for d in parts[1::3]]
target = megabytes * 1024 * 1024
size, copy = len(head), 0
with open(dest, "w", encoding="utf-8", buffering=1 << 22) as out:
    out.write(head)
    memo = {}
    while size < target:
        shift = datetime.timedelta(days=copy)
        chunk = []
        for i in range(0, len(parts) - 1, 3):
            day = days[i // 3] + shift
            key = memo.get(day)
            if key is None:
                key = memo[day] = day.strftime("%Y%m%d")
            chunk.append(parts[i]); chunk.append('Date="'); chunk.append(key); chunk.append(parts[i + 2]); chunk.append('"')
        chunk.append(parts[-1])
        block = "".join(chunk)
        out.write(block)
        size += len(block)
        copy += 1
    out.write("</HealthData>\n")
print(f"built export.xml: {size / 1048576:.0f} MB, {copy} copies of {records.count('<Record ')} real records")
PY

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# One run: "seconds count rss_mb" for a mode.
run_once() {
  local mode="$1" timing line
  timing="$work/time.txt"
  line="$(/usr/bin/time -v -o "$timing" java -Xmx256m -cp "$cp" org.restwise.formats.wellness.AppleHealthBench "$mode" "$export_xml")"
  local rss
  rss="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$timing")"
  echo "$(echo "$line" | awk '{print $3, $4}') $rss"
}

# Alternate the two, so that a busy neighbour slows both alike.
bytes="$(stat -c %s "$export_xml")"
: >"$work/restwise.txt"; : >"$work/stax.txt"
for ((i = 1; i <= runs; i++)); do
  run_once restwise >>"$work/restwise.txt"
  run_once stax >>"$work/stax.txt"
done

report() {
  local mode="$1" file="$work/$1.txt" seconds mbps rss count
  seconds="$(awk '{print $1}' "$file" | median)"
  rss="$(awk '{print $3}' "$file" | sort -n | tail -1)"
  count="$(awk 'NR == 1 {print $2}' "$file")"
  mbps="$(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.1f", b / 1048576 / s}')"
  printf '%-9s %8.1f MB/s  median %6.2f s  peak RSS %4d MB  (%s %s)\n' "$mode" "$mbps" "$seconds" "$rss" "$count" \
    "$([ "$mode" = restwise ] && echo days || echo records)"
  echo "$mbps" >"$work/$mode.mbps"
}
echo "file: $(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1048576}') MB, $runs runs each, -Xmx256m"
report restwise
report stax
awk -v r="$(cat "$work/restwise.mbps")" -v s="$(cat "$work/stax.mbps")" \
  'BEGIN {printf "ratio     restwise / plain StAX = %.2f\n", r / s}'

# The heap above is only what the JVM chose to use; the reader needs far less, since it keeps days,
# not records. One more run with a 32 MB heap shows it.
small="$(/usr/bin/time -v -o "$work/time.txt" java -Xmx32m -cp "$cp" org.restwise.formats.wellness.AppleHealthBench restwise "$export_xml")"
printf 'restwise with -Xmx32m: %s days in %s s, peak RSS %s MB\n' "$(echo "$small" | awk '{print $4}')" \
  "$(echo "$small" | awk '{print $3}')" "$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")"
