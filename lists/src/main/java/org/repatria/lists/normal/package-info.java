/** Normalization of cell text: Unicode NFC, whitespace, name case, mixed-script repair, partial dates. */
package org.repatria.lists.normal;
