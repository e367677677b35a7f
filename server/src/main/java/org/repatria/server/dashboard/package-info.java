/** The figures a caller's dashboard shows, for the API and the desk alike. */
package org.repatria.server.dashboard;
