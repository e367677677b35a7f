/** Running an exchange over the API: agreements, nominations, tranche plans, lifecycle moves, handovers, acts, reports. */
package org.repatria.server.exchange;
