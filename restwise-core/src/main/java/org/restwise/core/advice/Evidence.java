package org.restwise.core.advice;

/** A published source behind a rule: how to cite it and where to find it. */
public record Evidence(String citation, String doi) {

    public String url() {
        return "https://doi.org/" + doi;
    }
}
