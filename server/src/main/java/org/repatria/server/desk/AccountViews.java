package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;
import org.repatria.server.auth.Credentials;
import org.repatria.store.account.AccountChange;
import org.repatria.store.account.SignIn;
import org.repatria.store.account.Standing;

/** The typed models of the account pages (docs/decisions/0182); text in them is already in the page's language. */
final class AccountViews {
    private AccountViews() {
    }

    /** An account of the party and where it stands. */
    record Line(String username, String name, String role, String standing, boolean disabled, String href) {
        static Line of(Text t, Standing s) {
            String standing = s.disabled() ? t.get("accounts.standing.disabled")
                    : s.passwordChangeDue() ? t.get("accounts.standing.due") : t.get("accounts.standing.active");
            return new Line(s.account().username(), s.account().displayName(), t.of("role", s.account().role()),
                    standing, s.disabled(), AccountPages.HOME + "/" + s.account().username());
        }
    }

    /** One recorded sign-in attempt. */
    record Attempt(String at, String username, String address, String outcome, boolean failed) {
        static Attempt of(Text t, SignIn s) {
            return new Attempt(t.when(s.at()), s.username().orElse(""), s.address(), t.of("accounts.outcome", s.outcome()),
                    s.outcome().refused());
        }
    }

    /** One recorded change: the actor is an account, or the command line run by an operating-system user. */
    record Change(String at, String actor, boolean commandLine, String username, String action) {
        static Change of(Text t, AccountChange c) {
            return new Change(t.when(c.at()), c.actor().name(), c.actor().party().isEmpty(), c.username(),
                    t.of("accounts.action", c.action()));
        }
    }

    /** The supervisor's page of its party's accounts. */
    record Accounts(Page page, List<Line> accounts, List<Attempt> signIns, List<Change> changes) {
    }

    /** One account's page; {@code oneTime} is the password a reset just made, shown this once. */
    record One(Page page, Line account, boolean own, Optional<String> oneTime, List<Attempt> signIns, List<Change> changes) {
    }

    /** The account's own password form; {@code refusal} says in the reader's language what was wrong ("" when nothing). */
    record Password(Page page, boolean administers, String refusal, String field, boolean changed) {
    }

    /** The form that replaces a one-time password at sign-in. */
    record Due(Page page, String username, String refusal, String field) {
        static final String CODE = Credentials.PASSWORD_CHANGE_DUE;
    }
}
