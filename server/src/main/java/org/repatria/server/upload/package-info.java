/** Importing a person list from a CSV or XLSX file, the same for the API and the desk: options, limits, checks, the write. */
package org.repatria.server.upload;
