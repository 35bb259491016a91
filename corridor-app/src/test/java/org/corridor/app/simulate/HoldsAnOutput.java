package org.corridor.app.simulate;

import java.nio.file.Path;

/**
 * A writer in another process, for {@link OutputDirectoryTest}: opens an output directory, prints the
 * path of its staging folder, and holds it open until its standard input closes or it is killed.
 */
public final class HoldsAnOutput {
    private HoldsAnOutput() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputDirectory out = OutputDirectory.open(Path.of(args[0]))) {
            System.out.println(out.path("").toAbsolutePath().normalize());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }
}
