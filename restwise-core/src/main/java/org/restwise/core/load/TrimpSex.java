package org.restwise.core.load;

/**
 * Banister's TRIMP weighting, which differs by sex because blood lactate rises differently with
 * heart-rate reserve: weight = a · e^(b · HRr). Coefficients from Banister 1991 (Modeling elite
 * athletic performance, in Physiological Testing of Elite Athletes) and Morton, Fitz-Clarke &amp;
 * Banister 1990, J Appl Physiol 69:1171–1177.
 */
public enum TrimpSex {
    MALE(0.64, 1.92),
    FEMALE(0.86, 1.67);

    private final double factor;
    private final double exponent;

    TrimpSex(double factor, double exponent) {
        this.factor = factor;
        this.exponent = exponent;
    }

    /** a in a · e^(b · HRr). */
    public double factor() {
        return factor;
    }

    /** b in a · e^(b · HRr). */
    public double exponent() {
        return exponent;
    }
}
