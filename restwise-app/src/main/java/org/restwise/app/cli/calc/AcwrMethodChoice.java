package org.restwise.app.cli.calc;

import org.restwise.core.load.AcwrMethod;

/** The {@code --method} values of {@code calc acwr}, as a runner types them. */
public enum AcwrMethodChoice {
    UNCOUPLED(AcwrMethod.UNCOUPLED),
    COUPLED(AcwrMethod.COUPLED),
    EWMA(AcwrMethod.EWMA);

    private final AcwrMethod method;

    AcwrMethodChoice(AcwrMethod method) {
        this.method = method;
    }

    public AcwrMethod method() {
        return method;
    }

    /** The name used in the output, as typed: {@code uncoupled}, {@code coupled}, {@code ewma}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
