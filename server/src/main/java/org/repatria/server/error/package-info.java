/** Errors a client can fix, and how every failure reaches the client: JSON under /api, a page on the desk. */
package org.repatria.server.error;
