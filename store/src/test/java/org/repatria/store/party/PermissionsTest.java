package org.repatria.store.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repatria.core.account.Account;
import org.repatria.core.account.AccountAction;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.store.OnEveryEngine;
import org.repatria.store.People;
import org.repatria.store.StoreException;
import org.repatria.store.account.AccountChange;
import org.repatria.store.account.Actor;

/** A permission granted or revoked with its record of the change: both in one transaction, or neither (0182). */
class PermissionsTest extends OnEveryEngine {
    static final String HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    final Actor supervisor = Actor.of(new Account("ua.super", "", People.UA, Role.PARTY_DESK));

    @BeforeEach
    void anAccount() {
        People.addParties(store());
        store().accounts().add(new Account("olena", "Олена Коваль", People.UA, Role.PARTY_DESK), HASH);
    }

    @Test
    void aGrantIsStoredWithItsRecord() {
        assertThat(store().permissions().grant("olena", Permission.CHILDREN, change(AccountAction.ofPermission(Permission.CHILDREN, true))))
                .isTrue();

        assertThat(store().permissions().of("olena")).containsExactly(Permission.CHILDREN);
        assertThat(store().accountChanges().of("olena", 10)).containsExactly(change(AccountAction.ofPermission(Permission.CHILDREN, true)));
    }

    @Test
    void grantingTwiceRecordsOnce() {
        AccountChange granted = change(AccountAction.ofPermission(Permission.CHILDREN, true));
        store().permissions().grant("olena", Permission.CHILDREN, granted);

        assertThat(store().permissions().grant("olena", Permission.CHILDREN, granted)).isFalse();
        assertThat(store().accountChanges().of("olena", 10)).hasSize(1);
    }

    @Test
    void revokingWhatIsNotHeldRecordsNothing() {
        assertThat(store().permissions().revoke("olena", Permission.SUPERVISOR, change(AccountAction.ofPermission(Permission.SUPERVISOR, false))))
                .isFalse();
        assertThat(store().accountChanges().of("olena", 10)).isEmpty();
    }

    @Test
    void aRevocationIsStoredWithItsRecord() {
        store().permissions().grant("olena", Permission.SUPERVISOR);

        assertThat(store().permissions().revoke("olena", Permission.SUPERVISOR, change(AccountAction.ofPermission(Permission.SUPERVISOR, false))))
                .isTrue();
        assertThat(store().permissions().of("olena")).isEmpty();
        assertThat(store().accountChanges().of("olena", 10)).containsExactly(change(AccountAction.ofPermission(Permission.SUPERVISOR, false)));
    }

    @Test
    void aGrantWhoseRecordCannotBeWrittenIsNotStored() {
        sqlBehindTheStore("DROP TABLE account_changes");

        assertThatThrownBy(() -> store().permissions().grant("olena", Permission.CHILDREN,
                change(AccountAction.ofPermission(Permission.CHILDREN, true)))).isInstanceOf(StoreException.class);
        assertThat(store().permissions().of("olena")).isEmpty();
    }

    @Test
    void aRevocationWhoseRecordCannotBeWrittenIsNotStored() {
        store().permissions().grant("olena", Permission.SUPERVISOR);
        sqlBehindTheStore("DROP TABLE account_changes");

        assertThatThrownBy(() -> store().permissions().revoke("olena", Permission.SUPERVISOR,
                change(AccountAction.ofPermission(Permission.SUPERVISOR, false)))).isInstanceOf(StoreException.class);
        assertThat(store().permissions().of("olena")).containsExactly(Permission.SUPERVISOR);
    }

    private AccountChange change(AccountAction action) {
        return new AccountChange(NOW, supervisor, "olena", People.UA, action);
    }
}
