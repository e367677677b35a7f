/**
 * Death records (GC III art. 120, GC I arts. 16–17): the particulars of a dead person identified by DNA — identity,
 * date and place of death as known, cause, how identified (the case and its likelihood ratio, never a profile), where
 * the remains are — in the one canonical text the identifying party signs
 * ({@link org.repatria.core.death.DeathRecordText}). Pure Java, no I/O.
 */
package org.repatria.core.death;
