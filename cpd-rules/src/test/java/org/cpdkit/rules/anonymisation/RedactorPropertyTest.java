package org.cpdkit.rules.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Over seeded generated texts: every planted identifier is found, and redacted output scans clean. */
class RedactorPropertyTest {
    private static final long BASE_SEED = 20261123L;
    private static final int RUNS = 500;

    @Test
    void redactedOutputScansCleanAndPlantedIdentifiersAreFound() {
        IdentifierScanner scanner = IdentifierScanner.standard();
        Redactor redactor = Redactor.of(scanner);
        for (int i = 0; i < RUNS; i++) {
            long seed = BASE_SEED + i;
            TextGenerator.Text t = TextGenerator.generate(seed);
            List<IdentifierFinding> found = scanner.scan(t.text());
            for (TextGenerator.Planted p : t.planted()) {
                assertThat(found).as("seed %d: planted %s at %d..%d found", seed, p.kind(), p.start(), p.end())
                        .anyMatch(f -> f.kind() == p.kind() && f.start() < p.end() && p.start() < f.end());
            }
            String redacted = redactor.redact(t.text());
            assertThat(scanner.scan(redacted)).as("seed %d: findings in redacted output", seed).isEmpty();
        }
    }
}
