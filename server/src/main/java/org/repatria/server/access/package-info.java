/** Authorization: who is calling, which routes admit them, and which lists they may read. */
package org.repatria.server.access;
