package org.repatria.lists.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.repatria.core.person.Category;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.PersonName;
import org.repatria.lists.header.Header;

class CheckTest {
    private static final LocalDate LIST_DATE = LocalDate.of(2025, 6, 2);
    private final CategoryRules rules = new CategoryRules(new Header(1, List.of()), LIST_DATE);

    private List<String> codes(Category category, String birth) {
        List<Problem> out = new ArrayList<>();
        rules.check(new RowFacts(2, "1", category, new PersonName("Бондар", "Ігор", ""), PartialDate.parseIso(birth), "",
                Details.none()), out);
        return out.stream().map(p -> p.code() + ":" + p.severity()).toList();
    }

    @Test
    void aChildMustBeUnder18OnTheListDate() {
        assertThat(codes(Category.CHILD, "2007-06-03")).isEmpty();
        assertThat(codes(Category.CHILD, "2007-06-02")).containsExactly("child.adult:ERROR");
        assertThat(codes(Category.CHILD, "2007")).containsExactly("child.maybe-adult:WARNING");
        assertThat(codes(Category.CHILD, "2006")).containsExactly("child.adult:ERROR");
    }

    @Test
    void aPrisonerOfWarUnder16OrOver75IsImplausible() {
        assertThat(codes(Category.POW, "2005")).isEmpty();
        assertThat(codes(Category.POW, "2012-01-01")).containsExactly("pow.young:WARNING");
        assertThat(codes(Category.POW, "1940")).containsExactly("pow.old:WARNING");
    }

    @Test
    void aBirthAfterTheListDateIsAnError() {
        assertThat(codes(Category.CIVILIAN, "2025-06-03")).containsExactly("date.after-list:ERROR");
        assertThat(codes(Category.CIVILIAN, "2025")).isEmpty();
    }

    @Test
    void everyMessageCodeHasAnEnglishUkrainianAndRussianText() throws IOException {
        List<Properties> bundles = new ArrayList<>();
        for (String suffix : new String[] {"", "_uk", "_ru"}) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("messages" + suffix + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            bundles.add(p);
        }
        assertThat(bundles.get(1).keySet()).isEqualTo(bundles.get(0).keySet());
        assertThat(bundles.get(2).keySet()).isEqualTo(bundles.get(0).keySet());
        assertThat(Problem.error(3, "x", "id.repeated", "A1", "2").message(Locale.forLanguageTag("ru")))
                .isEqualTo("id A1 уже использован в строке 2");
        assertThat(Problem.error(3, "x", "id.repeated", "A1", "1234").message(Locale.forLanguageTag("de")))
                .isEqualTo("the id A1 is already used in row 1234");
        assertThat(Optional.of(bundles.get(0).getProperty("file.empty"))).contains("the file is empty");
    }
}
