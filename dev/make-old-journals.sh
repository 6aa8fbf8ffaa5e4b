#!/usr/bin/env bash
# Writes the journals of older releases that restwise-store's OlderJournalMigrationTest opens, with
# those releases' own command lines (not hand-written SQL), so the test meets what a runner's disk
# or server really holds.
#   dev/make-old-journals.sh PG_BASE_URL      e.g. 'jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres'
# It builds each release in a detached worktree beside this checkout, then writes into
# restwise-store/src/test/resources/journals/: vN.sqlite.db and vN.postgresql.sql (pg_dump --inserts).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
pg_base="${1:?give a PostgreSQL URL whose server may create databases}"
out="$root/restwise-store/src/test/resources/journals"
fixtures="$(cd "$root/.." && pwd)/shared/fixtures"
mkdir -p "$out"
work="$(mktemp -d /tmp/restwise-old-journals.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# Releases by the newest journal migration they carry: the commit each stop landed with.
declare -A releases=([v3]=0a347cb [v5]=46584de)

pg_host=$(sed -E 's|jdbc:postgresql://([^:/]+):?([0-9]*)/.*|\1|' <<<"$pg_base")
pg_port=$(sed -E 's|jdbc:postgresql://[^:/]+:?([0-9]*)/.*|\1|' <<<"$pg_base"); pg_port=${pg_port:-5432}
pg_user=$(sed -nE 's|.*[?&]user=([^&]+).*|\1|p' <<<"$pg_base"); pg_user=${pg_user:-postgres}

fill() { # release-dir db-url: one runner's October 2026, through that release's commands
  local rw="$1/restwise" db="$2" day
  "$rw" profile set --db "$db" --name "Test Runner" --max-hr 186 --resting-hr 48 --threshold-hr 172 --units metric >/dev/null
  for day in 01 02 03 04 06 08 10 12 14 16; do
    local signals='"soreness":3'
    case $day in
      02) signals='"soreness":6,"heavyLegs":true,"stiffness":true' ;;
      04) signals='"soreness":2,"ill":true' ;;
      08) signals='"soreness":5,"sharpPain":true,"oneSidedPain":true' ;;
      12) signals='"soreness":4,"sleepHours":4.5,"lowMood":true,"irritability":true' ;;
    esac
    echo "{\"signals\":{$signals}}" > "$work/checkin.json"
    "$rw" check-in --db "$db" --date "2026-10-$day" --json "$work/checkin.json" >/dev/null
  done
  local s
  for s in \
    '{"date":"2026-10-01","start":"2026-10-01T07:00","type":"EASY","minutes":45,"rpe":3,"distanceKm":8}' \
    '{"date":"2026-10-03","start":"2026-10-03T07:30","type":"LONG_RUN","minutes":140,"rpe":6,"distanceKm":24,"ascentM":300,"descentM":300}' \
    '{"date":"2026-10-05","type":"RECOVERY","minutes":30,"rpe":2,"recovery":{"modality":"CYCLE","loosenedWithinTenMinutes":true,"leftFlatter":false}}' \
    '{"date":"2026-10-07","start":"2026-10-07T18:00","type":"INTERVALS","minutes":60,"rpe":8,"distanceKm":11}' \
    '{"date":"2026-10-09","start":"2026-10-09T08:00","type":"MOUNTAIN_RUN","minutes":180,"rpe":7,"distanceKm":22,"ascentM":1500,"descentM":1480}' \
    '{"date":"2026-10-11","type":"EASY","minutes":40,"rpe":3}' \
    '{"date":"2026-10-13","type":"RECOVERY","minutes":25,"recovery":{"modality":"WALK"}}' \
    '{"date":"2026-10-15","start":"2026-10-15T06:45","type":"HARD_WORKOUT","minutes":50,"rpe":7,"distanceKm":10}'; do
    echo "$s" > "$work/session.json"
    "$rw" log --db "$db" --json "$work/session.json" >/dev/null
  done
  # Permissively licensed fixtures only (Apache-2.0, BSD-2-Clause, MIT): see ../shared/fixtures/README.md.
  "$rw" import --db "$db" "$fixtures/gpx/gpxpy--korita-zbevnica.gpx" "$fixtures/tcx/tcxparser--test.tcx" \
    "$fixtures/fit/fitparse--activity-small-fenix2-run.fit" >/dev/null
}

for version in "${!releases[@]}"; do
  commit=${releases[$version]}
  tree="$work/release-$version"
  git worktree add -q --detach "$tree" "$commit"
  (cd "$tree" && mvn -q -B -ntp -DskipTests package >/dev/null)
  rm -f "$out/$version.sqlite.db"
  fill "$tree" "jdbc:sqlite:$out/$version.sqlite.db"
  sqlite3 "$out/$version.sqlite.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null 2>&1 || true
  rm -f "$out/$version.sqlite.db-wal" "$out/$version.sqlite.db-shm"
  dbname="restwise_old_$version"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "DROP DATABASE IF EXISTS $dbname" -c "CREATE DATABASE $dbname" >/dev/null
  pg_url=$(sed -E "s|(jdbc:postgresql://[^/]+/)[^?]*|\1$dbname|" <<<"$pg_base")
  fill "$tree" "$pg_url"
  # Plain INSERTs a JDBC test can replay into any schema: no owners, grants, comments or search_path.
  pg_dump -h "$pg_host" -p "$pg_port" -U "$pg_user" --inserts --no-owner --no-privileges --no-comments "$dbname" \
    | grep -v -E "^(\\\\|SELECT pg_catalog.set_config\('search_path')" \
    | sed -E 's/\bpublic\.//g' > "$out/$version.postgresql.sql"
  psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -qc "DROP DATABASE $dbname" >/dev/null
  git worktree remove --force "$tree"
  echo "$version ($commit): $out/$version.sqlite.db, $out/$version.postgresql.sql"
done
