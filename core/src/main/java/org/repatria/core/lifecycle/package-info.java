/** The states a person moves through in an exchange, who may move them, and the record of each move. */
package org.repatria.core.lifecycle;
