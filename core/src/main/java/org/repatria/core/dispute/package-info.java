/** Disputes about a document on the log and the answers to them: their texts, as the parties sign them. */
package org.repatria.core.dispute;
