/** The Repatria server: start it with {@link org.repatria.server.Server#start(ServerConfig)}. */
package org.repatria.server;
