package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.repatria.core.agreement.Agreement;
import org.repatria.core.agreement.AgreementId;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.Deadlines;
import org.repatria.core.agreement.Eligibility;
import org.repatria.core.agreement.Health;
import org.repatria.core.agreement.Nominee;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.agreement.Terms;
import org.repatria.core.document.EntryKind;
import org.repatria.core.handover.ActLanguage;
import org.repatria.core.handover.HandoverAct;
import org.repatria.core.handover.Manifest;
import org.repatria.core.handover.Presented;
import org.repatria.core.handover.Reconciliation;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;
import org.repatria.core.person.PartialDate;

/**
 * The act of a remains rail tranche of 1,200 bodies as a PDF (docs/decisions/0177): every page headed and numbered,
 * the Cyrillic font embedded with its ToUnicode map, and how long it takes and how large it is.
 */
class RailActPdfTest {
    private static final int BODIES = 1_200;
    private static final PartyId UA = new PartyId("ua");
    private static final PartyId RU = new PartyId("ru");
    private static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко",
        "Олійник", "Їжак", "Щербак", "Гнатюк"};
    private static final String[] GIVEN = {"Олександр", "Андрій", "Григорій", "Євген", "Юрій", "Ігор"};
    private static byte[] pdf;
    private static long firstMillis;
    private static long againMillis;

    @BeforeAll
    static void printed() {
        ActPdf.Sheet sheet = sheet(railAct());
        long t0 = System.nanoTime();
        pdf = ActPdf.write(sheet);
        long t1 = System.nanoTime();
        ActPdf.write(sheet);
        long t2 = System.nanoTime();
        firstMillis = (t1 - t0) / 1_000_000;
        againMillis = (t2 - t1) / 1_000_000;
        System.out.printf(Locale.ROOT, "act PDF, %d bodies: %d bytes, first %d ms, again %d ms%n", BODIES, pdf.length,
                firstMillis, againMillis);
    }

    /** One tranche of 1,200 bodies from ru to ua by rail: tags, seeded Cyrillic names, 40 bags a container, 300 a wagon. */
    static HandoverAct railAct() {
        ListId list = new ListId(UUID.nameUUIDFromBytes("ru-remains".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Agreement a = new Agreement(new AgreementId("rail-2025"), AgreementKind.REMAINS, UA, RU, new PartyId("tr"),
                new Terms.OneWay(RU, OptionalInt.of(6_060), Eligibility.anyoneOf(Category.REMAINS)),
                new Deadlines(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 9, 30)));
        Random random = new Random(16);
        List<Nominee> bodies = new ArrayList<>();
        List<Presented> presented = new ArrayList<>();
        for (int i = 1; i <= BODIES; i++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
            bodies.add(new Nominee(new PersonRef(list, "b" + i), RU, Category.REMAINS, PartialDate.unknown(),
                    Health.NOT_APPLICABLE, "", "BT-" + i, name));
            presented.add(Presented.body("BT-" + i, name, "C-" + (1 + (i - 1) / 40), "W-" + (1 + (i - 1) / 300)));
        }
        Reconciliation r = Reconciliation.of(new Manifest(a.id(), 3, RU, UA, bodies), presented, String::equals, List.of());
        return new HandoverAct(a, 3, LocalDate.of(2025, 6, 11), "rail crossing", List.of(r));
    }

    private static ActPdf.Sheet sheet(HandoverAct act) {
        List<ActPdf.Signer> signers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            signers.add(new ActPdf.Signer(i % 2 == 0 ? EntryKind.SUBMITTED : EntryKind.RELAYED, i < 2 ? "Україна (ua)"
                    : "Россия (ru)", "desk-" + i, "own", Instant.parse("2025-06-11T12:00:00Z"), 4_000 + i,
                    HexFormat.of().formatHex(new byte[32]).replace('0', (char) ('a' + i)), "e".repeat(64)));
        }
        return new ActPdf.Sheet("rail-2025", 3, true, act.lines(ActLanguage.UK), signers, "0".repeat(64),
                OptionalLong.of(4_002));
    }

    @Test
    void everyPageHasTheHeaderAndItsNumberOfAll() throws IOException {
        List<String> pages = PrintedPages.texts(pdf);

        assertThat(pages.size()).isGreaterThan(20);
        for (int i = 1; i <= pages.size(); i++) {
            assertThat(pages.get(i - 1)).contains("Handover act / Акт передачі / Акт передачи · rail-2025")
                    .contains("Page " + i + " of " + pages.size() + " / Сторінка " + i + " з " + pages.size());
        }
    }

    @Test
    void everyBodyOfTheTrancheIsPrinted() throws IOException {
        String text = String.join("\n", PrintedPages.texts(pdf));

        for (int i = 1; i <= BODIES; i++) {
            assertThat(text).contains("| BT-" + i + " |");
        }
    }

    @Test
    void theFontIsEmbeddedWithItsGlyphsAndAToUnicodeMap() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(((PDType0Font) f).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
                assertThat(f.getCOSObject().containsKey(COSName.TO_UNICODE)).isTrue();
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void cyrillicLettersExtractBackThroughTheFontsMap() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).contains("Українська", "Русский", "АКТ ПЕРЕДАЧІ", "АКТ ПЕРЕДАЧИ",
                    "Пункт перетину", "Їжак");
        }
    }

    @Test
    void aRailTrancheOfTwelveHundredPrintsWithinTenSeconds() {
        assertThat(againMillis).isLessThan(10_000);
        assertThat(pdf.length).isLessThan(2_000_000);
    }
}
