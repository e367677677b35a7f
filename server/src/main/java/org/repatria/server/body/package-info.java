/** Request bodies before any route reads them: the size limits, and forms and multipart bodies read once or refused. */
package org.repatria.server.body;
