package org.repatria.server.desk;

/** The words of a sample step's kind, each key written out so the messages test finds it. */
final class SampleWords {
    private SampleWords() {
    }

    static String kind(Text t, String kind) {
        return switch (kind) {
            case "TAKEN" -> t.get("samples.kind.taken");
            case "SENT" -> t.get("samples.kind.sent");
            case "TYPED" -> t.get("samples.kind.typed");
            case "IDENTIFIED" -> t.get("samples.kind.identified");
            default -> kind;
        };
    }
}
