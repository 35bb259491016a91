package org.corridor.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.corridor.app.web.evidence.ValidationReports;
import org.corridor.evidence.Evidence;

/** The evidence page's report store for a test server: a fresh folder, no report yet. */
final class Reports {
    private Reports() {
    }

    static ValidationReports forTests() {
        try {
            return new ValidationReports(Files.createTempDirectory("corridor-evidence"), Evidence.embedded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
