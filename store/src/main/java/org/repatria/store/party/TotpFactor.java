package org.repatria.store.party;

/**
 * An account's TOTP second factor as stored (docs/decisions/0183).
 *
 * @param username  the account
 * @param secret    the shared secret in Base32 (RFC 4648); shown to the holder only while the factor is unconfirmed
 * @param confirmed whether the holder proved, with a code, that its authenticator holds the secret; only then it counts
 * @param lastStep  the last RFC 6238 time step a code was accepted for (-1 for none): a code of this or an earlier
 *                  step is a replay and is refused
 */
public record TotpFactor(String username, String secret, boolean confirmed, long lastStep) {
}
