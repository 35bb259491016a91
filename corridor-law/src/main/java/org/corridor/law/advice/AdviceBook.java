package org.corridor.law.advice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.law.parameter.LawFileException;
import org.corridor.law.parameter.YamlKeys;
import org.corridor.law.place.Country;

/**
 * What to do now, as data: the advice for each situation the planner can find a person in (a missed
 * step, a violation, a ban, a listing in the register), with the places, services and lines to turn
 * to, read from {@code corridor/advice/advice.yaml}. Like the law, every fact names the page it was
 * read on, says whether the team read it there itself, and the file says when it was last reviewed.
 * Immutable.
 */
public final class AdviceBook {
    public static final String FILE = "corridor/advice/advice.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FILE_KEYS = Set.of("reviewed", "contacts", "situations");
    private static final Set<String> CONTACT_KEYS = Set.of("id", "kind", "country", "serves", "region", "name", "short", "address", "url", "phone",
            "hours", "source", "verified", "note");
    private static final Set<String> SITUATION_KEYS = Set.of("id", "when", "now", "steps", "avoid");
    private static final Set<String> WHEN_KEYS = Set.of("destination", "citizenship", "obligation", "violation", "ban", "condition", "state");
    private static final List<String> TRIGGER_KEYS = List.of("obligation", "violation", "ban", "condition");
    private static final Set<String> STEP_KEYS = Set.of("do", "contacts", "bring", "source", "verified", "note");
    private static final Set<Country> ORIGINS = EnumSet.of(Country.TJ, Country.KG, Country.UZ);

    private final LocalDate reviewed;
    private final Map<String, Contact> contacts;
    private final List<Situation> situations;

    public AdviceBook(LocalDate reviewed, List<Contact> contacts, List<Situation> situations) {
        this.reviewed = reviewed;
        Map<String, Contact> byId = new LinkedHashMap<>();
        contacts.forEach(c -> byId.put(c.id(), c));
        this.contacts = java.util.Collections.unmodifiableMap(byId);
        this.situations = List.copyOf(situations);
    }

    /** The advice bundled with Corridor. */
    public static AdviceBook embedded() {
        return Embedded.INSTANCE;
    }

    private static final class Embedded {
        static final AdviceBook INSTANCE = load();

        private static AdviceBook load() {
            try (InputStream in = AdviceBook.class.getClassLoader().getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the advice (" + FILE + ") is missing");
                }
                return parse("advice.yaml", YAML.readTree(in));
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new LawFileException("advice.yaml", "yaml", e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public LocalDate reviewed() {
        return reviewed;
    }

    public Map<String, Contact> contacts() {
        return contacts;
    }

    public List<Situation> situations() {
        return situations;
    }

    /**
     * The advice for a trigger, for a citizen in a destination: the most specific situation that
     * applies (one for the destination before one for every destination), or none.
     */
    public Optional<Situation> find(Trigger trigger, Country destination, Country citizen) {
        return situations.stream().filter(s -> s.appliesTo(trigger, destination, citizen))
                .min(Comparator.comparingInt((Situation s) -> s.destination() == null ? 1 : 0)
                        .thenComparingInt(s -> s.citizenship().size()));
    }

    /** Reads the advice file; errors name the file and the field. */
    public static AdviceBook parse(String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new LawFileException(file, "(file)", "expected a mapping with reviewed, contacts, situations");
        }
        YamlKeys.check(file, "(file)", root, FILE_KEYS);
        LocalDate reviewed = date(file, "reviewed", root.get("reviewed"));
        Map<String, Contact> contacts = new LinkedHashMap<>();
        JsonNode cs = list(file, "contacts", root);
        for (int i = 0; i < cs.size(); i++) {
            Contact c = contact(file, "contacts[" + i + "]", cs.get(i));
            if (contacts.put(c.id(), c) != null) {
                throw new LawFileException(file, "contacts[" + i + "].id", "'" + c.id() + "' is used twice");
            }
        }
        List<Situation> situations = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        JsonNode ss = list(file, "situations", root);
        for (int i = 0; i < ss.size(); i++) {
            Situation s = situation(file, "situations[" + i + "]", ss.get(i), contacts);
            if (!ids.add(s.id())) {
                throw new LawFileException(file, "situations[" + i + "].id", "'" + s.id() + "' is used twice");
            }
            situations.add(s);
        }
        return new AdviceBook(reviewed, List.copyOf(contacts.values()), situations);
    }

    private static Contact contact(String file, String field, JsonNode n) {
        mapping(file, field, n);
        YamlKeys.check(file, field, n, CONTACT_KEYS);
        String id = text(file, field + ".id", n.get("id"));
        ContactKind kind = parse(file, field + ".kind", n.get("kind"), ContactKind::parse);
        Country country = parse(file, field + ".country", n.get("country"), Country::valueOf);
        Set<Country> serves = n.has("serves") ? countries(file, field + ".serves", n.get("serves")) : ORIGINS;
        String url = optional(n, "url");
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw new LawFileException(file, field + ".url", "expected an http(s) address, not '" + url + "'");
        }
        return new Contact(id, kind, country, serves, n.hasNonNull("region") ? n.get("region").asText() : null,
                words(file, field + ".name", n.get("name"), true),
                words(file, field + ".short", n.get("short")), optional(n, "address"), url, optional(n, "phone"), optional(n, "hours"),
                text(file, field + ".source", n.get("source")), verified(file, field, n), optional(n, "note"));
    }

    private static Situation situation(String file, String field, JsonNode n, Map<String, Contact> contacts) {
        mapping(file, field, n);
        YamlKeys.check(file, field, n, SITUATION_KEYS);
        String id = text(file, field + ".id", n.get("id"));
        JsonNode whenNode = n.get("when");
        List<JsonNode> whens = new ArrayList<>();
        if (whenNode != null && whenNode.isArray()) {
            whenNode.forEach(whens::add);
        } else {
            whens.add(whenNode);
        }
        if (whens.isEmpty()) {
            throw new LawFileException(file, field + ".when", "needs at least one trigger");
        }
        List<Trigger> triggers = new ArrayList<>();
        Country destination = null;
        Set<Country> citizenship = null;
        for (int w = 0; w < whens.size(); w++) {
            String wf = field + ".when" + (whenNode.isArray() ? "[" + w + "]" : "");
            JsonNode when = whens.get(w);
            mapping(file, wf, when);
            YamlKeys.check(file, wf, when, WHEN_KEYS);
            List<String> kinds = TRIGGER_KEYS.stream().filter(when::has).toList();
            if (kinds.size() != 1) {
                throw new LawFileException(file, wf, "needs exactly one of " + String.join(", ", TRIGGER_KEYS));
            }
            String kind = kinds.get(0);
            try {
                triggers.add(Trigger.parse(kind, when.get(kind).asText(), when.path("state").asText(null)));
            } catch (IllegalArgumentException e) {
                throw new LawFileException(file, wf + "." + kind, e.getMessage());
            }
            Country d = when.has("destination") ? parse(file, wf + ".destination", when.get("destination"), Country::valueOf) : null;
            Set<Country> c = when.has("citizenship") ? countries(file, wf + ".citizenship", when.get("citizenship")) : ORIGINS;
            if (w > 0 && (d != destination || !c.equals(citizenship))) {
                throw new LawFileException(file, wf, "every trigger of a situation has the same destination and citizenship");
            }
            destination = d;
            citizenship = c;
        }
        List<AdviceStep> steps = new ArrayList<>();
        JsonNode sn = list(file, field + ".steps", n);
        if (sn.isEmpty()) {
            throw new LawFileException(file, field + ".steps", "a situation needs at least one step");
        }
        for (int i = 0; i < sn.size(); i++) {
            String sf = field + ".steps[" + i + "]";
            JsonNode s = sn.get(i);
            mapping(file, sf, s);
            YamlKeys.check(file, sf, s, STEP_KEYS);
            List<Contact> cs = new ArrayList<>();
            for (JsonNode c : s.path("contacts")) {
                Contact contact = contacts.get(c.asText());
                if (contact == null) {
                    throw new LawFileException(file, sf + ".contacts", "no contact '" + c.asText() + "'");
                }
                cs.add(contact);
            }
            steps.add(new AdviceStep(words(file, sf + ".do", s.get("do")), cs, s.has("bring") ? words(file, sf + ".bring", s.get("bring")) : null,
                    text(file, sf + ".source", s.get("source")), verified(file, sf, s)));
        }
        List<Caution> avoid = new ArrayList<>();
        JsonNode an = n.path("avoid");
        for (int i = 0; i < an.size(); i++) {
            String af = field + ".avoid[" + i + "]";
            JsonNode a = an.get(i);
            mapping(file, af, a);
            Map<String, String> texts = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (Words.LANGUAGES.contains(e.getKey())) {
                    texts.put(e.getKey(), e.getValue().asText());
                } else if (!Set.of("source", "verified", "note").contains(e.getKey())) {
                    throw new LawFileException(file, af, "unknown key '" + e.getKey() + "'");
                }
            }
            avoid.add(new Caution(words(file, af, texts), text(file, af + ".source", a.get("source")), verified(file, af, a)));
        }
        Words now = words(file, field + ".now", n.get("now"));
        return new Situation(id, triggers, now, destination, citizenship, steps, avoid);
    }

    private static Words words(String file, String field, JsonNode n) {
        return words(file, field, n, false);
    }

    /**
     * A text by language; {@code officialNames} also admits the official name in the language of the
     * country where a place is (Kazakh, Turkish), which the planner shows beside the Russian one.
     */
    private static Words words(String file, String field, JsonNode n, boolean officialNames) {
        mapping(file, field, n);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Words.LANGUAGES.contains(e.getKey()) && !(officialNames && e.getKey().matches("[a-z]{2}"))) {
                throw new LawFileException(file, field, "unknown language '" + e.getKey() + "' (allowed: " + String.join(", ", Words.LANGUAGES) + ")");
            }
            texts.put(e.getKey(), e.getValue().asText());
        }
        return words(file, field, texts);
    }

    private static Words words(String file, String field, Map<String, String> texts) {
        for (String required : Words.REQUIRED) {
            if (texts.getOrDefault(required, "").isBlank()) {
                throw new LawFileException(file, field + "." + required, "missing");
            }
        }
        return new Words(texts);
    }

    private static boolean verified(String file, String field, JsonNode n) {
        JsonNode v = n.get("verified");
        if (v == null || !v.isBoolean()) {
            throw new LawFileException(file, field + ".verified", "say true (read on the cited page) or false");
        }
        return v.asBoolean();
    }

    private static Set<Country> countries(String file, String field, JsonNode n) {
        Set<Country> out = EnumSet.noneOf(Country.class);
        if (!n.isArray() || n.isEmpty()) {
            throw new LawFileException(file, field, "expected a list of country codes");
        }
        for (JsonNode c : n) {
            out.add(parse(file, field, c, Country::valueOf));
        }
        return out;
    }

    private static <T> T parse(String file, String field, JsonNode n, java.util.function.Function<String, T> parser) {
        String t = text(file, field, n);
        try {
            return parser.apply(t.trim());
        } catch (IllegalArgumentException e) {
            throw new LawFileException(file, field, "'" + t + "' is not one of the allowed values");
        }
    }

    private static JsonNode list(String file, String field, JsonNode parent) {
        String key = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        JsonNode n = parent.get(key);
        if (n == null || !n.isArray()) {
            throw new LawFileException(file, field, "expected a list");
        }
        return n;
    }

    private static void mapping(String file, String field, JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new LawFileException(file, field, "expected a mapping");
        }
    }

    private static String text(String file, String field, JsonNode v) {
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new LawFileException(file, field, "missing");
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText().trim() : "";
    }

    private static LocalDate date(String file, String field, JsonNode n) {
        String t = text(file, field, n);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new LawFileException(file, field, "not an ISO date: " + t);
        }
    }
}
