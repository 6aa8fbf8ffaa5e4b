package org.restwise.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restwise.core.advice.GeneratedCheckIns.forEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.restwise.core.checkin.CheckIn;

/**
 * Every text the engine can produce, read over thousands of generated check-ins (half of them with
 * a body readout) against rules a reader would state: the words never promise what the decision does
 * not hold, never drop what it saw, and agree with themselves.
 */
class ExplanationConsistencyTest {

    private static final int CASES = 8_000;
    private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

    private final AdviceEngine engine = new AdviceEngine();

    /** What each scenario's follow-up speaks of, so a day's next step never ignores what decided it. */
    private static final Map<Scenario, String> FOLLOW_UP_WORD = Map.of(
            Scenario.LOW_FUEL, "eat",
            Scenario.SLEEP_DEBT, "sleep",
            Scenario.SEVERE_MUSCLE_DAMAGE, "race",
            Scenario.OVERREACHING, "fatigue",
            Scenario.PRE_SLEEP_DOWNSHIFT, "bed",
            Scenario.SHOCK_MICROCYCLE, "block",
            Scenario.ACUTE_INJURY, "physiotherapist");

    @Test
    void aDecisionWithoutAPrescriptionNeverMentionsADose() {
        check((checkIn, advice) -> {
            if (advice.prescription().isEmpty()) {
                reached("no prescription");
                assertThat(allText(advice).toLowerCase(Locale.ROOT))
                        .doesNotContain("short walks").doesNotContain("the dose").doesNotContain("minutes prescribed")
                        .doesNotContain("carry on to");
            }
        });
    }

    @Test
    void aRestDayPrescribingNothingSaysSo() {
        check((checkIn, advice) -> {
            if (advice.decision() == Decision.REST && advice.prescription().isEmpty()
                    && advice.reasons().stream().noneMatch(r -> r.contains("minutes away"))) {
                reached("rest, nothing prescribed");
                assertThat(advice.reasons()).anyMatch(r -> r.startsWith("No recovery session is prescribed"));
            }
        });
    }

    @Test
    void aFollowUpNeverIgnoresADecidingScenario() {
        check((checkIn, advice) -> {
            if (advice.decision().compareTo(Decision.REST) >= 0) {
                for (Scenario scenario : advice.scenarios()) {
                    if (decides(scenario, advice)) {
                        reached("follow-up for " + scenario);
                        assertThat(advice.followUp().toLowerCase(Locale.ROOT)).as(scenario.name()).contains(FOLLOW_UP_WORD.get(scenario));
                    }
                }
            }
        });
    }

    @Test
    void anIllnessIsNeverLeftOutOfTheWords() {
        check((checkIn, advice) -> {
            if (checkIn.signals().ill()) {
                reached("ill, " + advice.decision());
                assertThat(advice.followUp()).containsIgnoringCase("ill").contains("symptoms");
                assertThat(advice.reasons()).anyMatch(r -> r.contains("ill"));
            }
        });
    }

    @Test
    void everyScenarioAndRedFlagSeenIsExplained() {
        check((checkIn, advice) -> {
            String reasons = String.join(" ", advice.reasons()).toLowerCase(Locale.ROOT);
            if (!advice.redFlags().isEmpty() || !advice.scenarios().isEmpty()) {
                reached("named something");
            }
            advice.redFlags().forEach(flag -> assertThat(advice.redFlagLabel(flag)).isNotBlank().doesNotContain("_"));
            assertThat(advice.reasons()).hasSizeGreaterThanOrEqualTo(advice.scenarios().size());
            if (advice.scenarios().contains(Scenario.SLEEP_DEBT)) {
                assertThat(reasons).contains("sleep debt");
            }
            if (advice.redFlags().contains(RedFlag.URGE_TO_EARN_RECOVERY)) {
                assertThat(reasons).contains("earn");
            }
        });
    }

    @Test
    void aShortDoseIsNeverFollowedByTenMinutesOfTesting() {
        check((checkIn, advice) -> advice.prescription().filter(p -> p.minutes().max() <= 10).ifPresent(p -> {
            reached("short dose");
            assertThat(advice.followUp()).doesNotContain("ten very easy minutes");
        }));
    }

    @Test
    void theUrgeToEarnRecoveryOnAMoveDayExplainsTheShortEnd() {
        check((checkIn, advice) -> {
            if (advice.decision() == Decision.MOVE && checkIn.signals().urgeToEarnRecovery()) {
                reached("urge, move");
                assertThat(advice.reasons()).anyMatch(r -> r.contains("short end"));
            }
        });
    }

    @Test
    void restOrReassessNeverArguesForMovement() {
        check((checkIn, advice) -> {
            if (advice.decision().compareTo(Decision.REST) >= 0) {
                reached("rest or reassess");
                assertThat(advice.reasons()).noneMatch(r -> r.contains("Easy movement keeps the muscle pump"));
                assertThat(advice.avoid()).noneMatch(a -> a.startsWith("Going past"));
            }
        });
    }

    @Test
    void aRecoveryWeekIsAlwaysSaid() {
        check((checkIn, advice) -> {
            if (checkIn.context().trainingBlock().map(b -> b.name().equals("RECOVERY_WEEK")).orElse(false)) {
                reached("recovery week, " + advice.decision());
                assertThat(advice.reasons()).anyMatch(r -> r.contains("recovery week"));
            }
        });
    }

    @Test
    void noTwoThingsToAvoidSayTheSameThing() {
        check((checkIn, advice) -> {
            assertThat(advice.avoid()).doesNotHaveDuplicates();
            assertThat(advice.avoid()).filteredOn(a -> a.toLowerCase(Locale.ROOT).contains("jog")).hasSizeLessThanOrEqualTo(1);
            assertThat(advice.avoid()).filteredOn(a -> a.contains("productive")).hasSizeLessThanOrEqualTo(1);
            if (advice.reasons().stream().anyMatch(r -> r.contains("minutes away"))) {
                reached("between bouts");
                assertThat(String.join(" ", advice.avoid())).doesNotContain("rest day");
            }
        });
    }

    /** "Soreness at 6/10 would on its own…", never "…on their own… they are" for one sign, nor the reverse. */
    @Test
    void verbsAgreeWithTheSignsTheySpeakOf() {
        Pattern flowSentence = Pattern.compile("^(.+?) would on (its|their) own call for easy movement, but (it is|they are) not");
        check((checkIn, advice) -> advice.reasons().forEach(reason -> {
            Matcher m = flowSentence.matcher(reason);
            if (m.find()) {
                String subject = m.group(1).toLowerCase(Locale.ROOT);
                boolean plural = subject.contains(" and ") || subject.contains(",") || subject.endsWith("legs");
                reached(plural ? "plural flow sentence" : "singular flow sentence");
                assertThat(m.group(2)).isEqualTo(plural ? "their" : "its");
                assertThat(m.group(3)).isEqualTo(plural ? "they are" : "it is");
            }
        }));
    }

    @Test
    void everyAbbreviationIsSpelledOut() {
        Pattern abbreviation = Pattern.compile("\\b[A-Z]{2,}\\b");
        check((checkIn, advice) -> {
            Matcher m = abbreviation.matcher(allText(advice));
            while (m.find()) {
                assertThat(allText(advice)).as("abbreviation " + m.group()).contains("(" + m.group() + ")");
            }
        });
    }

    @Test
    void noTextShowsAProgrammersName() {
        check((checkIn, advice) -> assertThat(allText(advice))
                .doesNotContain("_").doesNotContain("null").doesNotContain("Optional").doesNotContain("  "));
    }

    @AfterAll
    static void everyRuleWasReached() {
        System.out.println("Explanation rules reached: " + new java.util.TreeMap<>(REACHED));
        for (String name : List.of("no prescription", "rest, nothing prescribed", "ill, REST", "ill, REASSESS",
                "short dose", "urge, move", "rest or reassess", "recovery week, TRAIN", "recovery week, MOVE",
                "recovery week, REST", "between bouts", "plural flow sentence", "singular flow sentence",
                "follow-up for LOW_FUEL", "follow-up for SLEEP_DEBT", "follow-up for SEVERE_MUSCLE_DAMAGE",
                "follow-up for OVERREACHING", "follow-up for PRE_SLEEP_DOWNSHIFT", "follow-up for SHOCK_MICROCYCLE",
                "follow-up for ACUTE_INJURY")) {
            if (REACHED.containsKey("__ran")) {
                assertThat(REACHED.getOrDefault(name, new AtomicInteger()).get()).as("cases reaching \"" + name + "\"")
                        .isGreaterThanOrEqualTo(20);
            }
        }
    }

    /** Whether {@code scenario} is one the day's decision rests on (not one outranked by damage). */
    private static boolean decides(Scenario scenario, Advice advice) {
        return scenario == Scenario.ACUTE_INJURY ? advice.decision() == Decision.REASSESS : advice.decision() == Decision.REST;
    }

    private interface AdviceProperty {
        void check(CheckIn checkIn, Advice advice);
    }

    private void check(AdviceProperty property) {
        REACHED.computeIfAbsent("__ran", k -> new AtomicInteger()).incrementAndGet();
        forEach(CASES, (r, c) -> r.nextBoolean() ? c.withBody(GeneratedBodies.random(r, c.date())) : c,
                checkIn -> property.check(checkIn, engine.advise(checkIn)));
    }

    private static void reached(String name) {
        REACHED.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String allText(Advice advice) {
        List<String> texts = new ArrayList<>(advice.reasons());
        texts.addAll(advice.avoid());
        texts.add(advice.followUp());
        return String.join(" | ", texts);
    }

}
