package org.repatria.demo;

/** A place, unit or rank as the person's own side writes it and as a Russian list writes it. */
record BilingualTerm(String own, String russian) {
    static final BilingualTerm NONE = new BilingualTerm("", "");

    static BilingualTerm same(String text) {
        return new BilingualTerm(text, text);
    }
}
