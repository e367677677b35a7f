/** Person lists: documents authored by one party for a purpose (a request, a holding list, a manifest). */
package org.repatria.core.list;
