package org.corridor.law.advice;

import java.util.List;

/**
 * One thing to do now: the action, where to go or whom to call, what to bring.
 *
 * @param bring what to take along, or null
 */
public record AdviceStep(Words action, List<Contact> contacts, Words bring, String source, boolean verified) {
    public AdviceStep {
        contacts = List.copyOf(contacts);
    }
}
