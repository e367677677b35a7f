package org.repatria.core.scenario;

/** A place, unit or rank as the person's own side writes it and as a Russian list writes it. */
record Term(String own, String russian) {
    static final Term NONE = new Term("", "");

    static Term same(String text) {
        return new Term(text, text);
    }
}
