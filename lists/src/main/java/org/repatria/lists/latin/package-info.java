/** Latin transliteration of Cyrillic names: the national passport schemes (Ukraine 2010, ICAO for Russia) and BGN/PCGN. */
package org.repatria.lists.latin;
