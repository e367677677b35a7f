package org.repatria.server.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.repatria.core.account.Role;

/**
 * Who may call a route at all. Record-level need-to-know (which lists a party sees) is decided
 * by {@link ListAccess} inside the route; this rule only admits or refuses the caller.
 */
public sealed interface Rule {

    /** Open to everybody, signed in or not. */
    record Anyone() implements Rule {
        @Override
        public boolean admits(Caller caller) {
            return true;
        }

        @Override
        public String describe() {
            return "anyone";
        }
    }

    /** Open to accounts with one of these roles. */
    record Roles(Set<Role> roles) implements Rule {
        public Roles {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("a role rule needs at least one role; use Rule.anyone() for public routes");
            }
            roles = Set.copyOf(roles);
        }

        @Override
        public boolean admits(Caller caller) {
            return caller.account().map(a -> roles.contains(a.role())).orElse(false);
        }

        @Override
        public String describe() {
            return roles.size() == Role.values().length ? "signed in"
                    : EnumSet.copyOf(roles).stream().map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
    }

    /** Whether the rule lets this caller in. */
    boolean admits(Caller caller);

    /** For the OpenAPI document and error messages: "anyone", "signed in", or the roles. */
    String describe();

    static Rule anyone() {
        return new Anyone();
    }

    /** Any signed-in account, whatever its role. */
    static Rule signedIn() {
        return new Roles(EnumSet.allOf(Role.class));
    }

    static Rule roles(Role first, Role... more) {
        return new Roles(EnumSet.of(first, more));
    }
}
