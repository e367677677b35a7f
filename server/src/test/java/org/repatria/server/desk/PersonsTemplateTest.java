package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code persons.jte}, the search's answer: it says when more persons may answer than a page shows. */
class PersonsTemplateTest {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PersonsTemplateTest.class.getClassLoader(), "org.repatria.server.desk");

    private static String render(Language lang, int found) {
        Page page = new Page(new Text(lang), lang, Optional.empty(), "", "/desk/persons", Map.of(), "", "", OptionalInt.empty());
        List<PersonViews.Found> persons = IntStream.range(0, found).mapToObj(i -> new PersonViews.Found("/desk/persons/" + i,
                List.of("Бойко " + i), List.of(new PersonViews.OnList("/desk/lists/l", "Полонені", "ua")))).toList();
        StringOutput out = new StringOutput();
        ENGINE.render("persons.jte", Map.of("view", new PersonViews.Search(page, "Бойко", true, persons, Optional.empty())), out);
        return out.toString();
    }

    @Test
    void aFullPageOfPersonsSaysMoreMayAnswerAndHowToNarrowInUkrainian() {
        assertThat(render(Language.UK, PersonViews.MOST_SHOWN)).contains("id=\"persons-more\"",
                "Показано 20 найкращих відповідей", "рік народження");
    }

    @Test
    void aFullPageOfPersonsSaysMoreMayAnswerInRussian() {
        assertThat(render(Language.RU, PersonViews.MOST_SHOWN)).contains("Показаны 20 лучших ответов");
    }

    @Test
    void fewerPersonsThanAPageHoldsSayNothingMore() {
        assertThat(render(Language.UK, PersonViews.MOST_SHOWN - 1)).doesNotContain("id=\"persons-more\"");
    }
}
