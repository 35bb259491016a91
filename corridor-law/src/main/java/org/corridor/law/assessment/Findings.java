package org.corridor.law.assessment;

import java.util.ArrayList;
import java.util.List;

/** What the rules find while assessing a history, collected in the order the rules run. */
final class Findings {
    final List<Obligation> obligations = new ArrayList<>(14);
    final List<Violation> violations = new ArrayList<>(4);
    final List<Ban> bans = new ArrayList<>(2);
    /** Conditions that hold on the assessment date, such as {@code overstay} or {@code unauthorised-work}, each once, in order found. */
    final Conditions conditions = new Conditions();

    /** A few conditions in the order found, each once: a list, since there are at most a handful. */
    static final class Conditions {
        private final List<StatusCondition> list = new ArrayList<>(2);

        void add(StatusCondition c) {
            if (!list.contains(c)) {
                list.add(c);
            }
        }

        boolean contains(StatusCondition c) {
            return list.contains(c);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<StatusCondition> list() {
            return list;
        }
    }
    /** The grounds for the register of controlled persons, if met on the assessment date. */
    RegisterListing register;
    /** What the law tells the person beyond obligations: a regime, a procedure, a restriction. */
    final List<Notice> notices = new ArrayList<>(0);
}
