/**
 * The identification unit's DNA work: cases loaded from kinship CSV files, background searches, review,
 * and confirmed identifications; genetic data is shown to IDENTIFICATION accounts of the owning party only.
 */
package org.repatria.server.identification;
