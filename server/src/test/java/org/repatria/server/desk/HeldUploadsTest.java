package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.repatria.server.TestClock;
import org.repatria.server.upload.ListUploads;

class HeldUploadsTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T04:00:00Z"));
    private final HeldUploads held = new HeldUploads(clock);
    private final UploadForm form = new UploadForm("t", "holding", "", "");

    @Test
    void aHeldFileIsTakenOnceByItsOwner() {
        String id = held.keep("a-desk", form, new byte[] {1, 2}).orElseThrow();
        assertThat(held.take(id, "b-desk")).isEmpty();
        assertThat(held.take(id, "a-desk")).hasValueSatisfying(h -> assertThat(h.file()).containsExactly(1, 2));
        assertThat(held.take(id, "a-desk")).isEmpty();
    }

    @Test
    void aHeldFileIsGoneAfterTenMinutes() {
        String id = held.keep("a-desk", form, new byte[] {1}).orElseThrow();
        clock.advance(HeldUploads.KEPT);
        assertThat(held.take(id, "a-desk")).isEmpty();
    }

    @Test
    void theOldestFilesGiveWayWhenTheBoundIsReached() {
        int half = (int) (ListUploads.MAX_BYTES / 2);
        String first = held.keep("a-desk", form, new byte[half]).orElseThrow();
        String second = held.keep("a-desk", form, new byte[half]).orElseThrow();
        String third = held.keep("a-desk", form, new byte[1]).orElseThrow();
        assertThat(held.take(first, "a-desk")).isEmpty();
        assertThat(held.take(second, "a-desk")).isPresent();
        assertThat(held.take(third, "a-desk")).isPresent();
    }

    @Test
    void aFileBiggerThanTheBoundIsNotKept() {
        assertThat(held.keep("a-desk", form, new byte[(int) ListUploads.MAX_BYTES + 1])).isEmpty();
    }
}
