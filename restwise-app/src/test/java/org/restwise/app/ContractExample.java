package org.restwise.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The check-in example of DESIGN.md's advise contract, shared by the CLI and API contract tests. */
public final class ContractExample {

    private ContractExample() {
    }

    public static String text() {
        try (InputStream in = ContractExample.class.getResourceAsStream("/contract/advise-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
