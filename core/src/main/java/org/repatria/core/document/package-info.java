/** Documents exchanged through the mediator: their signed envelopes and the log entries that record each step. */
package org.repatria.core.document;
