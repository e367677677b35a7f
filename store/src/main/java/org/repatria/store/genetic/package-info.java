/** The identification unit's DNA cases: uploaded kinship files, search results and identification decisions. */
package org.repatria.store.genetic;
