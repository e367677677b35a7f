package org.repatria.store.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.child.CaseField;
import org.repatria.core.child.CaseParticulars;
import org.repatria.core.list.ListId;
import org.repatria.core.list.PersonList;
import org.repatria.store.DuplicateException;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;

/** Permissions, the record of reads and the children's cases, read back as written on every engine. */
class ChildStoreTest extends OnEveryEngine {
    private static final Instant AT = People.T0;
    private ListId list;

    @BeforeEach
    void aPartysListAndAccounts() {
        People.addParties(store());
        store().accounts().add(new Account("olena", "Олена", People.UA, Role.PARTY_DESK), "$argon2id$x");
        store().accounts().add(new Account("ivan", "Иван", People.RU, Role.PARTY_DESK), "$argon2id$x");
        PersonList l = People.list(People.UA, AT, People.pow("1", "Бондар", "Марія", "2012", "", ""));
        store().lists().add(l);
        list = l.header().id();
    }

    @Test
    void aGrantedPermissionIsHeldOnceAndARevokedOneIsGone() {
        store().permissions().grant("olena", Permission.CHILDREN);
        store().permissions().grant("olena", Permission.CHILDREN);

        assertThat(store().permissions().of("olena")).containsExactly(Permission.CHILDREN);
        assertThat(store().permissions().ofParty(People.UA)).containsEntry("olena", java.util.Set.of(Permission.CHILDREN));
        store().permissions().revoke("olena", Permission.CHILDREN);
        assertThat(store().permissions().of("olena")).isEmpty();
    }

    @Test
    void aPartysScopeHoldsItsAccountsReadsAndTheReadsOfItsLists() {
        store().childReads().record(read("r1", "ivan", People.RU, Optional.of("1"), RecordPart.CASE, AT));
        store().childReads().record(read("r2", "olena", People.UA, Optional.empty(), RecordPart.ROWS, AT.plusSeconds(1)));

        ReadQuery ua = new ReadQuery(Optional.of(People.UA), Optional.empty(), Optional.empty(), Optional.empty(), 0, 10);
        ReadQuery ru = new ReadQuery(Optional.of(People.RU), Optional.empty(), Optional.empty(), Optional.empty(), 0, 10);

        assertThat(store().childReads().page(ua)).extracting(ChildRead::id).containsExactly("r2", "r1");
        assertThat(store().childReads().page(ru)).containsExactly(read("r1", "ivan", People.RU, Optional.of("1"),
                RecordPart.CASE, AT));
        assertThat(store().childReads().count(ru)).isEqualTo(1);
    }

    @Test
    void particularsArePutAndReplacedWhole() {
        store().childCases().saveParticulars(list, "1", new CaseParticulars(Map.of(CaseField.GUARDIANS, "Олена Бондар",
                CaseField.REMOVAL_DATE, "2022-10")), "olena", AT);
        store().childCases().saveParticulars(list, "1", new CaseParticulars(Map.of(CaseField.INSTITUTION, "інтернат")),
                "olena", AT);

        assertThat(store().childCases().particulars(list, "1").values()).containsExactly(Map.entry(CaseField.INSTITUTION, "інтернат"));
        assertThat(store().childCases().rowsWithParticulars(list)).containsExactly("1");
    }

    @Test
    void aPhotographsBytesComeBackAsStored() {
        byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        StoredPhoto p = new StoredPhoto("p1", list, "1", "image/png", "2021", bytes.length, "0".repeat(64), "olena", AT);

        store().childCases().addPhoto(p, bytes);

        assertThat(store().childCases().photos(list, "1")).containsExactly(p);
        assertThat(store().childCases().photoContent("p1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }

    @Test
    void aCaseClosesOnce() {
        Closure c = new Closure(list, "1", "amir", "reunification 1", AT);
        store().childCases().close(c);

        assertThat(store().childCases().closure(list, "1")).contains(c);
        assertThatThrownBy(() -> store().childCases().close(new Closure(list, "1", "amir", "again", AT)))
                .isInstanceOf(DuplicateException.class);
    }

    private ChildRead read(String id, String user, org.repatria.core.party.PartyId party, Optional<String> row, RecordPart what,
                           Instant at) {
        return new ChildRead(id, at, user, party, Role.PARTY_DESK, list, People.UA, row, what);
    }
}
