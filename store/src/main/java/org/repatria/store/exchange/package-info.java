/** Running an exchange: agreements, nominations, tranche plans, lifecycle moves, handover checks and acts. */
package org.repatria.store.exchange;
