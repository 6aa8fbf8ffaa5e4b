package org.restwise.core.advice;

/** Warning signs that call for stopping rather than pushing on. */
public enum RedFlag {
    DOMS_BEYOND_NORMAL("Soreness lasting far longer than is normal for you"),
    SHARP_PAIN_SWELLING_LIMPING("Sharp pain, swelling in one place or limping"),
    FATIGUE_IRRITABILITY_POOR_SLEEP("Fatigue with irritability and poor sleep"),
    RECOVERY_LEAVES_YOU_FLATTER("Recovery sessions that leave you flatter"),
    URGE_TO_EARN_RECOVERY("The urge to earn rest with extra activity");

    private final String plainWords;

    RedFlag(String plainWords) {
        this.plainWords = plainWords;
    }

    /** The flag in a runner's words, for when nothing narrower was reported. */
    public String plainWords() {
        return plainWords;
    }
}
