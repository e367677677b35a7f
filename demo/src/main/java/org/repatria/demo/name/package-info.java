/**
 * How the demo's lists write Ukrainian and Russian names: the name-forms table (equivalent given names, patronymics,
 * feminine surnames), a Russian clerk's spelling of Ukrainian names, Latin letters, slips of the pen, dictionary
 * order; and the bundled name, place, unit and rank files they and the scenario read.
 */
package org.repatria.demo.name;
