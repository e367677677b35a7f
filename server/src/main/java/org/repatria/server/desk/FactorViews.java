package org.repatria.server.desk;

import java.util.List;
import java.util.Optional;

/** The typed models of the second factor's pages (docs/decisions/0183). */
final class FactorViews {
    private FactorViews() {
    }

    /**
     * A secret being enrolled, shown until it is confirmed.
     *
     * @param secret the Base32 key to type in
     * @param uri    the otpauth URI the QR code carries
     * @param qr     the QR code as a data: URI of an SVG image
     */
    record Secret(String secret, String uri, String qr) {
    }

    /** The sign-in's code step: the form, and why the last code was refused (empty at first). */
    record Code(Page page, String refusal) {
    }

    /** Enrolling during sign-in (the party requires a factor), or from the desk page. */
    record Enrol(Page page, Secret secret, String action, String refusal) {
    }

    /** One account of the party on the administrator's part of the page. */
    record Holder(String username, boolean enrolled) {
    }

    /**
     * The desk page: the caller's own factor, a secret being enrolled, and, for a supervisor, the party's requirement and
     * accounts.
     */
    record Mine(Page page, boolean enrolled, Optional<Secret> pending, String refusal, boolean supervisor,
                boolean required, List<Holder> holders) {
    }
}
