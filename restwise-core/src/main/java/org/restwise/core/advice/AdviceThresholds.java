package org.restwise.core.advice;

/**
 * Every number the engine decides with, in one place, with where it comes from. "Article" is the
 * domain source (spec/recovery-article.txt); "contract" is DESIGN.md, which settles what the article
 * leaves open; "ours" marks a default of our own, chosen conservatively and documented in the README;
 * "literature" names the paper. How a body signal is read against the runner's own normal (windows,
 * minimum days, margins) lives with its method in {@code org.restwise.core.body.normal}; what the
 * engine then does with a verdict is decided here.
 */
public final class AdviceThresholds {

    private AdviceThresholds() {
    }

    // --- reading the signals -------------------------------------------------------------------

    /** Soreness (0–10) from which sore legs count as a flow problem; below it, soreness is noise. Ours. */
    public static final int SORENESS_FLOW_SIGN = 3;

    /** Nights that were too short, from which sleep counts as poor. Contract. */
    public static final int SHORT_NIGHTS_FOR_POOR_SLEEP = 2;

    /** Hours slept last night under which sleep counts as poor. Contract. */
    public static final double POOR_SLEEP_HOURS = 6.0;

    /** Hours slept last night under which, with systemic signs, sleep debt is named. Contract. */
    public static final double SLEEP_DEBT_HOURS = 5.0;

    /** Hours slept last night under which sleep debt is named on its own: no token session replaces it. Contract. */
    public static final double SEVERE_SLEEP_LOSS_HOURS = 4.0;

    /**
     * Soreness (0–10) from which the muscles count as majorly damaged for dosing: no easy jogging,
     * and a shorter session. Contract (the article: jogging is the worst first choice after major
     * muscle damage).
     */
    public static final int MAJOR_SORENESS = 7;

    /** Systemic signs (flat mood, hunger, expensive effort, …) that together name a tired system. Ours. */
    public static final int SYSTEMIC_SIGNS_FOR_FATIGUE = 2;

    // --- scenarios and red flags ---------------------------------------------------------------

    /** Weeks of persistent fatigue that are overreaching on their own: deep under-recovery. Contract. */
    public static final int OVERREACHING_WEEKS_ALONE = 3;

    /** Weeks of persistent fatigue that are overreaching with one sign of a strained system. Contract. */
    public static final int OVERREACHING_WEEKS_WITH_A_SIGN = 2;

    /** Soreness lasting this many times the runner's usual days is beyond normal. Contract. */
    public static final int DOMS_BEYOND_NORMAL_FACTOR = 2;

    /**
     * Days soreness usually lasts, when the runner has not told us. Ours: soreness after hard
     * sessions typically peaks at one to three days; three keeps the red flag from firing early.
     */
    public static final int DEFAULT_USUAL_DOMS_DAYS = 3;

    /** Of the last three recovery sessions, how many leaving the runner flatter raise the flag. Contract. */
    public static final int RECOVERY_SESSIONS_LEFT_FLATTER = 2;

    // --- timing --------------------------------------------------------------------------------

    /** Next maximal bout sooner than this (hours, i.e. 15 minutes): rest passively between bouts. Contract. */
    public static final double PASSIVE_REST_BETWEEN_BOUTS_HOURS = 0.25;

    /** Next hard effort sooner than this (hours): a short-turnaround setting, 6–10 minutes. Ours. */
    public static final double SHORT_TURNAROUND_HOURS = 12;

    /** Last session ended at most this long ago (hours): "right after a session". Ours. */
    public static final double IMMEDIATELY_AFTER_SESSION_HOURS = 1;

    /** After any ultra: rest with short walks only for this long (hours). Article, contract. */
    public static final double ULTRA_WALKING_ONLY_HOURS = 72;

    /**
     * After a 100-mile race severe muscle damage is named for this long (hours): muscle-damage
     * markers stay raised for five days and more after 100-milers. Contract.
     */
    public static final double HUNDRED_MILE_DAMAGE_HOURS = 7 * 24;

    /** After any ultra, no easy jogging for this long (hours). Contract. */
    public static final double ULTRA_NO_JOGGING_HOURS = 7 * 24;

    /** After a mountain or downhill-heavy session, no easy jogging for this long (hours). Ours. */
    public static final double ECCENTRIC_NO_JOGGING_HOURS = 72;

    // --- the dose ------------------------------------------------------------------------------

    /** Short-turnaround or right-after-session dose, minutes. Article. */
    public static final IntRange SHORT_DOSE_MINUTES = new IntRange(6, 10);

    /** Dedicated next-day recovery session, minutes. Article. */
    public static final IntRange NEXT_DAY_DOSE_MINUTES = new IntRange(20, 40);

    /** Next-day dose after downhill-heavy work or in the week after an ultra, minutes. Ours. */
    public static final IntRange CONSERVATIVE_DOSE_MINUTES = new IntRange(20, 30);

    /** Short walks in the first 72 h after an ultra, minutes. Ours. */
    public static final IntRange EARLY_POST_ULTRA_WALK_MINUTES = new IntRange(10, 20);

    /** Walks later in the week after a 100-mile race, minutes. Ours. */
    public static final IntRange LATE_POST_ULTRA_WALK_MINUTES = new IntRange(15, 30);

    /** The longest recovery session we ever prescribe, minutes. Article. */
    public static final int MAX_DOSE_MINUTES = 40;

    /** The longest session when soreness is {@link #MAJOR_SORENESS} or more, minutes. Contract. */
    public static final int MAJOR_SORENESS_MAX_MINUTES = 30;

    // Heart-rate shares are whole percentages so that 70 % of 185 is exactly 129.5 and rounds to
    // 130 as a runner would by hand; 0.7 × 185 in binary floating point can land a hair below.

    /** Easy recovery intensity as percentages of maximum heart rate. Article. */
    public static final int EASY_MIN_PERCENT_OF_MAX_HR = 50;
    public static final int EASY_MAX_PERCENT_OF_MAX_HR = 70;

    /** Gentle walking, highest percentage of maximum heart rate. Ours. */
    public static final int WALK_MAX_PERCENT_OF_MAX_HR = 60;

    /**
     * Clearance intensity right after a session, as percentages of threshold heart rate: around 80 %
     * of lactate threshold clears lactate fastest (the studies used speed or workload; heart rate is
     * our conservative stand-in). Article, contract.
     */
    public static final int CLEARANCE_MIN_PERCENT_OF_THRESHOLD_HR = 75;
    public static final int CLEARANCE_MAX_PERCENT_OF_THRESHOLD_HR = 85;

    /** The clearance target never goes above this share of maximum heart rate: it stays easy. Contract. */
    public static final int CLEARANCE_CAP_PERCENT_OF_MAX_HR = 75;

    /** Conversational effort, RPE out of 10. Article. */
    public static final IntRange EASY_RPE = new IntRange(3, 4);

    /** Gentle walking effort, RPE out of 10. Ours. */
    public static final IntRange WALK_RPE = new IntRange(2, 3);

    // --- the body readout (only ever more careful) ---------------------------------------------

    /**
     * Days in a row the 7-day HRV has been below the runner's normal range from which it calls for
     * rest on its own; fewer days keep the day easy (no TRAIN) unless another sign of strain joins.
     * Ours: "several days" below the range is how HRV4Training reads accumulated stress, and in
     * Plews et al. 2012 (doi:10.1007/s00421-012-2354-4) the 7-day mean fell over weeks before the
     * overreached athlete's race; one or two days can still be noise.
     */
    public static final int HRV_DAYS_BELOW_FOR_REST = 3;

    /**
     * Systemic signs, counting the check-in's and the body readout's together, from which a body
     * sign calls for rest: as many as name a tired system from the check-in alone
     * ({@link #SYSTEMIC_SIGNS_FOR_FATIGUE}). Ours.
     */
    public static final int SYSTEMIC_SIGNS_WITH_A_BODY_SIGN_FOR_REST = SYSTEMIC_SIGNS_FOR_FATIGUE;

    /**
     * After any ultra, an HRV above the runner's normal range is not read as readiness for this long
     * (hours). Ours, after Le Meur et al. 2013 (doi:10.1249/MSS.0b013e3182980125: HRV rose in
     * functionally overreached triathletes) and Plews et al. 2013 (doi:10.1007/s40279-013-0071-8:
     * HRV saturation under heavy load): a high HRV can be the system saturated, not recovered.
     */
    public static final double HIGH_HRV_NOT_READINESS_AFTER_ULTRA_HOURS = 7 * 24;

    /** The same after a long run, hours. Ours, as above. */
    public static final double HIGH_HRV_NOT_READINESS_AFTER_LONG_RUN_HOURS = 48;
}
