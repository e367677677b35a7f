package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Role;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;
import org.repatria.core.person.Sex;

/** Every word of the desk exists in English, Ukrainian and Russian. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("(?:get|format|page)\\((?:[^\"()]*, )?\"([a-zA-Z]+\\.[a-zA-Z.]+)\"");

    private static Set<String> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        assertThat(keys("uk")).isEqualTo(keys("en"));
        assertThat(keys("ru")).isEqualTo(keys("en"));
    }

    @Test
    void noKeyIsWrittenTwiceInOneLanguage() throws IOException {
        // A properties file keeps the last of two equal keys silently; merges of word blocks can repeat one.
        for (String lang : new String[] {"en", "uk", "ru"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/i18n/messages_" + lang + ".properties"))) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).strip())) {
                    twice.add(line.substring(0, eq).strip());
                }
            }
            assertThat(twice).as("keys written twice in messages_" + lang).isEmpty();
        }
    }

    @Test
    void everyKeyTheDeskUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/jte")), Files.list(Path.of("src/main/java/org/repatria/server/desk")))) {
            for (Path f : files.toList()) {
                Matcher m = KEY_IN_SOURCE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Enum<?>[] values : new Enum<?>[][] {Category.values(), ListPurpose.values(), Role.values(), Sex.values()}) {
            String prefix = switch (values[0]) {
                case Category c -> "category";
                case ListPurpose p -> "purpose";
                case Role r -> "role";
                default -> "sex";
            };
            for (Enum<?> v : values) {
                used.add(prefix + "." + v.name());
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys("en")).containsAll(used);
    }

    @Test
    void textFormatsNumbersInTheLanguagesOwnWay() {
        assertThat(new Text(Language.EN).number(1234567)).isEqualTo("1,234,567");
        assertThat(new Text(Language.UK).number(1234567)).as("grouped by no-break spaces").isEqualTo("1\u00a0234\u00a0567");
        assertThat(new Text(Language.RU).format("list.showing", "1", "50", "1 200")).isEqualTo("Строки 1–50 из 1 200");
    }
}
