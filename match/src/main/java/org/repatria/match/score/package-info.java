/** Fellegi–Sunter scoring: m and u estimated from the data (EM, random pairs), term-frequency adjustment, probabilities. */
package org.repatria.match.score;
