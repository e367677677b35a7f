package org.repatria.match;

/**
 * Decision settings: pairs at or above {@code matchThreshold} are matches, those at or above {@code reviewThreshold}
 * go to review; with {@code oneToOne} each person is matched at most once and the losers of a contest go to review.
 */
public record Settings(double matchThreshold, double reviewThreshold, boolean oneToOne) {
    /** Match at 0.5, review from 0.1, one-to-one. */
    public static final Settings DEFAULT = new Settings(0.5, 0.1, true);

    public Settings {
        if (!(matchThreshold >= 0 && matchThreshold <= 1) || !(reviewThreshold >= 0 && reviewThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds are probabilities: give values between 0 and 1 (got match "
                    + matchThreshold + ", review " + reviewThreshold + ")");
        }
        reviewThreshold = Math.min(reviewThreshold, matchThreshold);
    }

    /** These settings with another match threshold (the review threshold stays at most as high). */
    public Settings withMatchThreshold(double threshold) {
        return new Settings(threshold, Math.min(reviewThreshold, threshold), oneToOne);
    }

    /** These settings with one-to-one assignment on or off. */
    public Settings withOneToOne(boolean on) {
        return new Settings(matchThreshold, reviewThreshold, on);
    }
}
