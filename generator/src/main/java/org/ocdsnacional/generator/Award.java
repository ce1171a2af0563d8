package org.ocdsnacional.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One award of a process: most processes have one, some competitive ones are awarded by lots (partidas), each lot
 * to another bidder.
 *
 * @param number   1, 2, ... within the process
 * @param supplier who won it
 * @param amount   the awarded value
 * @param items    the numbers (0-based) of the process's items it covers
 */
record Award(int number, Organization supplier, BigDecimal amount, List<Integer> items) {

    private static final double BY_LOTS = 0.3;

    Award {
        items = List.copyOf(items);
    }

    /**
     * The awards of a process: one to the first bidder, or, for some competitive processes with several bidders and
     * items, two or three lots to the first bidders, the total split by the units of each lot.
     */
    static List<Award> draw(Method method, List<Organization> bidders, List<Integer> quantities, BigDecimal total,
                            Draw draw) {
        boolean byLots = method.competitive() && bidders.size() > 1 && quantities.size() > 1 && draw.chance(BY_LOTS);
        int lots = byLots ? Math.min(Math.min(bidders.size(), quantities.size()), draw.between(2, 3)) : 1;
        int units = quantities.stream().mapToInt(Integer::intValue).sum();
        List<Award> awards = new ArrayList<>(lots);
        BigDecimal left = total;
        for (int lot = 0; lot < lots; lot++) {
            List<Integer> items = itemsOf(lot, lots, quantities.size());
            int lotUnits = items.stream().mapToInt(quantities::get).sum();
            BigDecimal amount = lot == lots - 1 ? left : total.multiply(BigDecimal.valueOf(lotUnits))
                    .divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
            left = left.subtract(amount);
            awards.add(new Award(lot + 1, bidders.get(lot), amount, items));
        }
        return awards;
    }

    private static List<Integer> itemsOf(int lot, int lots, int items) {
        List<Integer> mine = new ArrayList<>();
        for (int item = lot; item < items; item += lots) {
            mine.add(item);
        }
        return mine;
    }
}
