package org.repatria.bench.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The demo accounts' passwords, read from the lines {@code repatria demo} prints ({@code  ua.desk  xxxx-xxxx-xxxx ...}). */
final class Accounts {
    private static final Pattern ACCOUNT = Pattern.compile("^\\s+(\\S+)\\s+(\\S{4}-\\S{4}-\\S{4})\\s+\\S+\\s+\\S+.*$");
    private final Map<String, String> passwords;

    private Accounts(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    static Accounts of(List<String> printed) {
        Map<String, String> passwords = new HashMap<>();
        for (String line : printed) {
            Matcher m = ACCOUNT.matcher(line);
            if (m.matches()) {
                passwords.put(m.group(1), m.group(2));
            }
        }
        return new Accounts(passwords);
    }

    /** Whether the lines named {@code username}. */
    boolean has(String username) {
        return passwords.containsKey(username);
    }

    /** {@code username}'s password; fails when the demo printed no such account. */
    String get(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalStateException("the demo printed no account " + username);
        }
        return password;
    }
}
