/** Column mapping: finding the header row and telling which column gives which field. */
package org.repatria.lists.header;
