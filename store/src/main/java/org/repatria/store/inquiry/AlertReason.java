package org.repatria.store.inquiry;

/** Why one particular moved an alert's score: verdict, level, the inquiry's value and the row's, the weight. */
public record AlertReason(String particular, String verdict, String level, String soughtValue, String rowValue,
                          double weight) {
}
