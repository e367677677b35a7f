package org.repatria.core.handover;

import org.repatria.core.agreement.AgreementKind;

/** The fixed words of a handover act in one language. */
record Phrases(String title, String agreement, String tranche, String date, String crossing, String parties,
               String mediator, String from, String to, String listed, String handedOver, String discrepancies,
               String none, String notOnManifest, String absent, String refused, String substitution,
               String secondHandover, String splitRemains, String foreignRemains, String mislabelled,
               String signatures, String prisoners, String remains, String civilians, String children) {

    static final Phrases EN = new Phrases("HANDOVER ACT", "Agreement", "Tranche", "Date", "Crossing point", "Parties",
            "Mediator", "From", "to", "Listed", "Handed over", "Discrepancies", "none", "Not on the manifest",
            "On the manifest but absent", "Refused repatriation after a private interview", "Substitution",
            "Second handover", "Remains in several parts", "Remains not of the receiving side's forces, to be returned",
            "Identified as someone other than the label", "Signatures", "prisoners of war", "remains of the fallen",
            "civilians", "children");

    static final Phrases UK = new Phrases("АКТ ПЕРЕДАЧІ", "Угода", "Етап", "Дата", "Пункт перетину", "Сторони",
            "Посередник", "Від", "до", "У списку", "Передано", "Розбіжності", "немає", "Немає у списку передачі",
            "У списку, але відсутній", "Відмова від репатріації після бесіди наодинці", "Підміна",
            "Повторна передача", "Останки в кількох частинах",
            "Останки не військовослужбовців сторони, що приймає, підлягають поверненню",
            "Ідентифіковано як іншу особу, ніж на бирці", "Підписи", "військовополонені", "останки загиблих",
            "цивільні особи", "діти");

    static final Phrases RU = new Phrases("АКТ ПЕРЕДАЧИ", "Соглашение", "Этап", "Дата", "Пункт пересечения", "Стороны",
            "Посредник", "От", "к", "В списке", "Передано", "Расхождения", "нет", "Нет в списке передачи",
            "В списке, но отсутствует", "Отказ от репатриации после беседы наедине", "Подмена",
            "Повторная передача", "Останки в нескольких частях",
            "Останки не военнослужащих принимающей стороны, подлежат возврату",
            "Идентифицировано как другое лицо, чем на бирке", "Подписи", "военнопленные", "останки погибших",
            "гражданские лица", "дети");

    static Phrases of(ActLanguage language) {
        return switch (language) {
            case UK -> UK;
            case RU -> RU;
        };
    }

    String kind(AgreementKind kind) {
        return switch (kind) {
            case PRISONERS -> prisoners;
            case REMAINS -> remains;
            case CIVILIANS -> civilians;
            case CHILDREN -> children;
        };
    }
}
