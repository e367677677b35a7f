/** What the parties agree to exchange: terms, eligibility, nominees, and the negotiation that settles the text. */
package org.repatria.core.agreement;
