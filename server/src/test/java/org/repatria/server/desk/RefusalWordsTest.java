package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repatria.server.error.HttpProblem;

/** Every refusal code the server gives has its words in English, Ukrainian and Russian, and the desk uses them. */
class RefusalWordsTest {
    private static final Pattern CODE = Pattern.compile(
            "(?:conflict|unprocessable)\\(\\s*\"([a-z_]+)\",|new HttpProblem\\(\\s*4\\d\\d,\\s*\"([a-z_]+)\"");

    private static Set<String> codesInSource() throws IOException {
        Set<String> codes = new TreeSet<>(Set.of("invalid", "malformed", "unauthenticated", "forbidden", "not_found",
                "conflict", "bad_request", "method_not_allowed", "too_large"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/repatria/server"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(f));
                while (m.find()) {
                    codes.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return codes;
    }

    @Test
    void everyRefusalCodeHasWordsInEveryLanguage() throws IOException {
        Set<String> codes = codesInSource();
        assertThat(codes).contains("not_relayed", "signed_already", "crossing_fixed", "unknown_key", "agreement_rule");
        for (Language l : Language.values()) {
            Text t = new Text(l);
            assertThat(codes.stream().filter(c -> t.find("refusal." + c).isEmpty()).toList()).as(l.name()).isEmpty();
        }
    }

    @Test
    void everyConflictTheServerGivesCarriesACodeOfItsOwn() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/repatria/server"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.endsWith("HttpProblem.java"))
                    .filter(p -> read(p).matches("(?s).*HttpProblem\\.conflict\\(\\s*[^\"\\s].*")).toList()).isEmpty();
        }
    }

    @Test
    void aRefusalIsSaidInTheReadersLanguageWithTheFieldAndTheApisWords() {
        Text uk = new Text(Language.UK);
        RefusalText r = RefusalText.of(uk, HttpProblem.invalid("date-2", "the new tranche 2 needs a date"));

        assertThat(r.line(uk)).isEqualTo("Поле заповнено неправильно; виправте його і надішліть знову. Поле з помилкою: date-2."
                + " Відповідь сервера: date-2: the new tranche 2 needs a date");
    }

    @Test
    void aCodeWithoutWordsFallsBackToTheApisMessage() {
        Text ru = new Text(Language.RU);
        RefusalText r = RefusalText.of(ru, new HttpProblem(409, "something_new", "a new reason", Optional.empty()));

        assertThat(r.line(ru)).isEqualTo("Текущее состояние не допускает этот шаг; обновите страницу и проверьте."
                + " Ответ сервера: a new reason");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
