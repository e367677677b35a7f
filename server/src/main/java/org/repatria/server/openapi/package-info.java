/** The OpenAPI 3.1 description of the JSON API, generated from the route table. */
package org.repatria.server.openapi;
