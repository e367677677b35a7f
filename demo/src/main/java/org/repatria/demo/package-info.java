/** The deterministic synthetic scenario behind {@code repatria demo}: parties, accounts, lists and their ground truth. */
package org.repatria.demo;
