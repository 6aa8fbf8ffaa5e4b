package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void helpNamesThePortAndHostWithTheirDefaults() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port", "7070", "--host", "127.0.0.1");
    }

    @Test
    void aPortOutOfRangeIsRefusedWithoutStarting() {
        CliRun run = CliRun.of("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("restwise: --port must be between 0 and 65535, got 70000\n");
    }

    @Test
    void serveIsListedAmongTheCommands() {
        assertThat(CliRun.of("--help").out()).contains("serve");
    }
}
