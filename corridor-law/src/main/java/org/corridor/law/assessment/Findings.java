package org.corridor.law.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the rules find while assessing a history, collected in the order the rules run. */
final class Findings {
    final List<Obligation> obligations = new ArrayList<>();
    final List<Violation> violations = new ArrayList<>();
    final List<Ban> bans = new ArrayList<>();
    /** Conditions that hold on the assessment date, such as {@code overstay} or {@code unauthorised-work}. */
    final Set<StatusCondition> conditions = new LinkedHashSet<>();
    /** The grounds for the register of controlled persons, if met on the assessment date. */
    RegisterListing register;
    /** What the law tells the person beyond obligations: a regime, a procedure, a restriction. */
    final List<Notice> notices = new ArrayList<>(2);
}
