package org.repatria.core.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repatria.core.party.PartyId;
import org.repatria.core.person.Category;

class ListHeaderTest {
    static final ListId ID = new ListId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001"));

    @Test
    void missingTitleBecomesEmptyAndTitleIsStripped() {
        assertThat(new ListHeader(ID, new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD, null, Lists.CREATED, 0).title()).isEmpty();
        assertThat(new ListHeader(ID, new PartyId("ua"), ListPurpose.REQUEST, Category.CHILD, " Діти ", Lists.CREATED, 0).title())
                .isEqualTo("Діти");
    }

    @Test
    void negativeRowCountIsRefused() {
        assertThatThrownBy(() -> new ListHeader(ID, new PartyId("ua"), ListPurpose.REQUEST, Category.POW, "", Lists.CREATED, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listIdParsesItsOwnTextForm() {
        assertThat(ListId.parse(" " + ID + " ")).isEqualTo(ID);
    }

    @Test
    void listIdThatIsNotAUuidIsRefused() {
        assertThatThrownBy(() -> ListId.parse("list-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
