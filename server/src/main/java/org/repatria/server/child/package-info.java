/**
 * Children's cases and their protection (issue 13, docs/decisions/0147): who works children's cases (permissions a
 * party's supervisor grants), the record of reads of children's records, and the cases' particulars and photographs.
 * ChildCases is the cases' entry point; need to know itself is
 * {@link org.repatria.server.access.ChildRecords}.
 */
package org.repatria.server.child;
