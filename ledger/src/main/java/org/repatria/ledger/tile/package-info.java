/** C2SP tlog-tiles: tile coordinates and paths, hash tiles and entry bundles, publishing them and reading them back. */
package org.repatria.ledger.tile;
