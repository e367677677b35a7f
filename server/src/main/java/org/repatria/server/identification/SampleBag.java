package org.repatria.server.identification;

/**
 * A remains sample of a DNA case that was taken from a body bag (issue 16): the sample id, the agreement and the bag's
 * tag — what a confirmation of the sample names as where the remains are.
 */
public record SampleBag(String remainsId, String agreementId, String bodyTag) {
}
