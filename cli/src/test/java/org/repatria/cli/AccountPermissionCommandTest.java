package org.repatria.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repatria.core.account.Permission;
import org.repatria.store.Store;

/** A deployment decides from the command line which accounts work children's cases and which supervise (0147). */
class AccountPermissionCommandTest {
    @TempDir
    Path data;
    private InputStream savedIn;

    @BeforeEach
    void aPartyAndItsDesk() {
        savedIn = System.in;
        assertThat(Main.run("party", "add", "--id", "ua", "--name", "Координаційний штаб", "--kind", "belligerent",
                "--data", data.toString())).isZero();
        System.setIn(new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Main.run("account", "add", "--username", "ua.children", "--party", "ua", "--role", "party_desk",
                "--password-stdin", "--data", data.toString())).isZero();
    }

    @AfterEach
    void restore() {
        System.setIn(savedIn);
    }

    @Test
    void aGrantedPermissionIsStoredAndARevokedOneIsGone() {
        assertThat(Main.run("account", "grant", "--username", "ua.children", "--permission", "children",
                "--data", data.toString())).isZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.permissions().of("ua.children")).containsExactly(Permission.CHILDREN);
        }

        assertThat(Main.run("account", "revoke", "--username", "ua.children", "--permission", "children",
                "--data", data.toString())).isZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.permissions().of("ua.children")).isEmpty();
        }
    }

    @Test
    void anUnknownPermissionOrAccountIsRefusedAndNothingIsGranted() {
        assertThat(Main.run("account", "grant", "--username", "ua.children", "--permission", "everything",
                "--data", data.toString())).isNotZero();
        assertThat(Main.run("account", "grant", "--username", "nobody", "--permission", "children",
                "--data", data.toString())).isNotZero();
        try (Store store = Store.embedded(data)) {
            assertThat(store.permissions().of("ua.children")).isEmpty();
        }
    }
}
