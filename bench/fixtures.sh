# Sourced by the bench scripts: sets $fixtures to the activity corpus, from RESTWISE_FIXTURES or
# the first shared/fixtures found above the repository (where CI and the sessions keep it).
fixtures="${RESTWISE_FIXTURES:-}"
if [ -z "$fixtures" ]; then
  dir="$root"
  while [ "$dir" != "/" ]; do
    [ -f "$dir/shared/fixtures/manifest.csv" ] && { fixtures="$dir/shared/fixtures"; break; }
    dir="$(dirname "$dir")"
  done
fi
[ -n "$fixtures" ] || { echo "bench: shared/fixtures not found; set RESTWISE_FIXTURES" >&2; exit 1; }
