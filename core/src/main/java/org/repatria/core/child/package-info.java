/**
 * Children's cases (AP I art. 78, issue 13): the particulars the child-protection workers of both sides need, kept
 * apart from the signed list so that no list's canonical CSV changes (docs/decisions/0147).
 */
package org.repatria.core.child;
