/**
 * Disputes about documents and the answers to them (docs/decisions/0120): each an ordinary document on the log, with
 * the rules of who disputes and answers what ({@code document.DisputeRules}, checked on every submission), a document's
 * thread, and the disputes' API.
 */
package org.repatria.server.dispute;
