/**
 * The route table and the guard every request passes ({@link org.repatria.server.route.RouteGuard}): authentication,
 * the route's rule, CSRF.
 */
package org.repatria.server.route;
