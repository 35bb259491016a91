package org.corridor.app.web.planner;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridor.app.plan.PlanCalendar;
import org.corridor.app.plan.PlanShare;
import org.corridor.app.plan.PlanView;
import org.corridor.app.web.Language;
import org.corridor.app.web.Templates;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Assessor;
import org.corridor.law.assessment.OccupationRule;
import org.corridor.law.fact.InvalidFactsException;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The planner ({@code /}): a form, and the same form with the plan beneath it. Server-rendered with
 * no script, posted so that nothing about the person lands in a URL or a log.
 */
public final class PlannerRoutes {
    private final Assessor assessor;
    private final Templates templates;
    /** Today, in the server's time zone: what the plan and the calendar file count from. */
    private final java.time.Clock clock = java.time.Clock.systemDefaultZone();

    public PlannerRoutes(Assessor assessor, Templates templates) {
        this.assessor = assessor;
        this.templates = templates;
    }

    /** The Russian regions with their own rules, by code, then "other". */
    private static final List<String> REGIONS = Jurisdiction.of(Country.RU).stream()
            .map(j -> j.regionKey().toUpperCase(java.util.Locale.ROOT).replace("OTHER", "other")).toList();

    /** The jobs the law's data knows today, for the form's list. */
    private List<String> occupations() {
        return assessor.ruleBook().rules(Jurisdiction.RU_OTHER, Country.UZ, LocalDate.now()).orElse(OccupationRule.OCCUPATIONS, List.of());
    }

    public void form(Context ctx) {
        Language lang = Language.of(ctx);
        templates.send(ctx, "planner", model(lang, PlanForm.empty(LocalDate.now(clock)), null, null));
    }

    /**
     * The form posted: the plan, its print version, its text to share, or the form with one more
     * event row, as the button pressed asks.
     */
    public void plan(Context ctx) {
        withForm(ctx, (lang, form, today) -> {
            if (form.view() == PlanForm.View.ADD_EVENT || form.view() == PlanForm.View.EDIT) {
                templates.send(ctx, "planner", model(lang, form, null, null));
                return;
            }
            PlanForm.Request request = form.request(today);
            PlanView view = PlanView.of(assessor.assess(request.facts(), request.asOf()), lang.messages(), false, request.asOfDefaulted());
            Map<String, Object> model = model(lang, form, view, null);
            model.put("print", form.view() == PlanForm.View.PRINT);
            if (form.view() == PlanForm.View.SHARE) {
                model.put("share", PlanShare.text(view, lang.messages().get("web.share.footer")));
            }
            templates.send(ctx, "planner", model);
        });
    }

    /**
     * "Add to my calendar": the plan's due dates as an iCalendar file. The answer to a POST, so that
     * nothing about the person is in a URL; nothing is kept. Where no date lies ahead, the plan page
     * says so instead of offering an empty file.
     */
    public void calendar(Context ctx) {
        withForm(ctx, (lang, form, today) -> {
            PlanForm.Request request = form.request(today);
            Assessment a = assessor.assess(request.facts(), request.asOf());
            if (!PlanCalendar.hasEvents(a, clock)) {
                Map<String, Object> model = model(lang, form, PlanView.of(a, lang.messages(), false, request.asOfDefaulted()), null);
                model.put("calendarEmpty", true);
                templates.send(ctx, "planner", model);
                return;
            }
            ctx.contentType(PlanCalendar.MEDIA_TYPE);
            ctx.header("Content-Disposition", "attachment; filename=\"corridor-plan.ics\"");
            ctx.header("Cache-Control", "no-store");
            ctx.result(PlanCalendar.of(a, lang.messages(), clock));
        });
    }

    /** An answer to the posted form. */
    private interface FormAnswer {
        void answer(Language lang, PlanForm form, LocalDate today);
    }

    /** Reads the posted form and answers it; a mistake in it gives the form again, with the mistake named, and 400. */
    private void withForm(Context ctx, FormAnswer answer) {
        Language lang = Language.of(ctx);
        LocalDate today = LocalDate.now(clock);
        PlanForm form = PlanForm.empty(today);
        try {
            form = PlanForm.read(ctx, today);
            answer.answer(lang, form, today);
        } catch (InvalidFactsException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.send(ctx, "planner", model(lang, form, null, error(lang, e)));
        }
    }

    /** The error in the reader's language: the field's label, then the reason. */
    static String error(Language lang, InvalidFactsException e) {
        return org.corridor.app.text.InvalidFactsText.of(lang.messages(), e);
    }

    private Map<String, Object> model(Language lang, PlanForm form, PlanView plan, String error) {
        Map<String, Object> model = Templates.page(lang);
        model.put("form", form.values());
        model.put("rows", form.rowsToShow());
        model.put("fields", form.fields());
        model.put("eventKinds", PlanForm.EVENT_KINDS);
        model.put("eventValues", PlanForm.EVENT_VALUES);
        model.put("print", false);
        model.put("share", null);
        model.put("calendarEmpty", false);
        model.put("citizenships", Citizenships.COVERED.stream().map(Enum::name).toList());
        model.put("destinations", List.of("RU", "KZ", "TR", "KG"));
        model.put("regions", REGIONS);
        model.put("occupations", occupations());
        model.put("steps", PlanForm.STEPS);
        model.put("plan", plan);
        model.put("error", error);
        return model;
    }
}
