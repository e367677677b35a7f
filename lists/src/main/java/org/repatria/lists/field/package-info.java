/** The columns a person list may carry: the core record's fields and its Geneva Conventions detail fields. */
package org.repatria.lists.field;
