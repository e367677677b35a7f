/**
 * The sentences the domain builds for people (a plan's explanations, an eligibility verdict's reason) as codes with
 * arguments: English comes from one pattern per code, and the same pattern reads a stored sentence back into its code
 * and arguments, so the desk can say it in the reader's language.
 */
package org.repatria.core.words;
