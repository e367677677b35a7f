/**
 * Children's records beyond the signed lists (docs/decisions/0147): the record of reads of children's records, and
 * the children's cases' particulars, photographs and closures.
 */
package org.repatria.store.child;
