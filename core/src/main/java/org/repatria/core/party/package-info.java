/** The parties to an exchange: the belligerents, the mediator between them, and observers. */
package org.repatria.core.party;
