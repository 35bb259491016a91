package org.corridor.app.plan;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.app.text.Messages;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.fact.Event;
import org.corridor.law.fact.EventKind;
import org.corridor.law.fact.Facts;
import org.corridor.law.fact.FactsInput;
import org.corridor.law.fact.InvalidFactsException;
import org.corridor.law.fact.Purpose;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor plan}: what a migrant must do, by when, at what cost, and what a missed step leads to. */
@Command(name = "plan",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        // one string per paragraph: picocli wraps each element to the terminal's width on its own
        usageHelpAutoWidth = true,
        description = {"Assess a migrant's situation under the corridor's law and lay out what to do, by when, "
                + "at what cost and what happens if it is missed, each with its source.",
            "",
            "Events are KIND:DATE[:VALUE], for example exit:2016-06-01 or payment:2016-10-05:3. Kinds: "
                + "entry (value work|visit), exit, registration, application and authorisation "
                + "(value patent|permit|residence), payment (value months paid, 1-12), exam, medical, "
                + "insurance, passport, contract-start, contract-end, offence (value the article), "
                + "expulsion, forgery, register-listed and register-removed (Russia's register of "
                + "controlled persons), amnesty (applied under the 2025 amnesty). Events on the same "
                + "day keep the order given."},
        footer = {"", "Examples:",
            "  corridor plan --citizenship TJ --destination RU --entry 2016-09-05 \\",
            "      --as-of 2016-09-20",
            "  corridor plan --citizenship UZ --destination RU --region SPE \\",
            "      --entry 2018-03-01 --event registration:2018-03-05 \\",
            "      --event authorisation:2018-03-25:patent --json"})
public final class PlanCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--citizenship", required = true, paramLabel = "CODE", description = "TJ, KG, UZ or KZ")
    String citizenship;

    @Option(names = "--destination", required = true, paramLabel = "CODE",
            description = "RU, KZ, TR, or KG for a Kyrgyz citizen's internal registration")
    String destination;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Russia only, as an ISO 3166-2 code with or without RU-: MOW (Moscow, the default), MOS (Moscow oblast), "
                + "SPE (St Petersburg), LEN (Leningrad oblast), TYU, SVE, TA, AMU, NVS, KDA, or other; "
                + "patent prices, fines and bans on jobs differ")
    String region;

    @Option(names = "--occupation", paramLabel = "KEY",
            description = "Russia only: your work, to check the region's bans on jobs for patent holders (taxi-driver, courier, retail-trade, ...)")
    String occupation;

    @Option(names = "--entry", paramLabel = "DATE", description = "the date of entry (YYYY-MM-DD)")
    String entry;

    @Option(names = "--purpose", paramLabel = "PURPOSE", defaultValue = "work", description = "work or visit (default: ${DEFAULT-VALUE})")
    String purpose;

    @Option(names = "--event", paramLabel = "KIND:DATE[:VALUE]", description = "an event of the history; repeat for each")
    List<String> events = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date to assess on (default: today)")
    String asOf;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en, ru, tg, ky, uz (Uzbek in Latin letters) or uz-Cyrl (in Cyrillic) (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    /** Today's date; a field so that tests can fix it. */
    LocalDate today = LocalDate.now();

    @Override
    public Integer call() {
        String given = lang;
        lang = Messages.code(given).orElseThrow(() -> bad("--lang", "'" + given + "' is not a supported language; use one of " + Messages.LANGUAGES));
        Request request = request();
        Assessment assessment;
        try {
            assessment = Assessor.embedded().assess(request.facts(), request.asOf());
        } catch (InvalidFactsException e) {
            throw bad(optionName(e.field()), e.reason());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.write(assessment, request.regionDefaulted()));
        } else {
            out.print(PlanText.render(PlanView.of(assessment, Messages.of(lang), request.regionDefaulted(), asOf == null)));
        }
        out.flush();
        return 0;
    }

    /** The validated facts and date; every mistake names its option. */
    private record Request(Facts facts, LocalDate asOf, boolean regionDefaulted) {
    }

    private Request request() {
        try {
            LocalDate date = asOf == null ? today : Event.parseDate(asOf, "--as-of");
            Purpose p = Purpose.parse(purpose).orElseThrow(() -> new InvalidFactsException("--purpose", InvalidFactsException.Reason.NOT_A_PURPOSE, purpose));
            List<Event> history = new ArrayList<>();
            if (entry != null) {
                history.add(new Event(EventKind.ENTRY, Event.parseDate(entry, "--entry"), p.word()));
            }
            for (String e : events) {
                history.add(Event.parse(e, "--event " + e));
            }
            if (history.stream().noneMatch(e -> e.kind() == EventKind.ENTRY)) {
                throw new InvalidFactsException("--entry", InvalidFactsException.Reason.NO_ENTRY_OPTION);
            }
            Jurisdiction j = FactsInput.jurisdiction(destination, region);
            Country c = Country.parse(citizenship).orElse(null);
            if (c == null) {
                throw new InvalidFactsException("--citizenship", InvalidFactsException.Reason.NOT_A_COUNTRY_CODE, citizenship);
            }
            boolean regionDefaulted = region == null && Jurisdiction.of(j.country()).size() > 1;
            return new Request(new Facts(c, j, history, occupation), date, regionDefaulted);
        } catch (InvalidFactsException e) {
            throw bad(optionName(e.field()), e.reason());
        }
    }

    private String optionName(String field) {
        if (field.startsWith("--")) {
            return field;
        }
        if (field.startsWith("event entry:") && entry != null && field.contains(entry) && events.stream().noneMatch(e -> field.endsWith(e))) {
            return "--entry";
        }
        if (field.startsWith("event ")) {
            return "--event " + field.substring("event ".length());
        }
        return "--" + field;
    }

    private CommandLine.ParameterException bad(String option, String reason) {
        return new CommandLine.ParameterException(spec.commandLine(), option + ": " + reason);
    }
}
