/**
 * Answers to a request list, row by row: the canonical answers format a requested side signs ({@link
 * org.repatria.lists.answers.AnswersCsv}, written and read back exactly, docs/decisions/0146) and the reading of an
 * answers sheet a person uploads ({@link org.repatria.lists.answers.AnswerSheet}: CSV or XLSX, headers and statuses in
 * English, Ukrainian or Russian), each problem named by row and field.
 */
package org.repatria.lists.answers;
