package org.repatria.core.document;

/** Who held the key that signed an entry: the signing party itself, or the server on the party's explicit setting. */
public enum KeyCustody {
    /** The party signed on its own machine (CLI or browser); the server never saw the private key. */
    OWN("own"),
    /** The server signed with a key it holds for the party, as that party chose; the entry says so. */
    SERVER_HELD("server-held");

    private final String token;

    KeyCustody(String token) {
        this.token = token;
    }

    /** The name written in an entry. */
    public String token() {
        return token;
    }

    /** The custody named by an entry token. */
    public static KeyCustody ofToken(String token) {
        return Tokens.of(values(), KeyCustody::token, token, "key custody");
    }
}
