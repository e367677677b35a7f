/**
 * Death records (docs/decisions/0176): which confirmed identification each signed record is of, its revision (a
 * correction is the next), the identifying party and the person's side. The particulars are the document's bytes.
 */
package org.repatria.store.death;
