/** The columns a person list may carry: the core record's fields and the Geneva Conventions' detail fields. */
package org.repatria.lists.field;
