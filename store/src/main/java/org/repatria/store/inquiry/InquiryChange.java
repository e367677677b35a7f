package org.repatria.store.inquiry;

import java.time.Instant;

/**
 * One change in an inquiry's history: who, when, what ({@code RECORDED}, {@code EDITED} or {@code STATUS}), the field
 * changed ("" for the recording; {@code status} and {@code reason} for a change of status), its old and new value.
 */
public record InquiryChange(String inquiryId, int seq, Instant at, String username, String what, String field,
                            String oldValue, String newValue) {
}
