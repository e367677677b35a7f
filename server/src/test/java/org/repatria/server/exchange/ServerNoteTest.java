package org.repatria.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerNoteTest {

    @Test
    void aNoteTheServerWroteIsReadBackWithItsArguments() {
        String written = ServerNote.BAG.write("C-1", "W-2");
        assertThat(written).isEqualTo("container C-1, wagon W-2");
        assertThat(ServerNote.read(written)).contains(new ServerNote.Read(ServerNote.BAG, List.of("C-1", "W-2")));
        assertThat(ServerNote.read(ServerNote.RECEIVED.write(3)))
                .contains(new ServerNote.Read(ServerNote.RECEIVED, List.of("3")));
    }

    @Test
    void aNoteAPersonTypedIsNotTheServers() {
        assertThat(ServerNote.read("Київ, холодильне сховище")).isEmpty();
        assertThat(ServerNote.read("act signed late")).isEmpty();
    }

    @Test
    void theNotesOfANominationAndAConfirmedPlanAreTheServersAndKeepTheWordingStoredBefore() {
        assertThat(ServerNote.NOMINATED.write("ist-2025-05-pow")).isEqualTo("nominated for ist-2025-05-pow");
        assertThat(ServerNote.read("agreed in plan 1")).contains(new ServerNote.Read(ServerNote.AGREED, List.of("1")));
        assertThat(ServerNote.read("placed in plan 2")).contains(new ServerNote.Read(ServerNote.PLACED, List.of("2")));
    }
}
