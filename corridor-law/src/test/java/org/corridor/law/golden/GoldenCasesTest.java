package org.corridor.law.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.StatusCondition;
import org.corridor.law.assessment.Violation;
import org.corridor.law.assessment.ViolationKind;
import org.corridor.law.money.Money;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every golden case: facts in, expected assessment out. */
class GoldenCasesTest {
    private static final Assessor ASSESSOR = Assessor.embedded();

    static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenCasesTest.class.getClassLoader().getResource("golden").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException, URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files()) {
            GoldenCase c = GoldenCase.read(file);
            tests.add(DynamicTest.dynamicTest(c.file() + ": " + c.name(), () -> check(c)));
        }
        return tests.stream();
    }

    @Test
    void everyCaseNamesItsSources() throws IOException, URISyntaxException {
        List<Path> files = files();
        assertTrue(files.size() >= 40, "at least 40 golden cases, found " + files.size());
        for (Path file : files) {
            GoldenCase c = GoldenCase.read(file);
            assertFalse(c.sources().isEmpty(), c.file() + " names no source");
            assertFalse(c.name().isBlank(), c.file() + " has no name");
        }
    }

    private static void check(GoldenCase c) {
        Assessment a = ASSESSOR.assess(c.facts(), c.asOf());
        JsonNode e = c.expect();
        String where = c.file() + " (" + c.name() + "): ";
        if (e.has("status")) {
            assertEquals(e.get("status").asText(), a.status().code().key(), where + "status");
        }
        if (e.has("conditions")) {
            assertEquals(texts(e.get("conditions")), a.status().conditions().stream().map(StatusCondition::key).toList(), where + "conditions");
        }
        for (Map.Entry<String, JsonNode> o : e.path("obligations").properties()) {
            Obligation actual = a.obligations().stream().filter(x -> x.id().key().equals(o.getKey())).findFirst().orElse(null);
            if (o.getValue().isTextual() && o.getValue().asText().equals("absent")) {
                assertTrue(actual == null, where + o.getKey() + " should be absent but is " + actual);
                continue;
            }
            assertTrue(actual != null, where + "no obligation " + o.getKey() + " in " + a.obligations().stream().map(x -> x.id().key()).toList());
            JsonNode exp = o.getValue();
            if (exp.has("due")) {
                assertEquals(exp.get("due").isNull() ? null : exp.get("due").asText(),
                        actual.due() == null ? null : actual.due().toString(), where + o.getKey() + ".due");
            }
            if (exp.has("state")) {
                assertEquals(exp.get("state").asText(), actual.state().key(), where + o.getKey() + ".state");
            }
            if (exp.has("cost_items")) {
                assertEquals(texts(exp.get("cost_items")), actual.costs().stream().map(x -> x.item().key()).toList(), where + o.getKey() + ".cost_items");
            }
            if (exp.has("costs")) {
                assertEquals(texts(exp.get("costs")), actual.costs().stream().map(x -> x.amount().toString()).toList(), where + o.getKey() + ".costs");
            }
            if (exp.has("terms")) {
                assertEquals(exp.get("terms").asText(), actual.terms(), where + o.getKey() + ".terms");
            }
            if (exp.has("fine")) {
                String fine = actual.ifMissed().penalty().fine() == null ? "" : actual.ifMissed().penalty().fine().toString();
                assertEquals(exp.get("fine").asText(), fine, where + o.getKey() + ".fine");
            }
        }
        if (e.has("violations")) {
            assertEquals(texts(e.get("violations")), a.violations().stream().map(v -> v.kind().key()).toList(), where + "violations");
        }
        if (e.has("overstay_days")) {
            int days = a.violations().stream().filter(v -> v.kind() == ViolationKind.OVERSTAY).mapToInt(Violation::days).sum();
            assertEquals(e.get("overstay_days").asInt(), days, where + "overstay days");
        }
        if (e.has("register")) {
            JsonNode r = e.get("register");
            assertTrue(a.status().register() != null, where + "no register listing");
            assertEquals(r.get("since").asText(), a.status().register().since().toString(), where + "register.since");
            if (r.has("amnesty_until")) {
                assertEquals(r.get("amnesty_until").isNull() ? null : r.get("amnesty_until").asText(),
                        a.status().register().amnestyUntil() == null ? null : a.status().register().amnestyUntil().toString(), where + "register.amnesty_until");
            }
        }
        if (e.has("notices")) {
            assertEquals(texts(e.get("notices")), a.notices().stream().map(n -> n.kind().key()).toList(), where + "notices");
        }
        for (String kind : List.of("occupation_banned", "occupation_not_covered")) {
            if (e.has(kind)) {
                String key = kind.replace('_', '-');
                assertEquals(e.get(kind).asBoolean(), a.notices().stream().anyMatch(n -> n.kind().key().equals(key)), where + kind);
            }
        }
        if (e.has("pending")) {
            assertEquals(texts(e.get("pending")), a.review().pending().stream().map(p -> p.id()).toList(), where + "pending");
        }
        if (e.has("may_be_out_of_date")) {
            assertEquals(e.get("may_be_out_of_date").asBoolean(), a.review().mayBeOutOfDate(), where + "may_be_out_of_date");
        }
        if (e.has("bans")) {
            List<String> expected = new ArrayList<>();
            e.get("bans").forEach(b -> expected.add(b.path("reason").asText() + " " + b.path("from").asText() + ".."
                    + b.path("until").asText() + " " + (b.has("years") ? b.get("years").asInt() * 12 : b.path("months").asInt()) + "m"
                    + (b.path("mandatory").asBoolean(true) ? "" : " discretionary")));
            List<String> actual = a.bans().stream().map(GoldenCasesTest::describe).toList();
            assertEquals(expected, actual, where + "bans");
        }
    }

    private static String describe(Ban b) {
        return b.reason().key() + " " + b.from() + ".." + b.until() + " " + b.months() + "m" + (b.mandatory() ? "" : " discretionary");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
