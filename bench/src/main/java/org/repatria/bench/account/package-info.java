/** What recording sign-ins costs (issue 17, docs/decisions/0182). */
package org.repatria.bench.account;
