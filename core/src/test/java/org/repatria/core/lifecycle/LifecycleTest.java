package org.repatria.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.TR;
import static org.repatria.core.agreement.Fixtures.UA;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.Role;
import org.repatria.core.agreement.Fixtures;
import org.repatria.core.agreement.Health;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

class LifecycleTest {
    private static final Instant NOW = Instant.parse("2025-06-02T12:00:00Z");
    private static final Lifecycle LIFECYCLE = new Lifecycle(Clock.fixed(NOW, ZoneOffset.UTC));

    /** The rules as the issue states them, written independently of the table: from, to, standing, role, for whom. */
    private static final String SPEC = """
            REQUESTED CONFIRMED_HELD holder party_desk all
            REQUESTED NOT_FOUND holder party_desk all
            REQUESTED WITHDRAWN receiver party_desk all
            CONFIRMED_HELD NOMINATED holder party_desk all
            CONFIRMED_HELD NOMINATED receiver party_desk all
            CONFIRMED_HELD DIED_IN_CUSTODY holder party_desk living
            CONFIRMED_HELD WITHDRAWN receiver party_desk all
            NOMINATED AGREED mediator mediator all
            NOMINATED WITHDRAWN holder party_desk all
            NOMINATED WITHDRAWN receiver party_desk all
            NOMINATED NOT_FOUND holder party_desk all
            NOMINATED DIED_IN_CUSTODY holder party_desk living
            NOMINATED REFUSED_REPATRIATION mediator mediator living
            AGREED IN_TRANCHE mediator mediator all
            AGREED WITHDRAWN mediator mediator all
            AGREED NOT_FOUND holder party_desk all
            AGREED DIED_IN_CUSTODY holder party_desk living
            AGREED REFUSED_REPATRIATION mediator mediator living
            IN_TRANCHE HANDED_OVER holder party_desk all
            IN_TRANCHE NOT_FOUND holder party_desk all
            IN_TRANCHE NOT_FOUND mediator mediator all
            IN_TRANCHE REFUSED_REPATRIATION mediator mediator living
            IN_TRANCHE DIED_IN_CUSTODY holder party_desk living
            IN_TRANCHE AGREED mediator mediator all
            HANDED_OVER RECEIVED receiver party_desk all
            RECEIVED IDENTIFIED receiver identification remains
            NOT_FOUND CONFIRMED_HELD holder party_desk all
            """;

    private static Subject subject(Category category, PersonState state) {
        return new Subject(Fixtures.prisoner(RU, 1, Health.FIT).person(), category, RU, UA, TR, state);
    }

    private static Account account(Standing standing, Role role) {
        PartyId party = switch (standing) {
            case HOLDER -> RU;
            case RECEIVER -> UA;
            case MEDIATOR -> TR;
        };
        return new Account("clerk", "Clerk", party, role);
    }

    private static boolean specAllows(Category c, PersonState from, PersonState to, Standing s, Role r) {
        return SPEC.lines().map(l -> l.split(" ")).anyMatch(f -> f[0].equals(from.name()) && f[1].equals(to.name())
                && f[2].equals(s.name().toLowerCase(Locale.ROOT)) && f[3].equals(r.name().toLowerCase(Locale.ROOT))
                && (f[4].equals("all") || f[4].equals(c == Category.REMAINS ? "remains" : "living")));
    }

    @Test
    void everyCombinationIsAllowedExactlyWhenTheRulesSaySo() {
        List<String> wrong = new ArrayList<>();
        int allowed = 0;
        for (Category c : Category.values()) {
            for (PersonState from : PersonState.values()) {
                for (PersonState to : PersonState.values()) {
                    for (Standing s : Standing.values()) {
                        for (Role r : Role.values()) {
                            boolean expected = specAllows(c, from, to, s, r);
                            boolean actual;
                            try {
                                LIFECYCLE.move(subject(c, from), to, account(s, r), "");
                                actual = true;
                            } catch (MoveRefusedException e) {
                                actual = false;
                            }
                            allowed += actual ? 1 : 0;
                            if (actual != expected) {
                                wrong.add(c + " " + from + "->" + to + " " + s + " " + r + " expected " + expected);
                            }
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(allowed).isPositive();
    }

    @Test
    void aMoveRecordsFromToWhoForWhichPartyWhenAndWhy() {
        Move m = LIFECYCLE.move(subject(Category.POW, PersonState.IN_TRANCHE), PersonState.HANDED_OVER,
                new Account("olena", "Olena", RU, Role.PARTY_DESK), "bus 3");
        assertThat(m).isEqualTo(new Move(m.person(), PersonState.IN_TRANCHE, PersonState.HANDED_OVER, "olena", RU,
                Role.PARTY_DESK, Standing.HOLDER, NOW, "bus 3"));
    }

    @Test
    void aPassedTimeIsRecordedInsteadOfTheClocks() {
        Instant earlier = Instant.parse("2025-05-23T08:00:00Z");
        Move m = LIFECYCLE.move(subject(Category.POW, PersonState.HANDED_OVER), PersonState.RECEIVED,
                account(Standing.RECEIVER, Role.PARTY_DESK), "", earlier);
        assertThat(m.at()).isEqualTo(earlier);
    }

    @Test
    void anImpossibleMoveSaysWhyAndWhatIsAllowed() {
        assertThatThrownBy(() -> LIFECYCLE.move(subject(Category.POW, PersonState.IN_TRANCHE), PersonState.RECEIVED,
                account(Standing.HOLDER, Role.PARTY_DESK), "")).isInstanceOf(MoveRefusedException.class)
                .hasMessage("cannot move " + subject(Category.POW, PersonState.IN_TRANCHE).person() + " (pow) from IN_TRANCHE"
                        + " to RECEIVED as the holder (party desk); allowed from IN_TRANCHE: HANDED_OVER by the holder"
                        + " (party desk), NOT_FOUND by the holder (party desk), NOT_FOUND by the mediator (mediator),"
                        + " REFUSED_REPATRIATION by the mediator (mediator), DIED_IN_CUSTODY by the holder (party desk),"
                        + " AGREED by the mediator (mediator)");
    }

    @Test
    void aFinalStateSaysSo() {
        assertThatThrownBy(() -> LIFECYCLE.move(subject(Category.POW, PersonState.WITHDRAWN), PersonState.NOMINATED,
                account(Standing.RECEIVER, Role.PARTY_DESK), "")).hasMessageEndingWith("allowed from WITHDRAWN: none: WITHDRAWN is final");
    }

    @Test
    void aPartyWithNoStandingIsRefused() {
        Account outsider = new Account("outsider", "Outsider", new PartyId("by"), Role.PARTY_DESK);
        assertThatThrownBy(() -> LIFECYCLE.move(subject(Category.POW, PersonState.REQUESTED), PersonState.CONFIRMED_HELD,
                outsider, "")).hasMessageEndingWith("by neither holds them (ru), receives them (ua) nor mediates (tr-mfa)");
    }

    @Test
    void onlyRemainsCanBeIdentifiedAndOnlyTheLivingRefuse() {
        Set<PersonState> remains = Lifecycle.allowedFrom(PersonState.IN_TRANCHE, Category.REMAINS).stream()
                .map(Transition::to).collect(Collectors.toSet());
        assertThat(remains).doesNotContain(PersonState.REFUSED_REPATRIATION, PersonState.DIED_IN_CUSTODY);
        assertThat(Lifecycle.allowedFrom(PersonState.RECEIVED, Category.POW)).isEmpty();
        assertThat(Lifecycle.allowedFrom(PersonState.RECEIVED, Category.REMAINS)).extracting(Transition::to)
                .containsExactly(PersonState.IDENTIFIED);
    }

    @Test
    void aRecordedHistoryReplaysToItsLastState() {
        Subject start = subject(Category.POW, PersonState.IN_TRANCHE);
        Move out = LIFECYCLE.move(start, PersonState.HANDED_OVER, account(Standing.HOLDER, Role.PARTY_DESK), "");
        Move in = LIFECYCLE.move(start.in(PersonState.HANDED_OVER), PersonState.RECEIVED, account(Standing.RECEIVER, Role.PARTY_DESK), "");
        assertThat(Lifecycle.replay(start, List.of(out, in)).state()).isEqualTo(PersonState.RECEIVED);
    }

    @Test
    void aHistoryWithAGapIsRefusedNamingTheMove() {
        Subject start = subject(Category.POW, PersonState.IN_TRANCHE);
        Move in = LIFECYCLE.move(start.in(PersonState.HANDED_OVER), PersonState.RECEIVED, account(Standing.RECEIVER, Role.PARTY_DESK), "");
        assertThatThrownBy(() -> Lifecycle.replay(start, List.of(in))).isInstanceOf(MoveRefusedException.class)
                .hasMessage("move 1 of the history of " + start.person() + " (HANDED_OVER to RECEIVED by clerk) does not follow:"
                        + " the person was then IN_TRANCHE");
    }

    @Test
    void aMoveRecordedWithAStandingThatMayNotMakeItIsRefusedOnReplay() {
        Subject start = subject(Category.POW, PersonState.IN_TRANCHE);
        Move forged = new Move(start.person(), PersonState.IN_TRANCHE, PersonState.HANDED_OVER, "clerk", UA, Role.PARTY_DESK,
                Standing.RECEIVER, NOW, "");
        assertThatThrownBy(() -> Lifecycle.replay(start, List.of(forged))).hasMessageContaining("does not follow");
    }
}
