package org.repatria.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so there is one source of truth: the POM. */
final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Repatria " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
