package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands on a machine whose default java is 17 and where JAVA_HOME is unset (issue 12): {@code ./mvnw}
 * finds a JDK 21 or newer as {@code ./repatria} does (both source {@code .mvn/find-jdk.sh}, docs/decisions/0139), and
 * both say in one line how to get one when there is none.
 */
class MavenWrapperJdkTest {
    /** The project's root: surefire runs in the module's folder. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** The JDK running this test, 21 or newer (the build requires it). */
    private static final String THIS_JDK = System.getProperty("java.home");

    @TempDir
    Path dir;

    /** What a command printed and how it ended. */
    private record Run(int exit, String out, String err) {
    }

    @Test
    void wrapperBuildsWithAJdk21OrNewerWhenTheDefaultJavaIs17AndJavaHomeIsUnset() throws Exception {
        Run run = run(List.of(ROOT.resolve("mvnw").toString(), "-v"), "/nonexistent/jvm " + THIS_JDK);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Java version: " + Runtime.version().feature()).contains("runtime: " + THIS_JDK);
    }

    @Test
    void wrapperSaysInOneLineHowToGetAJdkWhenThereIsNone() throws Exception {
        Run run = run(List.of(ROOT.resolve("mvnw").toString(), "-v"), "/nonexistent/jvm");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith("mvnw: no JDK 21 or newer found").contains("apt-get install openjdk-21-jdk-headless").contains("JAVA_HOME");
    }

    @Test
    void launcherSaysTheSameLineAsTheWrapperWhenThereIsNoJdk() throws Exception {
        Run wrapper = run(List.of(ROOT.resolve("mvnw").toString(), "-v"), "/nonexistent/jvm");
        Run launcher = run(List.of(ROOT.resolve("repatria").toString(), "--version"), "/nonexistent/jvm");

        assertThat(launcher.exit()).isEqualTo(3);
        assertThat(launcher.err().strip()).isEqualTo(wrapper.err().strip().replaceFirst("^mvnw:", "repatria:"));
    }

    /**
     * Runs {@code command} from the project's root with a fake java 17 (and javac) first on a bare PATH, no JAVA_HOME, and
     * {@code search} as the folders where JDKs are installed.
     */
    private Run run(List<String> command, String search) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("java17/bin"));
        for (String tool : List.of("java", "javac")) {
            Path fake = bin.resolve(tool);
            Files.writeString(fake, "#!/bin/sh\necho '    java.specification.version = 17' >&2\n"
                    + "echo 'openjdk version \"17.0.16\"' >&2\n");
            Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
        Map<String, String> env = pb.environment();
        env.remove("JAVA_HOME");
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("REPATRIA_JDK_SEARCH", search);
        pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }
}
