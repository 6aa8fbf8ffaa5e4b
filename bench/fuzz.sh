#!/usr/bin/env bash
# Fuzzes every Jazzer target for a fixed time each (JAZZER_FUZZ=1, JAZZER_MAX_DURATION), one Maven
# run per target because Jazzer fuzzes one target per JVM. A finding fails that target: Jazzer
# writes the input beside the seeds (src/test/resources/.../<Test>Inputs/<method>/crash-<sha1>),
# where plain `mvn test` replays it from then on; rename it after the bug and commit it with the fix.
# Maven copies the inputs to target/test-classes and never deletes one there: after renaming or
# moving a finding, build with `mvn clean …`, or the stale copy is still replayed.
# The working corpus stays in <module>/.cifuzz-corpus (ignored by git), so later runs go on from it.
# Prints, per target, the runs libFuzzer made and the outcome; exits 1 when any target found something.
# Usage: bench/fuzz.sh [SECONDS_PER_TARGET]   (default 20: 9 targets, about 7 minutes with Maven's start)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-20}"
targets=(
  "restwise-formats GpxFuzzTest#gpxReaderOnlyFailsWithAReason"
  "restwise-formats GpxFuzzTest#fastPathReadsWhatTheFullParserReads"
  "restwise-formats TcxFuzzTest#tcxReaderOnlyFailsWithAReason"
  "restwise-formats FitFuzzTest#fitReaderOnlyFailsWithAReason"
  "restwise-formats ArchiveFuzzTest#anyStreamOnlyFailsWithAReason"
  "restwise-formats ArchiveFuzzTest#anyZipReadsEntryByEntryOrFailsWithAReason"
  "restwise-formats WellnessFuzzTest#anyBytesAreReadOrRefusedInOneSentence"
  "restwise-app JsonFuzzTest#checkInParserOnlyRefusesWithAFieldAndAReason"
  "restwise-app JsonFuzzTest#sessionParserOnlyRefusesWithAFieldAndAReason"
)
logs="$(mktemp -d "${TMPDIR:-/tmp}/restwise-fuzz.XXXXXX")"
# Compile once; each target's run then only checks that nothing changed.
mvn -B -ntp -q -pl restwise-app -am test-compile >"$logs/compile.log" 2>&1 \
  || { echo "fuzz: the build failed, see $logs/compile.log" >&2; exit 1; }
failed=0
printf '%-62s %10s  %s\n' target runs outcome
for entry in "${targets[@]}"; do
  read -r module target <<<"$entry"
  log="$logs/${target//#/-}.log"
  if JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" mvn -B -ntp -o -pl "$module" -am test \
       -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    outcome="nothing found"
  else
    outcome="FOUND: $(grep -m1 -o 'Test unit written to .*' "$log" || grep -m1 'FuzzTestFinding\|ERROR\]' "$log")"
    failed=1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 | awk '{print $2}')
  printf '%-62s %10s  %s\n' "$module $target" "${runs:-?}" "$outcome"
done
echo "logs: $logs"
exit "$failed"
