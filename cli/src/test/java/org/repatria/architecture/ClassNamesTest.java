package org.repatria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A reader who meets a class name in a module knows which class it is: no two top-level main classes of one module share
 * a simple name (issue 11; before it, {@code server} had two {@code Running} and two {@code Replies}).
 */
class ClassNamesTest {

    // A module's classes arrive as target/classes in the module's own build, as repatria-<module>-….jar in the reactor.
    private static final Pattern MODULE = Pattern.compile("/(?:repatria-([a-z]+)-[^/]*\\.jar|([a-z]+)/target/classes/)");

    @Test
    void noTwoMainClassesOfOneModuleShareASimpleName() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOptions(List.of(new OurModulesOnly(), new ImportOption.DoNotIncludeTests()))
                .importPackages("org.repatria");

        assertThat(clashes(classes)).as("simple names used twice in one module (module: name → classes)").isEmpty();
    }

    private static Map<String, TreeSet<String>> clashes(JavaClasses classes) {
        Map<String, TreeSet<String>> byName = classes.stream()
                .filter(c -> c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(c -> module(c) + ": " + c.getSimpleName(), TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
        byName.values().removeIf(names -> names.size() < 2);
        return byName;
    }

    private static String module(JavaClass c) {
        URI uri = c.getSource().orElseThrow().getUri();
        Matcher m = MODULE.matcher(uri.toString());
        if (!m.find()) {
            throw new IllegalStateException("cannot tell the module of " + c.getName() + " from " + uri);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
