package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.list.ListId;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.Details;
import org.repatria.core.person.PartialDate;
import org.repatria.core.person.Person;
import org.repatria.core.person.PersonName;
import org.repatria.core.person.Sex;
import org.repatria.core.request.RowStatus;
import org.repatria.server.dossier.Dossier;

/** {@code dossier.jte}, the person's page content, rendered in each language from a dossier built here. */
class DossierTemplateTest {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            DossierTemplateTest.class.getClassLoader(), "org.repatria.server.desk");
    private static final Instant AT = Instant.parse("2025-06-02T09:00:00Z");
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");

    private static Dossier dossier() {
        Person row = new Person("17", new PersonName("Коваленко", "Олександр", "<b>Іванович</b>"),
                new PersonName("Kovalenko", "Oleksandr", "Ivanovych"), Sex.MALE, PartialDate.parseIso("1990-04-12"),
                "Маріуполь", "MI-777", "солдат", "36 ОБрМП", Category.REMAINS, Details.none());
        Dossier.Source list = new Dossier.Source(new ListId(UUID.fromString("00000000-0000-0000-0000-000000000017")),
                "Тіла загиблих, партія 1", ListPurpose.REQUEST, Category.REMAINS, UA, AT, true,
                List.of(new Dossier.Relay(RU, AT.plusSeconds(60))));
        Dossier.Answer answer = new Dossier.Answer(RU, RowStatus.DECEASED, PartialDate.parseIso("2025-03-01"), "Ростов",
                new PersonName("", "", ""), "", AT.plusSeconds(3600));
        Dossier.Nomination nomination = new Dossier.Nomination("bodies-1", "REMAINS", "ua", 1, false, "not-applicable", true,
                "", "RECEIVED");
        Dossier.Slot slot = new Dossier.Slot("bodies-1", 1, "2025-06-09", "terminal", "ua", "ru", "regular", "B-17",
                "RECEIVED");
        Dossier.Move move = new Dossier.Move("bodies-1", "IN_TRANCHE", "HANDED_OVER", "a-desk", "ua", AT, "handed over in tranche 1");
        Dossier.Chain chain = new Dossier.Chain("bodies-1", "B-17", 1, List.of(new Dossier.Step("HANDED_OVER", "ua",
                "container C-1, wagon W-1", "", AT), new Dossier.Step("STORED", "ru", "Kyiv morgue", "", AT)), Optional.empty(), false);
        Dossier.Identification identified = new Dossier.Identification(UA, AT.plusSeconds(7200), "a-identification",
                Optional.empty());
        return new Dossier(List.of(new Dossier.Entry(list, row, List.of(answer), List.of(nomination), List.of(move),
                List.of(slot), List.of(chain), List.of(identified))), 0);
    }

    private static String render(Language lang, Dossier d) {
        Page page = new Page(new Text(lang), lang, Optional.empty(), "", "/desk/persons/x", Map.of(), "", "",
                OptionalInt.empty());
        StringOutput out = new StringOutput();
        ENGINE.render("dossier.jte", Map.of("page", page, "dossier", d), out);
        return out.toString();
    }

    @Test
    void theRowIsRenderedAsWrittenInItsScript() {
        String html = render(Language.EN, dossier());

        assertThat(html).contains("Коваленко", "Kovalenko", "MI-777", "1990-04-12", "Тіла загиблих, партія 1");
    }

    @Test
    void namesAreEscaped() {
        assertThat(render(Language.EN, dossier())).contains("&lt;b&gt;Іванович&lt;/b&gt;").doesNotContain("<b>Іванович");
    }

    @Test
    void everyPartIsRenderedInEnglish() {
        String html = render(Language.EN, dossier());

        assertThat(html).contains("Answers to the request", "deceased", "Nominations", "Tranches", "Moves",
                "Custody of body B-17", "Identified by the identification unit of ua");
    }

    @Test
    void everyPartIsRenderedInUkrainian() {
        String html = render(Language.UK, dossier());

        assertThat(html).contains("Відповіді на запит", "Номінації", "Етапи обміну", "Ланцюг зберігання тіла B-17",
                "Ідентифіковано підрозділом ідентифікації").doesNotContain("Answers to the request", "Nominations");
    }

    @Test
    void everyPartIsRenderedInRussian() {
        String html = render(Language.RU, dossier());

        assertThat(html).contains("Ответы на запрос", "Номинации", "Этапы обмена", "Цепочка хранения тела B-17",
                "Идентифицирован подразделением идентификации").doesNotContain("Answers to the request", "Nominations");
    }

    @Test
    void serverNotesAreSaidInTheReadersWords() {
        assertThat(render(Language.UK, dossier())).doesNotContain("handed over in tranche 1", "container C-1, wagon W-1");
    }

    @Test
    void aDossierWithNoReadableRowSaysSo() {
        assertThat(render(Language.EN, new Dossier(List.of(), 0))).contains("id=\"dossier-none\"");
    }
}
