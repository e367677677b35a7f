/** A child's return: guardian checks at the handover and the reunification records that close children's cases. */
package org.repatria.store.reunification;
