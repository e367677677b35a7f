package org.repatria.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repatria.core.inquiry.InquiryException;

/** Every kind of problem with an inquiry's value has its words in English, Ukrainian and Russian. */
class InquiryWordsTest {
    @Test
    void everyProblemWithAnInquirysValueHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            Text t = new Text(language);
            for (InquiryException.Problem p : InquiryException.Problem.values()) {
                assertThat(t.find(InquiryViews.PROBLEM + p.name())).as(language + " " + p).isPresent();
            }
        }
    }

    @Test
    void aProblemsNumbersAreSaidInTheLanguagesOwnWay() {
        var problem = new InquiryException("circumstances", InquiryException.Problem.TOO_LONG, "is 2345 characters", 2345, 2000);

        assertThat(InquiryViews.problems(new Text(Language.UK), java.util.List.of(problem)))
                .containsEntry("circumstances", "2\u00a0345 символів; щонайбільше 2\u00a0000.");
    }
}
