package org.repatria.core.person;

/** Which humanitarian track a person is on; decides the mandatory fields and who may see the record. */
public enum Category {
    /** A prisoner of war (Geneva Convention III). */
    POW,
    /** A detained or missing civilian (Geneva Convention IV). */
    CIVILIAN,
    /** The remains of a fallen person (GC I arts. 16-17, GC III art. 120). */
    REMAINS,
    /** A child (Additional Protocol I art. 78); restricted further. */
    CHILD
}
