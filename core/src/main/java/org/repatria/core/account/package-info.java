/** People who log in: each account belongs to one party and has one role. */
package org.repatria.core.account;
