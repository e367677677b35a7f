package org.repatria.match.compare;

import java.util.List;

/** The compared fields and the levels each can agree at; level 0 of every field means "missing on one side". */
public enum Field {
    SURNAME(List.of("exact", "close", "sounds alike", "written as the given name", "different")),
    GIVEN_NAME(List.of("exact", "equivalent form", "close", "sounds alike", "different")),
    PATRONYMIC(List.of("exact", "equivalent form", "close", "sounds alike", "different")),
    SEX(List.of("same", "different")),
    BIRTH_DATE(List.of("exact", "near (swap, typo, ±1 year)", "within a year", "different")),
    BIRTH_PLACE(List.of("exact", "close", "different")),
    IDENTIFIER(List.of("exact", "one character off", "different")),
    UNIT(List.of("exact", "close", "different")),
    ADDRESS(List.of("exact", "mostly the same", "partly the same", "different"));

    private final List<String> levels;

    Field(List<String> levels) {
        this.levels = levels;
    }

    /** The number of levels including "missing" (level 0). */
    public int levelCount() {
        return levels.size() + 1;
    }

    /** What level {@code level} means, for explanations. */
    public String label(int level) {
        return level == 0 ? "missing" : levels.get(level - 1);
    }

    /** The level meaning "the values differ". */
    public int different() {
        return levels.size();
    }
}
