package org.corridor.app;

import picocli.CommandLine;

/** The version printed by {@code corridor --version}, from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"corridor " + (v == null ? "development build" : v)};
    }
}
