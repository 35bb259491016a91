package org.corridor.app.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output directory that appears complete or not at all: everything is written into a hidden
 * sibling ({@code .NAME.partial-123}), which is renamed to the destination only when it is finished.
 * An error on the way removes the sibling and leaves the destination as it was.
 *
 * <p>A process killed while writing cannot remove its sibling; the next output opened in the same
 * folder does ({@link #removeStale}), saying so in the log (on the command line, standard error).
 * Another process may be writing one of those siblings right now (two commands, or a command and the
 * web server, writing into one folder), so a sibling is stale only when both hold:
 * <ul>
 * <li>nobody holds its lock: the writer holds an exclusive {@link FileLock} on the file
 * {@value #LOCK} inside it from just after creating it until just before the rename, and the
 * operating system releases that lock when the writer dies, however it dies (a kill, a crash, a
 * power cut). A sibling without the lock file (made by an older Corridor, or by a writer killed
 * between making the folder and locking the file) counts as unlocked.</li>
 * <li>it has not changed for {@link #GRACE}: this covers the two instants when a live writer does not
 * hold the lock (between making the folder and locking the file, and between releasing it and the
 * rename, when the writer first touches the folder's time).</li>
 * </ul>
 * A lock rather than an age alone: a run may write one large table for longer than any age chosen,
 * without touching its folder. Within this JVM the folders being written are known
 * ({@link #WRITING}) and their lock files are never opened by the cleaner, because on POSIX systems
 * closing any channel on a file drops every lock the process holds on it.
 */
public final class OutputDirectory implements AutoCloseable {
    /** How long an unlocked staging folder must have been left alone before it counts as stale. */
    public static final Duration GRACE = Duration.ofMinutes(2);
    private static final String STAGING = ".partial-";
    /** The lock file inside a staging folder; removed before the rename, so never part of the output. */
    static final String LOCK = ".writing.lock";
    private static final Logger LOG = LoggerFactory.getLogger(OutputDirectory.class);
    /** The staging folders this JVM is writing. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private final Path destination;
    private final Path staging;
    private FileChannel lockChannel;
    private boolean committed;

    private OutputDirectory(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /**
     * Checks the destination can be written (it must not exist, or be an empty directory), removes
     * the stale staging folders beside it, and opens its own staging folder, locked.
     */
    public static OutputDirectory open(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !(Files.isDirectory(absolute) && isEmpty(absolute))) {
            throw new FileAlreadyExistsException(destination.toString(), null, "exists and is not an empty directory; choose a new --out");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException(destination + ": its parent directory does not exist");
        }
        removeStale(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + STAGING);
        WRITING.add(staging);
        OutputDirectory out = new OutputDirectory(absolute, staging);
        try {
            out.lockChannel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            out.lockChannel.lock();
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    public Path path(String name) {
        return staging.resolve(name);
    }

    /** Moves the finished files into place. */
    public void commit() throws IOException {
        // Touched first: unlocked, the folder is then safe from other cleaners for the GRACE it takes to rename it.
        Files.setLastModifiedTime(staging, FileTime.from(Instant.now()));
        unlock();
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
        WRITING.remove(staging);
    }

    private void unlock() throws IOException {
        if (lockChannel != null) {
            lockChannel.close(); // releases the lock
            lockChannel = null;
            Files.deleteIfExists(staging.resolve(LOCK));
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                unlock();
            } catch (IOException e) {
                // the folder is removed below all the same
            }
            delete(staging);
            WRITING.remove(staging);
        }
    }

    /**
     * Removes the staging folders in {@code parent} that a process stopped mid-write left behind (see
     * the class's comment for how a live writer's folder is told from a dead one's), with a line in
     * the log for each. A folder that cannot be removed is left, with a warning: it does not stop a run.
     */
    public static void removeStale(Path parent) throws IOException {
        Instant before = Instant.now().minus(GRACE);
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.filter(OutputDirectory::isStaging).toList()) {
                if (isStale(p, before)) {
                    try {
                        delete(p);
                        LOG.info("removed {}, the unfinished output of a run that stopped while writing it", p.getFileName());
                    } catch (UncheckedIOException e) {
                        LOG.warn("could not remove the unfinished output {}: {}", p, e.getCause().toString());
                    }
                }
            }
        }
    }

    private static boolean isStaging(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.contains(STAGING) && Files.isDirectory(p);
    }

    /**
     * Whether nobody writes the staging folder and it has not changed since {@code before}. The lock
     * is looked at first: a writer touches its folder before it lets go of the lock, so a folder
     * found unlocked and then still old was not being committed in between.
     */
    static boolean isStale(Path staging, Instant before) throws IOException {
        if (WRITING.contains(staging.toAbsolutePath().normalize()) || locked(staging.resolve(LOCK))) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(staging).toInstant().isBefore(before);
        } catch (NoSuchFileException e) {
            return false; // renamed or removed meanwhile
        }
    }

    /** Whether another process holds the lock; a missing lock file is no lock. */
    private static boolean locked(Path lock) throws IOException {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            if (free == null) {
                return true;
            }
            free.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM holds it (a folder WRITING does not know, which should not happen)
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // already gone: another cleaner got there first
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
