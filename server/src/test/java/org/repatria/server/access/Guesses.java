package org.repatria.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.Function;

/** An attacker guessing ids: a hidden record's id must get the very answer an absent id gets, word for word. */
final class Guesses {
    private Guesses() {
    }

    /** Sends {@code request} with the hidden id and with the absent one; both answer {@code status} and the same body. */
    static void answerAsAbsent(Function<String, HttpResponse<String>> request, String hidden, String absent, int status) {
        HttpResponse<String> guessed = request.apply(hidden);
        HttpResponse<String> none = request.apply(absent);

        assertThat(guessed.statusCode()).as(guessed.body()).isEqualTo(status);
        assertThat(guessed.body().replace(hidden, "ID")).isEqualTo(none.body().replace(absent, "ID"));
    }
}
