package org.repatria.core.handover;

/** How a presented person was matched to a manifest line, strongest first. */
public enum MatchedBy {
    /** The service number read at the crossing. */
    SERVICE_NUMBER,
    /** The body tag on the bag. */
    BODY_TAG,
    /** The name, by the caller's name comparison. */
    NAME
}
