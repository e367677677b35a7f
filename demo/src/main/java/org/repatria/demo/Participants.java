package org.repatria.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.repatria.core.account.Account;
import org.repatria.core.account.Permission;
import org.repatria.core.account.Role;
import org.repatria.core.party.Party;
import org.repatria.core.party.PartyId;
import org.repatria.core.party.PartyKind;

/** The parties to the Istanbul round, one demo account per desk, and each party's child-protection and supervisor accounts. */
final class Participants {
    static final PartyId UA = new PartyId("ua");
    static final PartyId RU = new PartyId("ru");
    static final PartyId TR = new PartyId("tr");
    static final PartyId ICRC = new PartyId("icrc");
    /** No look-alikes (0/o, 1/l/i), so a password read off a terminal types correctly. */
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private Participants() {
    }

    static List<Party> parties() {
        return List.of(
                new Party(UA, "Координаційний штаб з питань поводження з військовополоненими", PartyKind.BELLIGERENT),
                new Party(RU, "Министерство обороны Российской Федерации", PartyKind.BELLIGERENT),
                new Party(TR, "Türkiye Cumhuriyeti Dışişleri Bakanlığı", PartyKind.MEDIATOR),
                new Party(ICRC, "International Committee of the Red Cross", PartyKind.OBSERVER));
    }

    static List<DemoAccount> accounts(SplittableRandom rng) {
        List<DemoAccount> accounts = new ArrayList<>();
        accounts.add(demo(rng, "ua.desk", "Координаційний штаб: черговий", UA, Role.PARTY_DESK));
        accounts.add(demo(rng, "ua.dna", "Координаційний штаб: група ідентифікації", UA, Role.IDENTIFICATION));
        accounts.add(demo(rng, "ru.desk", "Минобороны России: дежурный", RU, Role.PARTY_DESK));
        accounts.add(demo(rng, "ru.dna", "Минобороны России: группа идентификации", RU, Role.IDENTIFICATION));
        accounts.add(demo(rng, "tr.mediator", "Dışişleri Bakanlığı: arabulucu masası", TR, Role.MEDIATOR));
        accounts.add(demo(rng, "icrc.observer", "ICRC observer", ICRC, Role.OBSERVER));
        // Issue 13: each party decides who works children's cases and who supervises the record of their reads.
        accounts.add(demo(rng, "ua.children", "Координаційний штаб: захист дітей", UA, Role.PARTY_DESK, Permission.CHILDREN));
        accounts.add(demo(rng, "ru.children", "Минобороны России: защита детей", RU, Role.PARTY_DESK, Permission.CHILDREN));
        accounts.add(demo(rng, "ua.supervisor", "Координаційний штаб: керівник", UA, Role.PARTY_DESK, Permission.SUPERVISOR));
        accounts.add(demo(rng, "ru.supervisor", "Минобороны России: руководитель", RU, Role.PARTY_DESK, Permission.SUPERVISOR));
        accounts.add(demo(rng, "tr.supervisor", "Dışişleri Bakanlığı: denetçi", TR, Role.MEDIATOR, Permission.SUPERVISOR));
        return List.copyOf(accounts);
    }

    private static DemoAccount demo(SplittableRandom rng, String username, String displayName, PartyId party, Role role,
                                    Permission... granted) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(i == 4 || i == 9 ? '-' : PASSWORD_LETTERS.charAt(rng.nextInt(PASSWORD_LETTERS.length())));
        }
        return new DemoAccount(new Account(username, displayName, party, role), password.toString(), Set.of(granted));
    }
}
