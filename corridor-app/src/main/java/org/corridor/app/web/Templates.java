package org.corridor.app.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The HTML templates under {@code web/templates/}, with every value escaped unless marked safe. */
public final class Templates {
    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("web/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).build();
    }

    /** What every page needs: its language, its words, and the languages to switch to. */
    public static Map<String, Object> page(Language lang) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("lang", lang.code());
        model.put("t", lang.messages());
        model.put("languages", org.corridor.app.text.Messages.LANGUAGES);
        model.put("languageNames", org.corridor.app.text.Messages.NAMES);
        return model;
    }

    /** Renders a page and sends it as UTF-8 HTML. */
    public void send(io.javalin.http.Context ctx, String template, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(render(template, model));
    }

    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
