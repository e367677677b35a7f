package org.repatria.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.repatria.core.agreement.Fixtures.RU;
import static org.repatria.core.agreement.Fixtures.TR;
import static org.repatria.core.agreement.Fixtures.UA;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;

class NegotiationTest {

    @Test
    void aFreshProposalIsOnTheTableUnaccepted() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1000, 1000));
        assertThat(n.state()).isEqualTo(NegotiationState.PROPOSED);
        assertThat(n.accepted()).isEmpty();
    }

    @Test
    void theCounterpartyAcceptingTheLatestTextSettlesIt() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1200, 1200)).counter(RU, 1, Fixtures.fixed(1000, 1000));
        assertThat(n.state()).isEqualTo(NegotiationState.COUNTERED);
        assertThat(n.latest().answers()).isEqualTo(OptionalInt.of(1));
        Negotiation done = n.accept(UA, 2);
        assertThat(done.state()).isEqualTo(NegotiationState.ACCEPTED);
        assertThat(done.accepted()).contains(Fixtures.fixed(1000, 1000));
    }

    @Test
    void acceptingYourOwnProposalIsRefused() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1000, 1000));
        assertThatThrownBy(() -> n.accept(UA, 1)).isInstanceOf(AgreementException.class)
                .hasMessage("ua cannot accept its own proposal 1; the counterparty must accept it");
    }

    @Test
    void acceptingASupersededProposalIsRefusedNamingTheLatest() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1200, 1200)).counter(RU, 1, Fixtures.fixed(1000, 1000));
        assertThatThrownBy(() -> n.accept(RU, 1))
                .hasMessage("proposal 1 is superseded by proposal 2; accept the latest instead");
    }

    @Test
    void answeringASupersededProposalIsRefused() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1200, 1200)).counter(RU, 1, Fixtures.fixed(1000, 1000));
        assertThatThrownBy(() -> n.counter(UA, 1, Fixtures.fixed(1100, 1100)))
                .hasMessage("proposal 1 is superseded by proposal 2; answer the latest instead");
    }

    @Test
    void aMediatorsTextNeedsBothPartiesToAccept() {
        Negotiation n = Negotiation.open(TR, Fixtures.fixed(1000, 1000)).accept(UA, 1);
        assertThat(n.state()).isEqualTo(NegotiationState.PROPOSED);
        assertThat(n.accept(RU, 1).accepted()).isPresent();
    }

    @Test
    void theMediatorCannotAccept() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1000, 1000));
        assertThatThrownBy(() -> n.accept(TR, 1)).hasMessage("tr-mfa cannot accept proposal 1: only ua and ru accept an agreement");
    }

    @Test
    void anOutsiderCannotPropose() {
        assertThatThrownBy(() -> Negotiation.open(new PartyId("by"), Fixtures.fixed(1, 1)))
                .hasMessage("by cannot propose agreement ist-2025-pow: only ua, ru and the mediator tr-mfa take part");
    }

    @Test
    void aCounterProposalMustKeepTheAgreementAndParties() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1000, 1000));
        assertThatThrownBy(() -> n.counter(RU, 1, Fixtures.bodies(10)))
                .hasMessageStartingWith("a counter-proposal must keep agreement ist-2025-pow");
    }

    @Test
    void anAcceptedTextIsFinal() {
        Negotiation done = Negotiation.open(UA, Fixtures.fixed(1000, 1000)).accept(RU, 1);
        assertThatThrownBy(() -> done.counter(UA, 1, Fixtures.fixed(900, 900)))
                .hasMessage("proposal 1 of agreement ist-2025-pow is already accepted and final; open a new negotiation to change it");
    }

    @Test
    void answeringYourOwnProposalIsRefused() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1000, 1000));
        assertThatThrownBy(() -> n.counter(UA, 1, Fixtures.fixed(900, 900)))
                .hasMessage("ua cannot answer its own proposal 1; wait for the counterparty's answer");
    }

    @Test
    void eachProposalCarriesItsCanonicalText() {
        Negotiation n = Negotiation.open(UA, Fixtures.fixed(1000, 1000));
        assertThat(n.latest().text()).isEqualTo(AgreementText.render(Fixtures.fixed(1000, 1000)));
    }
}
