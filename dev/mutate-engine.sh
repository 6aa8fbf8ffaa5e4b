#!/usr/bin/env bash
# Usage: dev/mutate-engine.sh   (about a minute per rule on a quiet machine; needs the build's
# dependencies in ~/.m2, e.g. after one mvn verify). Every line should read "caught by …".
# Breaks one engine rule at a time in a scratch copy and reports whether any core test fails.
set -u
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/restwise-mutate.XXXXXX")"
rm -rf "$work"; mkdir -p "$work"
cp -r "$src/pom.xml" "$src/restwise-core" "$work/"
rm -rf "$work/restwise-core/target"
# the parent pom lists all modules; build only core
A=$work/restwise-core/src/main/java/org/restwise/core/advice
run() {
  local name="$1" file="$2" from="$3" to="$4"
  cp "$A/$file" ""$work/mutant.bak""
  python3 - "$A/$file" "$from" "$to" <<'PY'
import sys
p,a,b=sys.argv[1:4]; s=open(p).read()
if a not in s: print("MUTATION NOT APPLIED", a); sys.exit(3)
open(p,'w').write(s.replace(a,b,1))
PY
  if [ $? -ne 0 ]; then echo "$name: NOT APPLIED"; cp "$work/mutant.bak" "$A/$file"; return; fi
  if (cd "$work" && mvn -B -ntp -o -q -f restwise-core/pom.xml test >"$work/mvn.log" 2>&1); then
    echo "$name: SURVIVED (no test failed)"
  else
    failed=$(grep -E "^\[ERROR\]   [A-Za-z]+Test\." "$work/mvn.log" | sed 's/^\[ERROR\]   //; s/[:(].*//' | sort -u | head -4 | tr '\n' ' ')
    echo "$name: caught by $failed"
  fi
  cp "$work/mutant.bak" "$A/$file"
}
run "swelling no longer a damage sign" Reading.java 'if (s.swelling()) {
            signs.add("swelling in one place");' 'if (false) {
            signs.add("swelling in one place");'
run "limping no longer a damage sign" Reading.java 'if (s.alteredGait()) {' 'if (false) {'
run "WORSENED no longer a damage sign" Reading.java 'if (tenMinuteTest() == TenMinuteTest.WORSENED) {' 'if (false) {'
run "under 4 h alone not sleep debt" AdviceThresholds.java 'SEVERE_SLEEP_LOSS_HOURS = 4.0' 'SEVERE_SLEEP_LOSS_HOURS = 0.0'
run "3 weeks alone not overreaching" AdviceThresholds.java 'OVERREACHING_WEEKS_ALONE = 3' 'OVERREACHING_WEEKS_ALONE = 99'
run "2 weeks + one sign not overreaching" OverreachingRule.java '&& !signs.isEmpty()' '&& signs.size() >= 2'
run "major soreness threshold 7 -> 11" AdviceThresholds.java 'MAJOR_SORENESS = 7' 'MAJOR_SORENESS = 11'
run "major soreness cap 30 -> 40" AdviceThresholds.java 'MAJOR_SORENESS_MAX_MINUTES = 30' 'MAJOR_SORENESS_MAX_MINUTES = 40'
run "clearance cap 75 -> 85 % of max" AdviceThresholds.java 'CLEARANCE_CAP_PERCENT_OF_MAX_HR = 75' 'CLEARANCE_CAP_PERCENT_OF_MAX_HR = 85'
run "clearance after an easy run too" DosePlanner.java '&& reading.lastSession().isHard()
                && athlete' '&& athlete'
run "urge gives TRAIN" UrgeToEarnRecoveryRule.java 'Finding.calling(Decision.MOVE,' 'Finding.calling(Decision.TRAIN,'
run "urge no longer short end" DosePlanner.java 'minutes = minutes.shortEnd();
            notes.add' 'notes.add'
run "recovery week ignored" RecoveryWeekRule.java 'if (!reading.inRecoveryWeek()) {' 'if (true) {'
run "recovery week keeps walking first" DosePlanner.java 'allowed.remove(Modality.WALK);' ''
run "priorities in rule order (food not first)" AdviceEngine.java 'return finding.scenario().map(PRIORITY_ORDER::indexOf).orElse(PRIORITY_ORDER.size());' 'return 0;'
run "ultra walking-only window 72 -> 48 h" AdviceThresholds.java 'ULTRA_WALKING_ONLY_HOURS = 72' 'ULTRA_WALKING_ONLY_HOURS = 48'
run "downhill no-jog window 72 -> 48 h" AdviceThresholds.java 'ECCENTRIC_NO_JOGGING_HOURS = 72' 'ECCENTRIC_NO_JOGGING_HOURS = 48'
run "ultra no-jog window 7 -> 5 days" AdviceThresholds.java 'ULTRA_NO_JOGGING_HOURS = 7 * 24' 'ULTRA_NO_JOGGING_HOURS = 5 * 24'
run "100-mile damage window 7 -> 5 days" AdviceThresholds.java 'HUNDRED_MILE_DAMAGE_HOURS = 7 * 24' 'HUNDRED_MILE_DAMAGE_HOURS = 5 * 24'
run "illness dropped behind an injury" Explanation.java '(f.atLeast().compareTo(Decision.REST) >= 0 || f.scenario().isPresent() || f.redFlag().isPresent())' '(f.redFlag().isPresent())'
run "plural wording for one sign" Wording.java 'return isPlural(subject) ? plural : singular;' 'return plural;'
run "CK unexplained" SevereMuscleDamageRule.java 'such as creatine kinase' 'such as CK'
run "short walks promised with no prescription" Explanation.java 'reasons.add("No recovery session is prescribed today, not even a walk for its own sake: everyday moving about is fine.");' 'reasons.add("No recovery session is prescribed today beyond short walks.");'
run "ten-minute test offered on REASSESS" Advice.java 'return decision == Decision.MOVE || decision == Decision.TRAIN;' 'return true;'
run "avoid lines not deduplicated" AdviceEngine.java 'cautions.forEach(c -> once.putIfAbsent(c.key(), c.text()));' 'cautions.forEach(c -> once.putIfAbsent(c.text(), c.text()));'
run "short dose followed by ten minutes" Explanation.java 'if (prescription.minutes().max() <= AdviceThresholds.SHORT_DOSE_MINUTES.max()) {' 'if (false) {'
run "illness cites Barnett" IllnessRule.java '.citing(SCHWELLNUS_2016)' '.citing(Reference.BARNETT_2006)'
# the body readout (issue 13): only ever more careful
run "HRV below 3 days no longer rest" AdviceThresholds.java 'HRV_DAYS_BELOW_FOR_REST = 3' 'HRV_DAYS_BELOW_FOR_REST = 99'
run "a raised resting pulse ignored" RestingHeartRateRule.java 'if (high.isEmpty()) {' 'if (true) {'
run "a short night for you allows TRAIN" ShortSleepForYouRule.java 'Finding.calling(Decision.MOVE, seen' 'Finding.calling(Decision.TRAIN, seen'
run "the same night counted twice" Reading.java 'signs.remove(sleepDescription());' ''
run "a low jump leaves jogging in" Reading.java ' || body().legsLostSpring().isPresent()' ''
run "high HRV after a long run read as readiness" HighHrvAfterLongEffortRule.java 'raceDamageRests ? Decision.REST : Decision.MOVE' 'raceDamageRests ? Decision.REST : Decision.TRAIN'
run "HRV normal range ±1 SD" ../body/normal/HrvBaseline.java 'NORMAL_HALF_WIDTH_SD = 0.5' 'NORMAL_HALF_WIDTH_SD = 1.0'
run "a 7-day mean from 2 readings" ../body/normal/HrvBaseline.java 'MIN_WEEK_READINGS = 3' 'MIN_WEEK_READINGS = 2'
