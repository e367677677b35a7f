/** The route table and the gate every request passes: authentication, the route's rule, CSRF. */
package org.repatria.server.route;
