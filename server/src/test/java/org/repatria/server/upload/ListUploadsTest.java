package org.repatria.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.list.ListPurpose;
import org.repatria.core.person.Category;
import org.repatria.lists.field.Field;
import org.repatria.server.Fixture;
import org.repatria.server.TestClock;

/** The rules of a list import, which the API and the desk both go through. */
class ListUploadsTest {
    private static final String HEAD = "id,surname,given_name,birth_date,category\n";
    @TempDir
    Path dir;
    private Fixture world;
    private ListUploads uploads;

    @BeforeEach
    void open() {
        world = new Fixture(dir, 1);
        uploads = new ListUploads(world.store, new TestClock(Fixture.T0));
    }

    @AfterEach
    void close() {
        world.close();
    }

    private ListUploads.Outcome upload(Optional<Category> category, boolean warningsAccepted, String csv) {
        return uploads.upload(new ListUploads.Request(Fixture.A, "t", ListPurpose.HOLDING, category, Optional.empty(),
                warningsAccepted), csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCleanListIsStoredWithTheCategoryItsRowsShare() {
        var outcome = upload(Optional.empty(), false, HEAD + "1,Бондар,Ігор,1990,POW\n2,Мельник,Іван,1991,POW\n");
        assertThat(outcome).isInstanceOf(ListUploads.Stored.class);
        var list = ((ListUploads.Stored) outcome).list();
        assertThat(list.header().category()).isEqualTo(Category.POW);
        assertThat(world.store.lists().header(list.header().id())).contains(list.header());
    }

    @Test
    void rowsOfMixedCategoriesNeedTheListsCategory() {
        String csv = HEAD + "1,Бондар,Ігор,1990,POW\n2,Мельник,Іван,1991,CIVILIAN\n";
        assertThat(upload(Optional.empty(), false, csv)).isInstanceOfSatisfying(ListUploads.Refused.class, r ->
                assertThat(r.refusal()).isEqualTo(new ListUploads.MixedCategories(Set.of(Category.POW, Category.CIVILIAN))));
        assertThat(upload(Optional.of(Category.POW), false, csv)).isInstanceOfSatisfying(ListUploads.Stored.class, s ->
                assertThat(s.list().header().category()).isEqualTo(Category.POW));
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertThat(upload(Optional.of(Category.POW), false, HEAD)).isInstanceOfSatisfying(ListUploads.Refused.class, r ->
                assertThat(r.refusal()).isEqualTo(new ListUploads.NoRows()));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 1; i <= ListUploads.MAX_ROWS + 1; i++) {
            csv.append(i).append(",Бондар,Ігор,1990,POW\n");
        }
        assertThat(upload(Optional.empty(), true, csv.toString())).isInstanceOfSatisfying(ListUploads.Refused.class, r ->
                assertThat(r.refusal()).isEqualTo(new ListUploads.TooManyRows()));
    }

    @Test
    void errorsRejectAndWarningsWaitForTheAuthor() {
        assertThat(upload(Optional.empty(), false, HEAD + "1,Бондар,Ігор,31.02.1990,POW\n"))
                .isInstanceOf(ListUploads.Rejected.class);
        String warned = HEAD + "1,Бондар,Ігор,03.25.1990,CIVILIAN\n";
        assertThat(upload(Optional.empty(), false, warned)).isInstanceOfSatisfying(ListUploads.Unconfirmed.class, u ->
                assertThat(u.warnings()).isNotEmpty());
        assertThat(upload(Optional.empty(), true, warned)).isInstanceOfSatisfying(ListUploads.Stored.class, s ->
                assertThat(s.warnings()).isNotEmpty());
    }

    @Test
    void aColumnNamedByThePartyIsReadInItsNextUpload() {
        String csv = "id,surname,given_name,birth_date,category,kadrovy_nomer\n1,Бондар,Ігор,1990,POW,AB-1\n";
        assertThat(upload(Optional.empty(), false, csv)).isInstanceOf(ListUploads.Unconfirmed.class);
        uploads.nameColumns(Fixture.A, Map.of("kadrovy_nomer", Field.byCanonical("military_id").orElseThrow()));
        assertThat(upload(Optional.empty(), false, csv)).isInstanceOfSatisfying(ListUploads.Stored.class, s ->
                assertThat(s.list().rows().get(0).militaryId()).isEqualTo("AB-1"));
    }
}
