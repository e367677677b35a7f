/** The DVI search: every remains sample against every missing person. */
package org.repatria.kinship.search;
