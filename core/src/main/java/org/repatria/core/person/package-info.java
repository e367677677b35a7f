/** The canonical person record shared by every list: names as written and in Latin, birth, service data, category. */
package org.repatria.core.person;
