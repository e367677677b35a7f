package org.repatria.core.tranche;

/**
 * What one direction of a crossing can carry: seats for those who travel seated, stretchers for the seriously
 * wounded and sick, and refrigerated wagons of {@code bodiesPerWagon} bodies each for remains.
 */
public record Capacity(int seats, int stretchers, int wagons, int bodiesPerWagon) {
    public Capacity {
        if (seats < 0 || stretchers < 0 || wagons < 0 || bodiesPerWagon < 0) {
            throw new PlanningException("capacity cannot be negative: seats " + seats + ", stretchers " + stretchers
                    + ", wagons " + wagons + ", bodies per wagon " + bodiesPerWagon);
        }
    }

    /** Seats and stretchers, no wagons. */
    public static Capacity people(int seats, int stretchers) {
        return new Capacity(seats, stretchers, 0, 0);
    }

    /** Refrigerated wagons only. */
    public static Capacity remains(int wagons, int bodiesPerWagon) {
        return new Capacity(0, 0, wagons, bodiesPerWagon);
    }

    /** How many bodies the wagons hold. */
    public int bodies() {
        return wagons * bodiesPerWagon;
    }
}
