package org.repatria.lists.latin;

/** A romanization scheme. */
public enum Scheme {
    /** What the person's passport would show: Ukraine's 2010 table (KMU No. 55), or ICAO Doc 9303 for Russian. */
    PASSPORT,
    /** BGN/PCGN for the language (ICU {@code Ukrainian-Latin/BGN}, {@code Russian-Latin/BGN}), folded to ASCII. */
    BGN
}
