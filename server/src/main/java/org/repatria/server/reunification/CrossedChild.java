package org.repatria.server.reunification;

import java.util.Optional;
import org.repatria.core.account.Account;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.agreement.AgreementKind;
import org.repatria.core.agreement.PersonRef;
import org.repatria.core.list.ListId;
import org.repatria.core.party.PartyId;
import org.repatria.server.error.HttpProblem;
import org.repatria.server.exchange.AgreementMessages.AgreementReply;
import org.repatria.server.exchange.Exchange;
import org.repatria.server.exchange.TrancheMessages.DirectionReply;
import org.repatria.server.exchange.TrancheMessages.ManifestLine;
import org.repatria.server.exchange.TrancheMessages.OutcomeReply;

/**
 * A child on a tranche's manifest of a children's agreement, as the caller may see it: the agreement, the manifest
 * line (who hands the child to whom) and what the crossing recorded of it.
 */
record CrossedChild(AgreementReply agreement, int tranche, PersonRef child, ManifestLine line, String outcome) {
    private static final String HANDED_OVER = "HANDED_OVER";

    /** Finds {@code list}/{@code row} in tranche {@code tranche}; 400 for a malformed row, 409 for another kind or no such child. */
    static CrossedChild find(Exchange exchange, Account caller, String id, int tranche, String list, String row) {
        PersonRef child = ref("list", list, "row", row);
        AgreementReply agreement = exchange.agreement(caller, id);
        if (!agreement.kind().equalsIgnoreCase(AgreementKind.CHILDREN.name())) {
            throw HttpProblem.conflict("not_children", "agreement " + id + " is of kind " + agreement.kind()
                    + "; guardian checks and reunifications are for a children's return");
        }
        for (DirectionReply d : exchange.recorded(caller, id, tranche).directions()) {
            for (OutcomeReply o : d.lines()) {
                if (o.line().list().equals(child.list().toString()) && o.line().row().equals(child.rowId())) {
                    return new CrossedChild(agreement, tranche, child, o.line(), o.outcome());
                }
            }
        }
        throw HttpProblem.conflict("not_handed_over", "child " + child + " is not on the manifest of tranche " + tranche
                + " of agreement " + id + "; nothing was recorded");
    }

    /** A person row from two fields; 400 naming the field when either is missing or the list is no list id. */
    static PersonRef ref(String listField, String list, String rowField, String row) {
        if (list == null || list.isBlank()) {
            throw HttpProblem.invalid(listField, "is required: the list id (a UUID)");
        }
        if (row == null || row.isBlank()) {
            throw HttpProblem.invalid(rowField, "is required: the row id within the list");
        }
        try {
            return new PersonRef(ListId.parse(list.strip()), row);
        } catch (IllegalArgumentException | AgreementException e) {
            throw HttpProblem.invalid(listField, "'" + list + "' is not a list id (a UUID)");
        }
    }

    /** Refuses (409 {@code not_handed_over}) a child the crossing did not record as handed over. */
    CrossedChild requireHandedOver() {
        if (!outcome.equals(HANDED_OVER)) {
            throw HttpProblem.conflict("not_handed_over", "child " + child + " was not handed over in tranche " + tranche
                    + " of agreement " + agreement.id() + " (the crossing records: " + outcome + "); nothing was recorded");
        }
        return this;
    }

    /** The side the child is handed to. */
    PartyId receiver() {
        return new PartyId(line.to());
    }

    /** Whether {@code caller} works for the agreement's mediator. */
    boolean mediator(Account caller) {
        return caller.party().value().equals(agreement.mediator());
    }

    Optional<String> name() {
        return Optional.ofNullable(line.name()).filter(n -> !n.isBlank());
    }
}
