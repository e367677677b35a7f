package org.repatria.server.death;

import java.util.ArrayList;
import java.util.List;
import org.repatria.core.death.DeathRecordText;
import org.repatria.lists.export.CsvExport;
import org.repatria.lists.export.Table;
import org.repatria.server.death.DeathMessages.DeathRecordReply;

/**
 * Death records as CSV (the lists' export: UTF-8 with a byte-order mark, formula-like cells made inert): the envelope,
 * revision, the record it corrects, whether it was relayed and whether a later one corrects it, then the particulars
 * under the canonical text's keys. Its header is a contract (README).
 */
final class DeathRecordCsv {
    /** The columns before the particulars. */
    static final List<String> FIRST = List.of("envelope_id", "revision", "relayed", "corrected");

    private DeathRecordCsv() {
    }

    static byte[] write(List<DeathRecordReply> records) {
        List<String> header = new ArrayList<>(FIRST);
        DeathRecordText.KEYS.forEach(k -> header.add(k.replace('-', '_')));
        List<List<String>> rows = new ArrayList<>();
        for (DeathRecordReply r : records) {
            List<String> row = new ArrayList<>(List.of(r.envelopeId(), String.valueOf(r.revision()),
                    String.valueOf(r.relayed()), String.valueOf(r.corrected())));
            DeathRecordText.KEYS.forEach(k -> row.add(r.particulars().getOrDefault(k, "")));
            rows.add(row);
        }
        return CsvExport.write(new Table(header, rows));
    }
}
