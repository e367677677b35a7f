package org.repatria.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The login form's stateless CSRF token: an HMAC of the visitor's nonce with an expiry, checked without a table. */
class LoginFormsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    private final LoginForms forms = new LoginForms();
    private final String nonce = Secrets.fresh();

    @Test
    void theTokenMadeForANonceMatchesIt() {
        assertThat(forms.valid(nonce, forms.token(nonce, T0), T0.plusSeconds(60))).isTrue();
    }

    @Test
    void aTokenMadeForAnotherNonceDoesNotMatch() {
        assertThat(forms.valid(nonce, forms.token(Secrets.fresh(), T0), T0)).isFalse();
    }

    @Test
    void aTokenExpiresAfterItsLifetime() {
        assertThat(forms.valid(nonce, forms.token(nonce, T0), T0.plus(LoginForms.LIFETIME))).isFalse();
    }

    @Test
    void anotherServersTokenDoesNotMatch() {
        assertThat(forms.valid(nonce, new LoginForms().token(nonce, T0), T0)).isFalse();
    }

    @Test
    void aTokenWithItsExpiryMovedLaterDoesNotMatch() {
        String token = forms.token(nonce, T0);
        String later = (Long.parseLong(token.substring(0, token.indexOf('.'))) + 3600) + token.substring(token.indexOf('.'));
        assertThat(forms.valid(nonce, later, T0.plus(LoginForms.LIFETIME).minusSeconds(1))).isFalse();
    }

    @Test
    void garbageIsNotAToken() {
        assertThat(forms.valid(nonce, "", T0)).isFalse();
        assertThat(forms.valid(nonce, "x.y", T0)).isFalse();
        assertThat(forms.valid(nonce, "99999999999999999999999.y", T0)).isFalse();
    }
}
