package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.exchange.Signer.JSON;
import static org.repatria.server.exchange.Signer.get;
import static org.repatria.server.exchange.Signer.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.count.Count;
import org.repatria.core.count.CountText;
import org.repatria.core.count.Stage;
import org.repatria.core.document.DocumentType;
import org.repatria.core.party.PartyId;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16's first Must show, at the scale of 2025: 6,060 bags in five rail tranches of about 1,200; ua declares 6,060,
 * ru counts 6,057 persons, the three short being bags that hold parts of persons already counted in other bags (one
 * body in two bags, crossing once). At every step the running totals, the act and the log agree.
 */
class RailCounts2025Test {
    private static final String ID = "rail-2025";
    private static final int PERSONS = 6_057;
    private static final int TRANCHES = 5;
    /** The tranches with one body in two bags: one each in 2 and 4, and one in 5. */
    private static final List<Integer> SPLIT = List.of(2, 4, 5);
    private static final String FIGURES = "persons / осіб / лиц %d; bags / мішків / мешков %d; samples / зразків / образцов -";
    private static final Map<Stage, String> WORDS = Map.of(
            Stage.DECLARED, "Declared by the handing side / Заявлено стороною, що передає / Заявлено передающей стороной",
            Stage.CROSSING, "Counted at the crossing / Пораховано в пункті перетину / Подсчитано в пункте пересечения",
            Stage.MORGUE, "Received and counted at the morgue / Прийнято й пораховано в морзі / Принято и подсчитано в морге");

    @RegisterExtension
    static final RunningServer running = new RunningServer(30);

    /** What the test expects the tally to say so far, stage by stage. */
    private final Map<Stage, int[]> running2025 = new TreeMap<>();
    private final List<String> countEnvelopes = new ArrayList<>();
    private RailRemains rail;
    private String anchor;

    @Test
    void sixThousandSixtyDeclaredSixThousandFiftySevenCountedAndTheThreeAreBagsOfPersonsCountedAlready()
            throws java.io.IOException {
        long start = System.nanoTime();
        rail = RailRemains.planned(running, ID, PERSONS, TRANCHES, 1_212);
        anchor = get(rail.mediator(), rail.path() + "/plans").get(0).get("envelope_id").asString();
        long planned = System.nanoTime();
        int bags = 0;
        for (int t = 1; t <= TRANCHES; t++) {
            bags += tranche(t);
        }
        long done = System.nanoTime();

        JsonNode tally = get(rail.mediator(), rail.path() + "/counts");
        assertThat(bags).isEqualTo(6_060);
        assertThat(totals(tally.get("totals"))).containsExactly("declared 6060/6060", "crossing 6057/6060", "morgue 6057/6060");
        List<String> differences = new ArrayList<>();
        List<String> explained = new ArrayList<>();
        tally.get("tranches").forEach(t -> {
            t.get("differences").forEach(d -> differences.add(t.get("tranche").asInt() + " " + d.get("stage").asString() + " "
                    + d.get("party").asString() + " " + d.get("measure").asString() + " " + d.get("delta").asInt()));
            t.get("findings").forEach(f -> explained.add(t.get("tranche").asInt() + " " + f.get("kind").asString()));
        });
        assertThat(differences).containsExactly("2 crossing ru persons -1", "4 crossing ru persons -1",
                "5 crossing ru persons -1");
        assertThat(explained).containsExactly("2 part_of", "4 part_of", "5 part_of");
        assertThat(countEnvelopes).hasSize(3 * TRANCHES);
        // The printed act of tranche 2, after its morgue count: the section as signed, each language in its column.
        String printed = String.join("\n", PrintedPages.texts(pdf(rail.path() + "/tranches/2/act.pdf")));
        assertThat(printed).contains("Підрахунки:").contains("Подсчёты:").doesNotContain("Counts / Підрахунки");
        System.out.printf(java.util.Locale.ROOT, "rail 2025: %d bags, plan in force in %.1f s, five tranches counted, crossed,"
                + " signed and counted at the morgue in %.1f s, %.1f s in all%n", bags, (planned - start) / 1e9,
                (done - planned) / 1e9, (done - start) / 1e9);
    }

    /** One tranche, step by step; the bags it carried. */
    private int tranche(int t) {
        List<String> rows = rail.manifest(t);
        List<ObjectNode> presented = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            presented.add(bag(rows.get(i), "C-" + t + "-" + (i / 101 + 1), "W-" + (i / 101 + 1)));
        }
        if (SPLIT.contains(t)) {
            // The first body of the tranche lies in two bags, the second in the last wagon's container.
            presented.add(bag(rows.getFirst(), "C-" + t + "-12", "W-12"));
        }
        int bags = presented.size();
        int persons = new LinkedHashSet<>(rows).size();

        state(rail.ua(), t, Stage.DECLARED, bags, bags);
        ObjectNode handover = JSON.createObjectNode().put("from", "ua");
        ArrayNode lines = handover.putArray("presented");
        presented.forEach(lines::add);
        post(rail.ua().client, rail.path() + "/tranches/" + t + "/handover", handover.toString(), 201);
        state(rail.ru(), t, Stage.CROSSING, persons, bags);

        JsonNode act = get(rail.mediator(), rail.path() + "/tranches/" + t + "/act");
        String text = act.get("text").asString();
        assertActAgrees(text, t, persons, bags);
        byte[] actText = text.getBytes(StandardCharsets.UTF_8);
        JsonNode first = rail.ua().submit(rail.path() + "/tranches/" + t + "/act/signatures", DocumentType.HANDOVER_ACT,
                Fixture.B, actText, Optional.of(act.get("anchor").asString()));
        rail.ru().submit(rail.path() + "/tranches/" + t + "/act/signatures", DocumentType.HANDOVER_ACT, Fixture.A, actText,
                Optional.of(first.get("signatures").get(0).get("envelope_id").asString()));
        JsonNode signed = get(rail.mediator(), rail.path() + "/tranches/" + t + "/act");
        assertThat(signed.get("complete").asBoolean()).isTrue();
        assertThat(signed.get("text").asString()).isEqualTo(text);

        state(rail.ru(), t, Stage.MORGUE, persons, bags);
        return bags;
    }

    private byte[] pdf(String path) {
        try {
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(rail.mediator().request(path)
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode bag(String tag, String container, String wagon) {
        return JSON.createObjectNode().put("body_tag", tag).put("container", container).put("wagon", wagon);
    }

    /** States a count signed by {@code side}, then checks the tally and the log agree with it. */
    private void state(Signer side, int t, Stage stage, int persons, int bags) {
        PartyId to = side.party.equals(Fixture.A) ? Fixture.B : Fixture.A;
        Count count = Count.of(ID, t, stage, side.party, persons, bags);
        long logBefore = running.world().store.log().size();
        int entriesBefore = rail.entries().get();
        Signer.Signed signed = side.sign(DocumentType.COUNT, to, count.text(), Optional.of(anchor));
        JsonNode tally = post(side.client, rail.path() + "/tranches/" + t + "/counts", signed.body(), 201);
        rail.entries().incrementAndGet();
        side.relay(signed.envelopeId());
        countEnvelopes.add(signed.envelopeId());
        running2025.merge(stage, new int[] {persons, bags}, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]});

        // The tally: this count at its stage, and the running totals of every stage so far.
        JsonNode line = tally.get("tranches").get(t - 1);
        assertThat(line.get("tranche").asInt()).isEqualTo(t);
        assertThat(line.get("counts")).anyMatch(c -> c.get("stage").asString().equals(stage.token())
                && c.get("persons").asInt() == persons && c.get("bags").asInt() == bags
                && c.get("envelope_id").asString().equals(signed.envelopeId()));
        List<String> expected = running2025.entrySet().stream().map(e -> e.getKey().token() + " " + e.getValue()[0] + "/"
                + e.getValue()[1]).toList();
        assertThat(totals(line.get("running"))).as("running totals after tranche %d %s", t, stage).isEqualTo(expected);
        assertThat(totals(tally.get("totals"))).isEqualTo(expected);
        // The log: the count document and its relay are on it, and its signed bytes say exactly this count.
        assertThat(running.world().store.log().size() - logBefore).isEqualTo(rail.entries().get() - entriesBefore)
                .isEqualTo(2);
        byte[] content = rail.mediator().get("/api/v1/documents/" + signed.envelopeId() + "/content").body()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(CountText.parse(content)).isEqualTo(count);
    }

    /** The act shows this tranche's counts and the running totals the tally shows, in its three languages. */
    private void assertActAgrees(String act, int t, int persons, int bags) {
        assertThat(act).contains("\nCounts / Підрахунки / Подсчёты:\n");
        String text = act.substring(act.indexOf("\nCounts / Підрахунки / Подсчёты:\n"));
        assertThat(text).contains(WORDS.get(Stage.DECLARED) + " (ua): " + String.format(FIGURES, bags, bags));
        assertThat(text).contains(WORDS.get(Stage.CROSSING) + " (ru): " + String.format(FIGURES, persons, bags));
        for (Map.Entry<Stage, int[]> e : running2025.entrySet()) {
            assertThat(text).as("act %d, running total %s", t, e.getKey()).contains("Running total of the agreement /"
                    + " Наростаючий підсумок угоди / Нарастающий итог соглашения, " + WORDS.get(e.getKey()) + ": "
                    + String.format(FIGURES, e.getValue()[0], e.getValue()[1]));
        }
        if (SPLIT.contains(t)) {
            assertThat(text).contains("(ru), persons / осіб / лиц " + persons + " (-1)")
                    .containsPattern("- bag [0-9]+ \\(C-" + t + "-12, W-12\\): holds parts of a person already counted in"
                            + " bag / [^\n]+ bag [0-9]+ \\(C-" + t + "-1, W-1\\)\n");
        } else {
            assertThat(text).contains("Difference / Розбіжність / Расхождение: no difference");
        }
    }

    private static List<String> totals(JsonNode figures) {
        List<String> out = new ArrayList<>();
        figures.forEach(f -> out.add(f.get("stage").asString() + " " + f.get("persons").asInt() + "/" + f.get("bags").asInt()));
        return out;
    }
}
