/** Authentication: password hashes, desk sessions with CSRF tokens, bearer tokens, login throttling. */
package org.repatria.server.auth;
