package org.repatria.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.party.Party;
import org.repatria.demo.DemoAccount;
import org.repatria.demo.Scenario;
import org.repatria.store.Store;
import org.repatria.store.exchange.HandoverCheck;
import org.repatria.store.exchange.StoredAgreement;

/**
 * The figures across exchanges on the demo as {@code repatria demo} seeds it (issue 17, item 3): every figure on the
 * mediator's page and in its CSV equals the counts this test takes from the store itself, through the store's own
 * calls and plain SQL on the database file; each reader sees only what it may, in Ukrainian and Russian; the files open.
 */
class DemoFiguresTest {
    @TempDir
    static Path dir;
    private static Store store;
    private static Server server;
    private static Scenario scenario;
    private static Connection db;
    private static Client mediator;
    private static String page;
    private static final ResourceBundle EN = words("en");

    @BeforeAll
    static void seed() throws SQLException {
        store = Store.embedded(dir);
        scenario = DemoScenario.seedIfEmpty(store, new PrintStream(OutputStream.nullOutputStream()));
        server = Server.start(ServerConfig.of(store).withPort(0));
        db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("repatria.sqlite"));
        mediator = desk("tr.mediator");
        HttpResponse<String> r = mediator.get("/desk/figures?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        page = r.body();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
        server.stop();
        store.close();
    }

    @Test
    void everyTrancheLineOnThePageAndInTheCsvIsTheStoresCountOfPersonsHandedOver() {
        Map<String, Long> expected = new TreeMap<>();
        for (StoredAgreement a : store.exchanges().agreements()) {
            for (int tranche = 1; tranche <= 20; tranche++) {
                Map<String, Set<PersonRef>> bySide = new HashMap<>();
                for (HandoverCheck c : store.exchanges().checks(a.id(), tranche)) {
                    if (c.outcome().equals("HANDED_OVER") && c.person().isPresent()) {
                        bySide.computeIfAbsent(c.party().value(), k -> new HashSet<>()).add(c.person().get());
                    }
                }
                int t = tranche;
                bySide.forEach((side, persons) -> category(persons).forEach((category, n) ->
                        expected.merge(a.id() + "|" + t + "|" + name(side) + "|" + category, n, Long::sum)));
            }
        }

        assertThat(expected).isNotEmpty();
        assertThat(handovers(FigurePage.table(page, "handovers"))).isEqualTo(expected);
        assertThat(handovers(csv("handovers", "en"))).isEqualTo(expected);
    }

    @Test
    void eachSidesTranchesAddUpToThePersonsTheLifecycleMovedToHandedOver() throws SQLException {
        Map<String, Long> moved = new TreeMap<>();
        query("SELECT agreement_id, by_party, COUNT(*) FROM (SELECT DISTINCT agreement_id, by_party, list_id, row_id"
                + " FROM person_moves WHERE to_state = 'HANDED_OVER') x GROUP BY agreement_id, by_party",
                rs -> moved.put(rs.getString(1) + "|" + name(rs.getString(2)), rs.getLong(3)));
        Map<String, Long> shown = new TreeMap<>();
        Map<String, Long> lastCumulative = new HashMap<>();
        Map<String, Long> all = new HashMap<>();
        for (List<String> row : FigurePage.table(page, "handovers")) {
            shown.merge(row.get(0) + "|" + row.get(3), FigurePage.count(row.get(5)), Long::sum);
            all.merge(row.get(3) + "|" + row.get(4), FigurePage.count(row.get(5)), Long::sum);
            lastCumulative.put(row.get(3) + "|" + row.get(4), FigurePage.count(row.get(6)));
        }

        assertThat(shown).isEqualTo(moved);
        assertThat(lastCumulative).as("the last line's running total is everything the side handed over").isEqualTo(all);
    }

    @Test
    void parityPerExchangeIsWhatEachSideHandedOverWithTheExemptApart() throws SQLException {
        Map<String, Long> handed = new HashMap<>();
        query("SELECT agreement_id, by_party, COUNT(*) FROM (SELECT DISTINCT agreement_id, by_party, list_id, row_id"
                + " FROM person_moves WHERE to_state = 'HANDED_OVER') x GROUP BY agreement_id, by_party",
                rs -> handed.put(rs.getString(1) + "|" + name(rs.getString(2)), rs.getLong(3)));
        Map<String, Long> exempt = new HashMap<>();
        query("SELECT m.agreement_id, m.by_party, COUNT(DISTINCT m.list_id || '/' || m.row_id) FROM person_moves m"
                + " JOIN nominations n ON n.agreement_id = m.agreement_id AND n.list_id = m.list_id AND n.row_id = m.row_id"
                + " WHERE m.to_state = 'HANDED_OVER' AND n.reason LIKE '%exempt from parity%'"
                + " GROUP BY m.agreement_id, m.by_party", rs -> exempt.put(rs.getString(1) + "|" + name(rs.getString(2)),
                rs.getLong(3)));
        List<List<String>> expected = new ArrayList<>();
        query("SELECT id, party_a, party_b FROM agreements WHERE accepted_step > 0 AND kind <> 'REMAINS' ORDER BY id", rs -> {
            for (String side : List.of(rs.getString(2), rs.getString(3))) {
                String key = rs.getString(1) + "|" + name(side);
                long h = handed.getOrDefault(key, 0L);
                long e = exempt.getOrDefault(key, 0L);
                expected.add(List.of(rs.getString(1), name(side), String.valueOf(h), String.valueOf(e), String.valueOf(h - e)));
            }
        });

        assertThat(expected).isNotEmpty();
        assertThat(digits(FigurePage.table(page, "parity"), 2)).isEqualTo(expected);
        assertThat(csv("parity", "en").subList(1, expected.size() + 1)).isEqualTo(expected);
    }

    @Test
    void requestsOutstandingByAgeAreTheRowsNoAnswerOfSubstanceReached() throws SQLException {
        long now = Instant.now().getEpochSecond();
        long[] rows = new long[4];
        long[] requests = new long[4];
        for (Request r : requests()) {
            long waiting = r.rows() - r.answered();
            long days = (now - r.relayedSec()) / 86_400;
            int bucket = days < 7 ? 0 : days < 30 ? 1 : days < 90 ? 2 : 3;
            if (waiting > 0) {
                rows[bucket] += waiting;
                requests[bucket]++;
            }
        }
        List<List<String>> expected = new ArrayList<>();
        String[] words = {"UNDER_7", "UNDER_30", "UNDER_90", "OVER_90"};
        for (int i = 0; i < 4; i++) {
            expected.add(List.of(EN.getString("figures.age." + words[i]), String.valueOf(rows[i]), String.valueOf(requests[i])));
        }

        assertThat(rows[0] + rows[1] + rows[2] + rows[3]).isPositive();
        assertThat(digits(FigurePage.table(page, "requests-age"), 1)).isEqualTo(expected);
        assertThat(csv("requests-age", "en").subList(1, 5)).isEqualTo(expected);
    }

    @Test
    void theAnswerRateOfEachMonthIsTheRowsAnsweredOfTheRowsAskedThatMonth() throws SQLException {
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        for (Request r : requests()) {
            long[] m = months.computeIfAbsent(YearMonth.from(Instant.ofEpochSecond(r.relayedSec()).atZone(ZoneOffset.UTC)),
                    k -> new long[2]);
            m[0] += r.rows();
            m[1] += r.answered();
        }
        List<List<String>> expected = new ArrayList<>();
        months.forEach((month, n) -> expected.add(List.of(month.toString(), String.valueOf(n[0]), String.valueOf(n[1]),
                String.valueOf(Math.round(100.0 * n[1] / n[0])))));

        assertThat(expected).isNotEmpty();
        assertThat(digits(FigurePage.table(page, "answer-rate"), 1)).isEqualTo(expected);
        assertThat(csv("answer-rate", "en").subList(1, expected.size() + 1)).isEqualTo(expected);
    }

    @Test
    void remainsReceivedSampledAndIdentifiedAreTheStoresBodiesBagsAndIdentifications() throws SQLException {
        List<List<String>> expected = new ArrayList<>();
        query("SELECT id FROM agreements WHERE kind = 'REMAINS' AND accepted_step > 0 ORDER BY id", rs -> {
            String id = rs.getString(1);
            Set<String> bags = new HashSet<>();
            query("SELECT body_tag FROM custody_steps WHERE kind = 'SAMPLED' AND agreement_id = '" + id + "'",
                    b -> bags.add(b.getString(1)));
            query("SELECT body_tag FROM remains_samples WHERE agreement_id = '" + id + "'", b -> bags.add(b.getString(1)));
            expected.add(List.of(id, String.valueOf(single("SELECT COUNT(*) FROM person_states WHERE agreement_id = '" + id
                    + "' AND state IN ('RECEIVED', 'IDENTIFIED')")), String.valueOf(bags.size()), String.valueOf(single(
                    "SELECT COUNT(*) FROM person_states WHERE agreement_id = '" + id + "' AND state = 'IDENTIFIED'"))));
        });

        assertThat(expected).contains(List.of(DemoExchanges.REMAINS, String.valueOf(DemoExchanges.BODIES), "2", "0"));
        assertThat(digits(FigurePage.table(page, "remains"), 1)).isEqualTo(expected);
        assertThat(csv("remains", "en").subList(1, expected.size() + 1)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"tr.mediator, uk", "tr.mediator, ru", "ua.desk, uk", "ua.desk, ru", "ru.desk, uk", "ru.desk, ru",
            "icrc.observer, uk", "icrc.observer, ru"})
    void eachReaderFindsTheFiguresInTheNavigationAndReadsThemInItsLanguage(String username, String lang) {
        ResourceBundle words = words(lang);
        Client reader = desk(username);

        HttpResponse<String> home = reader.get("/desk?lang=" + lang);
        HttpResponse<String> figures = reader.get("/desk/figures?lang=" + lang);

        assertThat(home.body()).contains("id=\"nav-figures\"").contains(words.getString("nav.figures"));
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains("<h1>" + words.getString("figures.title") + "</h1>")
                .contains(words.getString("figures.parity.title")).contains(words.getString("figures.remains.title"));
        assertThat(csv(reader, "requests-age", lang).getFirst()).containsExactly(words.getString("figures.col.age"),
                words.getString("figures.col.outstanding"), words.getString("figures.col.requests"));
    }

    @Test
    void theObserverCountsOnlyTheExchangesItWasShown() throws SQLException {
        Set<String> granted = new HashSet<>();
        query("SELECT agreement_id FROM agreement_grants WHERE party_id = 'icrc'", rs -> granted.add(rs.getString(1)));
        String seen = desk("icrc.observer").get("/desk/figures?lang=en").body();

        assertThat(FigurePage.table(seen, "handovers")).isNotEmpty()
                .allSatisfy(row -> assertThat(granted).contains(row.getFirst()));
        assertThat(FigurePage.table(seen, "remains")).allSatisfy(row -> assertThat(granted).contains(row.getFirst()));
        assertThat(FigurePage.table(seen, "parity")).allSatisfy(row -> assertThat(granted).contains(row.getFirst()));
    }

    @Test
    void aPartyDeskCountsOnlyTheExchangesItsSideIsIn() throws SQLException {
        Set<String> mine = new HashSet<>();
        query("SELECT id FROM agreements WHERE party_a = 'ua' OR party_b = 'ua'", rs -> mine.add(rs.getString(1)));
        String seen = desk("ua.desk").get("/desk/figures?lang=en").body();

        assertThat(FigurePage.table(seen, "handovers")).isNotEmpty()
                .allSatisfy(row -> assertThat(mine).contains(row.getFirst()));
    }

    @Test
    void theIdentificationUnitIsRefusedTheFiguresAndTheirFiles() {
        Client unit = desk("ua.dna");

        assertThat(unit.get("/desk/figures").statusCode()).isEqualTo(403);
        assertThat(unit.get("/desk/figures/handovers/export/csv").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownFigureOrFormatIsABadRequestNamingIt() {
        HttpResponse<String> figure = mediator.get("/desk/figures/persons/export/csv");
        HttpResponse<String> format = mediator.get("/desk/figures/handovers/export/docx");

        assertThat(figure.statusCode()).isEqualTo(400);
        assertThat(figure.body()).contains("figure");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("format");
    }

    @Test
    void theWorkbookHoldsTheCsvsRowsWithCountsAsNumbersInUkrainian() throws IOException {
        List<List<String>> csv = csv(mediator, "handovers", "uk");
        HttpResponse<byte[]> xlsx = FigurePage.bytes(mediator, "/desk/figures/handovers/export/xlsx?lang=uk");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<List<String>> sheet = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell c : row) {
                    cells.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                            : c.getStringCellValue());
                }
                sheet.add(cells);
            }
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        assertThat(sheet.getFirst().getFirst()).isEqualTo(words("uk").getString("figures.col.exchange"));
        assertThat(sheet).isEqualTo(csv);
    }

    @Test
    void thePrintedFigureReadsInRussianWithTheBodiesReceived() throws IOException {
        HttpResponse<byte[]> pdf = FigurePage.bytes(mediator, "/desk/figures/remains/export/pdf?lang=ru");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(words("ru").getString("figures.remains.title"))
                    .contains(words("ru").getString("figures.col.received")).contains(DemoExchanges.REMAINS)
                    .contains(String.valueOf(DemoExchanges.BODIES));
        }
    }

    /** One relayed request list as the database holds it: rows asked, rows answered with substance, when relayed. */
    private record Request(long rows, long answered, long relayedSec) {
    }

    private static List<Request> requests() throws SQLException {
        List<Request> out = new ArrayList<>();
        query("SELECT l.row_count, r.relayed_sec, (SELECT COUNT(*) FROM request_rows q WHERE q.list_id = l.id"
                + " AND q.party_id = r.party_id AND q.status NOT IN ('unanswered', 'no-information')) FROM lists l"
                + " JOIN relays r ON r.list_id = l.id JOIN parties p ON p.id = r.party_id"
                + " WHERE l.purpose = 'REQUEST' AND p.kind = 'BELLIGERENT'",
                rs -> out.add(new Request(rs.getLong(1), rs.getLong(3), rs.getLong(2))));
        return out;
    }

    /** Rows keyed exchange|tranche|side|category, the persons summed (the page's counts read as digits). */
    private static Map<String, Long> handovers(List<List<String>> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (List<String> row : rows) {
            if (!row.getFirst().equals(EN.getString("figures.col.exchange"))) {
                out.merge(row.get(0) + "|" + row.get(1) + "|" + row.get(3) + "|" + row.get(4), FigurePage.count(row.get(5)),
                        Long::sum);
            }
        }
        return out;
    }

    /** The rows with every cell from {@code from} on read as a count and written as plain digits. */
    private static List<List<String>> digits(List<List<String>> rows, int from) {
        return rows.stream().map(r -> {
            List<String> out = new ArrayList<>(r.subList(0, from));
            r.subList(from, r.size()).forEach(c -> out.add(String.valueOf(FigurePage.count(c))));
            return (List<String>) out;
        }).toList();
    }

    private Map<String, Long> category(Set<PersonRef> persons) {
        Map<String, Long> out = new HashMap<>();
        Map<org.repatria.core.list.ListId, List<String>> byList = new HashMap<>();
        persons.forEach(p -> byList.computeIfAbsent(p.list(), k -> new ArrayList<>()).add(p.rowId()));
        byList.forEach((list, rowIds) -> store.lists().personsByRowId(list, rowIds).values()
                .forEach(p -> out.merge(EN.getString("category." + p.category().name()), 1L, Long::sum)));
        return out;
    }

    private static String name(String party) {
        return store.parties().all().stream().filter(p -> p.id().value().equals(party)).map(Party::name).findFirst()
                .orElseThrow();
    }

    private static List<List<String>> csv(String figure, String lang) {
        return csv(mediator, figure, lang);
    }

    private static List<List<String>> csv(Client reader, String figure, String lang) {
        HttpResponse<String> r = reader.get("/desk/figures/" + figure + "/export/csv?lang=" + lang);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return FigurePage.csv(r.body());
    }

    private static Client desk(String username) {
        DemoAccount a = scenario.accounts().stream().filter(d -> d.account().username().equals(username)).findFirst()
                .orElseThrow();
        return FigurePage.desk(server.port(), username, a.password());
    }

    private static ResourceBundle words(String lang) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowReader reader) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    private static long single(String sql) throws SQLException {
        long[] n = new long[1];
        query(sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }
}
