/** Rules that keep the module boundaries of DESIGN.md. */
package org.repatria.architecture;
