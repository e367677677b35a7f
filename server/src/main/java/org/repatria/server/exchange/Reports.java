package org.repatria.server.exchange;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.tranche.Placement;
import org.repatria.core.tranche.Tranche;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.route.AdmittedRequest;
import org.repatria.server.reads.Reads;
import org.repatria.store.Store;
import org.repatria.store.exchange.StoredNomination;

/**
 * Reports per agreement: CSV, one line per nominee the reader may see (verdict, tranche, state, request row), and a
 * bilingual PDF summary ({@link ReportPdf}); an observer granted the agreement gets the PDF without persons.
 */
final class Reports {
    private static final String CSV_HEADER = "party,list,row,name,priority,reserve,health,eligible,reason,tranche,state,"
            + "request_list,request_row\r\n";
    private final Store store;
    private final AgreementAccess agreements;
    private final ExchangeDocuments documents;

    Reports(Store store, AgreementAccess agreements, ExchangeDocuments documents) {
        this.store = store;
        this.agreements = agreements;
        this.documents = documents;
    }

    void download(AdmittedRequest call) {
        Account reader = call.account();
        String id = call.ctx().pathParam("id");
        String format = call.ctx().pathParam("format").toLowerCase(Locale.ROOT);
        AcceptedAgreement loaded = AcceptedAgreement.of(store, agreements, reader, id);
        boolean persons = agreements.readsPersons(reader, loaded.replayed().stored());
        byte[] bytes = switch (format) {
            case "csv" -> {
                if (!persons) {
                    throw HttpProblem.forbidden("the CSV names persons; ask for the PDF summary");
                }
                yield csv(reader, loaded);
            }
            case "pdf" -> ReportPdf.write(loaded, AgreementReplies.agreement(store, documents, loaded.replayed(),
                    step -> agreements.mayRead(reader, step)), PlanVersions.inForce(store, loaded), store.exchanges().acts(id),
                    store.exchanges().discrepancies(id), persons);
            default -> throw HttpProblem.invalid("format", "choose csv or pdf");
        };
        if (persons) { // the record of reads (0165): a report that names persons
            Reads.persons(call, List.of(id), format.equals("csv") ? lines(bytes) - 1 : store.exchanges().nominations(id).size());
        }
        call.ctx().header("Content-Disposition", "attachment; filename=\"agreement-" + id + "." + format + "\"")
                .contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/pdf").result(bytes);
    }

    private static int lines(byte[] csv) {
        int n = 0;
        for (byte b : csv) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }

    private byte[] csv(Account reader, AcceptedAgreement loaded) {
        Map<PersonRef, Integer> tranches = new HashMap<>();
        PlanVersions.inForce(store, loaded).ifPresent(v -> {
            for (Tranche t : v.plan().tranches()) {
                for (Placement p : t.placements()) {
                    tranches.put(p.nominee().person(), t.number());
                }
            }
        });
        boolean side = loaded.replayed().stored().isSide(reader.party());
        StringBuilder out = new StringBuilder(CSV_HEADER);
        List<StoredNomination> nominations = store.exchanges().nominations(loaded.id());
        loaded.persons().load(nominations.stream().map(StoredNomination::person).toList());
        for (StoredNomination n : nominations) {
            if (side && !n.party().equals(reader.party())) {
                continue;
            }
            String name = ListedPersons.name(loaded.persons().person(n.person(), "row"));
            List<String> cells = List.of(n.party().value(), n.person().list().toString(), n.person().rowId(), name,
                    String.valueOf(n.priority()), String.valueOf(n.reserve()), n.health(), String.valueOf(n.eligible()),
                    n.reason(), tranches.containsKey(n.person()) ? String.valueOf(tranches.get(n.person())) : "",
                    loaded.states().getOrDefault(n.person(), ""), n.request().map(r -> r.list().toString()).orElse(""),
                    n.request().map(PersonRef::rowId).orElse(""));
            out.append(String.join(",", cells.stream().map(Reports::cell).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting; a leading formula character is defused so a spreadsheet shows text, not a formula. */
    private static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
