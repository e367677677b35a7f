package org.repatria.core.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;

class CountTextTest {
    private static final PartyId UA = new PartyId("ua");

    private static byte[] text(String persons) {
        return ("COUNT\nagreement: a-1\ntranche: 2\nstage: declared\nside: ua\npersons: " + persons
                + "\nbags: 12\nsamples: -\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCountReadsBackFromItsOwnText() {
        Count c = new Count("a-1", 2, Stage.MORGUE, UA, new Figures(1209, 1212, OptionalInt.of(1300)));
        assertThat(CountText.parse(c.text())).isEqualTo(c);
    }

    @Test
    void samplesNotCountedAreWrittenAsADash() {
        assertThat(new String(Count.of("a-1", 1, Stage.DECLARED, UA, 3, 4).text(), StandardCharsets.UTF_8))
                .isEqualTo("COUNT\nagreement: a-1\ntranche: 1\nstage: declared\nside: ua\npersons: 3\nbags: 4\nsamples: -\n");
    }

    @Test
    void aCountThatIsNotANumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CountText.parse(text("twelve"))).isInstanceOf(CountException.class)
                .hasMessageContaining("persons: 'twelve' is not a number")
                .satisfies(e -> assertThat(((CountException) e).field()).isEqualTo("persons"));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> CountText.parse(text("-3"))).isInstanceOf(CountException.class)
                .hasMessageContaining("persons: -3 is negative");
    }

    @Test
    void aCountBeyondTheLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> CountText.parse(text("12001"))).isInstanceOf(CountException.class)
                .hasMessageContaining("persons: 12001 is beyond the limit of one tranche's count, 12000");
    }

    @Test
    void anUnknownStageIsRefusedWithTheThreeThereAre() {
        byte[] t = new String(text("1"), StandardCharsets.UTF_8).replace("declared", "weighed").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CountText.parse(t)).hasMessageContaining("use declared, crossing or morgue");
    }

    @Test
    void aTextWithALineMissingIsRefused() {
        byte[] t = "COUNT\nagreement: a\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CountText.parse(t)).isInstanceOf(CountException.class).hasMessageContaining("the line COUNT");
    }
}
