/** STR profiles of remains and reference samples. */
package org.repatria.kinship.profile;
