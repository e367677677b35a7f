/** Tranches: planning who crosses when and where within parity and capacity, checking edited plans, re-planning drop-outs. */
package org.repatria.core.tranche;
