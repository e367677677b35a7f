/** The JSON API under /api/v1: tokens, the caller, parties, person lists, relays and dashboard figures. */
package org.repatria.server.api;
