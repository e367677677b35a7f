package org.repatria.match.name;

/**
 * ICU transform rules for the Ukrainian national romanisation (Cabinet of Ministers resolution No. 55 of
 * 27 January 2010, used in passports): word-initial є ї й ю я become ye yi y yu ya, elsewhere ie i i iu ia;
 * зг becomes zgh; the soft sign and apostrophe are dropped. Input is lower case. ICU matches the
 * preceding context against text already transliterated, so "inside a word" means "after a Latin letter".
 */
final class PassportRules {
    static final String RULES = """
            $inword = [a-z];
            зг > zgh ;
            $inword { є > ie ;
            є > ye ;
            $inword { ї > i ;
            ї > yi ;
            $inword { й > i ;
            й > y ;
            $inword { ю > iu ;
            ю > yu ;
            $inword { я > ia ;
            я > ya ;
            а > a ; б > b ; в > v ; г > h ; ґ > g ; д > d ; е > e ; ж > zh ; з > z ; и > y ; і > i ;
            к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ;
            х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; ь > ; ['’ʼ] > ;
            ы > y ; э > e ; ъ > ; ё > yo ;
            """;

    private PassportRules() {
    }
}
