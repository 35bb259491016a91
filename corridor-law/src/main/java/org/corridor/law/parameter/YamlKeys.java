package org.corridor.law.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/** The check every data file of the law module makes of its mappings: no key it does not know, so that a typo is an error, not a silent default. */
public final class YamlKeys {
    private YamlKeys() {
    }

    /** Refuses a key of {@code node} not in {@code allowed}, naming the file, the field and the keys allowed. */
    public static void check(String file, String field, JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new LawFileException(file, field, "unknown key '" + k + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
