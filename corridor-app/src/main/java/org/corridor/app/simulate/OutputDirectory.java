package org.corridor.app.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output directory that appears complete or not at all: everything is written into a hidden
 * sibling, which is renamed to the destination only when it is finished. An error on the way removes
 * the sibling and leaves the destination as it was.
 */
public final class OutputDirectory implements AutoCloseable {
    private static final String STAGING = ".partial-";

    private final Path destination;
    private final Path staging;
    private boolean committed;

    private OutputDirectory(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /** Checks the destination can be written (it must not exist, or be an empty directory) and opens the staging area. */
    public static OutputDirectory open(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && isEmpty(absolute))) {
            throw new FileAlreadyExistsException(destination.toString(), null, "exists and is not an empty directory; choose a new --out");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException(destination + ": its parent directory does not exist");
        }
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + STAGING);
        return new OutputDirectory(absolute, staging);
    }

    public Path path(String name) {
        return staging.resolve(name);
    }

    /** Moves the finished files into place. */
    public void commit() throws IOException {
        if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
            // A temporary directory is private; the finished output is as any directory the user makes.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        if (Files.isDirectory(destination)) {
            Files.delete(destination); // empty, checked on open
        }
        try {
            Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, destination);
        }
        committed = true;
    }

    @Override
    public void close() {
        if (!committed) {
            delete(staging);
        }
    }

    /**
     * Removes the staging folders that a process stopped mid-write left in {@code parent} (for a server
     * that owns the folder, at start-up: none of them can still be in use).
     */
    public static void removeLeftovers(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(".") && p.getFileName().toString().contains(STAGING)).toList()) {
                delete(p);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the unfinished output " + dir, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
