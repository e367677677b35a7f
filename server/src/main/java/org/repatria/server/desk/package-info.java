/** The web desk: login, overview with a chart, lists and their rows; templates in src/main/jte, words in i18n bundles. */
package org.repatria.server.desk;
