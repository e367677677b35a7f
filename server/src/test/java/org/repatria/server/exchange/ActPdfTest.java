package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.repatria.server.Fixture.Who.A_DESK;
import static org.repatria.server.Fixture.Who.B_DESK;
import static org.repatria.server.Fixture.Who.MEDIATOR_DESK;
import static org.repatria.server.Fixture.Who.OBSERVER_DESK;
import static org.repatria.server.exchange.Signer.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.repatria.core.count.Stage;
import org.repatria.core.document.DocumentType;
import org.repatria.ledger.audit.Receipt;
import org.repatria.ledger.merkle.TreeHash;
import org.repatria.server.Client;
import org.repatria.server.Fixture;
import org.repatria.server.RunningServer;
import tools.jackson.databind.JsonNode;

/** The tranche's act as a PDF from the API: three languages, every signature's log entry, QR codes that decode (0177). */
class ActPdfTest {
    private static final String ACT = FiveForFive.AGREEMENT + "/tranches/1/act";
    private static final String REMAINS = "three-bodies";

    @RegisterExtension
    static final RunningServer running = new RunningServer(8);

    @BeforeAll
    static void bothSidesSignedTheAct() {
        FiveForFive x = FiveForFive.handedOverByUa(running);
        JsonNode act = get(running.api(MEDIATOR_DESK), ACT);
        byte[] text = act.get("text").asString().getBytes(StandardCharsets.UTF_8);
        JsonNode signed = x.ua.submit(ACT + "/signatures", DocumentType.HANDOVER_ACT, Fixture.B, text,
                Optional.of(act.get("anchor").asString()));
        x.ru.submit(ACT + "/signatures", DocumentType.HANDOVER_ACT, Fixture.A, text,
                Optional.of(signed.get("signatures").get(0).get("envelope_id").asString()));
        ThreeBodies.received(running, REMAINS);
        countedAtTheMorgueAfterTheActWasSigned();
    }

    /** ru states its morgue count once the remains act is signed: the act's draft now has a counts' section. */
    private static void countedAtTheMorgueAfterTheActWasSigned() {
        String path = "/api/v1/agreements/" + REMAINS;
        Signer ru = new Signer(Fixture.B, running.api(B_DESK), running.api(MEDIATOR_DESK), new AtomicInteger());
        String anchor = get(running.api(MEDIATOR_DESK), path + "/plans").get(0).get("envelope_id").asString();
        String text = "COUNT\nagreement: " + REMAINS + "\ntranche: 1\nstage: " + Stage.MORGUE.token() + "\nside: ru\n"
                + "persons: 3\nbags: 3\nsamples: -\n";
        Signer.post(ru.client, path + "/tranches/1/counts", ru.sign(DocumentType.COUNT, Fixture.A,
                text.getBytes(StandardCharsets.UTF_8), Optional.of(anchor)).body(), 201);
    }

    private static byte[] pdf() {
        HttpResponse<byte[]> r = download(ACT + ".pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return r.body();
    }

    private static HttpResponse<byte[]> download(String path) {
        return download(running.api(B_DESK), path);
    }

    private static HttpResponse<byte[]> download(Client client, String path) {
        try {
            return HttpClient.newHttpClient().send(client.request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every log entry of the act's signatures (submitted, relayed), from the documents API: index and entry bytes. */
    private static List<Receipt> entries() {
        List<Receipt> out = new ArrayList<>();
        for (JsonNode s : get(running.api(MEDIATOR_DESK), ACT).get("signatures")) {
            for (JsonNode step : get(running.api(MEDIATOR_DESK), "/api/v1/documents/" + s.get("envelope_id").asString())
                    .get("trail")) {
                out.add(Receipt.parse(get(running.api(MEDIATOR_DESK), "/api/v1/log/receipts/" + step.get("index").asLong())
                        .get("receipt").asString()));
            }
        }
        return out;
    }

    @Test
    void thePdfCarriesEachLanguagesHeadingAndTheActsHeadingInEach() throws IOException {
        String text = String.join("\n", PrintedPages.texts(pdf()));

        assertThat(text).contains("English", "Українська", "Русский", "HANDOVER ACT", "АКТ ПЕРЕДАЧІ", "АКТ ПЕРЕДАЧИ");
    }

    @Test
    void thePdfCarriesEverySignaturesLogIndexAndLeafHash() throws IOException {
        String text = String.join("\n", PrintedPages.texts(pdf())).replace("\n", " ");
        List<Receipt> entries = entries();

        assertThat(entries).hasSize(4);
        for (Receipt e : entries) {
            assertThat(text).contains("Log index / Індекс у журналі / Индекс в журнале: " + e.index())
                    .contains(TreeHash.leaf(e.entry()).hex());
        }
    }

    @Test
    void eachQrCodeDecodesToTheLogsOriginTheEntrysIndexAndItsLeafHash() throws IOException {
        List<String> expected = entries().stream().map(e -> "repatria-log-entry/v1\norigin repatria/log\nindex "
                + e.index() + "\nleaf " + TreeHash.leaf(e.entry()).hex() + "\n").toList();

        assertThat(PrintedPages.qrCodes(pdf())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void thePdfSaysItRendersTheSignedTextAndGivesThatTextsHash() throws IOException {
        byte[] signed = get(running.api(A_DESK), ACT).get("text").asString().getBytes(StandardCharsets.UTF_8);
        String text = String.join("\n", PrintedPages.texts(pdf()));

        assertThat(text).contains("This PDF renders the signed act for print");
        assertThat(text.replaceAll("\\s", "")).contains("SHA-256ofthesignedtext/SHA-256підписаноготексту/SHA-256"
                + "подписанноготекста:" + sha256(signed));
    }

    @Test
    void theActsTextIsUnchangedByPrintingIt() {
        String before = get(running.api(A_DESK), ACT).get("text").asString();
        pdf();

        assertThat(get(running.api(A_DESK), ACT).get("text").asString()).isEqualTo(before);
    }

    @Test
    void aRemainsActPrintsItsBagsContainersAndWagonsUnderTheThreeLanguages() throws IOException {
        HttpResponse<byte[]> r = download(running.api(A_DESK), "/api/v1/agreements/" + REMAINS + "/tranches/1/act.pdf");

        assertThat(r.statusCode()).isEqualTo(200);
        // A cell wraps its words over lines: compare with the line breaks as spaces.
        assertThat(String.join(" ", PrintedPages.texts(r.body())).replaceAll("\\s+", " ")).contains("remains of the fallen",
                "останки загиблих",
                "останки погибших", "container C-1 | wagon W-1");
    }

    @Test
    void aCountStatedAfterTheActWasSignedIsNotPrintedOnIt() throws IOException {
        HttpResponse<byte[]> r = download(running.api(A_DESK), "/api/v1/agreements/" + REMAINS + "/tranches/1/act.pdf");

        String text = String.join(" ", PrintedPages.texts(r.body())).replaceAll("\\s+", " ");
        assertThat(text).contains("Handed over: 3", "Передано: 3").doesNotContain("Counts", "Підрахунки", "Подсчёты");
    }

    @Test
    void anObserverIsRefusedTheActsPdf() {
        assertThat(download(running.api(OBSERVER_DESK), ACT + ".pdf").statusCode()).isEqualTo(403);
        assertThat(download(running.desk(OBSERVER_DESK), "/desk/agreements/" + FiveForFive.ID + "/tranches/1/act.pdf")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anAnonymousCallerIsRefusedTheActsPdf() {
        assertThat(download(running.anonymous(), ACT + ".pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void aTrancheNotInThePlanIsRefusedNamingIt() {
        HttpResponse<byte[]> r = download(FiveForFive.AGREEMENT + "/tranches/2/act.pdf");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("2");
    }

    @Test
    void aDeskReaderDownloadsThePdfFromTheLinkOnTheTranchePage() throws IOException {
        Client desk = running.desk(A_DESK);
        String page = desk.get("/desk/agreements/" + FiveForFive.ID + "/tranches/1").body();
        Matcher link = Pattern.compile("href=\"([^\"]+)\" id=\"act-pdf\"").matcher(page);
        assertThat(link.find()).as("the act's PDF link on the tranche page").isTrue();

        HttpResponse<byte[]> r = download(desk, link.group(1));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(String.join("\n", PrintedPages.texts(r.body()))).contains("АКТ ПЕРЕДАЧІ");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
