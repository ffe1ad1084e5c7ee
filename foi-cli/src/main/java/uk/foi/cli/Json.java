package uk.foi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.exemptions.CitationParser;
import uk.foi.exemptions.Provision;

/** The CLI's JSON output: plain maps, so the wire shape is visible here and not tied to the library's types. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(CitationParser.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("citations", result.citations().stream().map(found -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("citation", found.citation().toString());
            item.put("start", found.start());
            item.put("end", found.end());
            item.put("text", found.text());
            item.put("warnings", found.warnings());
            return item;
        }).toList());
        json.put("problems", result.problems().stream().map(p -> Map.of("start", p.start(), "end", p.end(),
                "text", p.text(), "reason", p.reason())).toList());
        json.put("ignored", result.ignored().stream().map(i -> Map.of("start", i.start(), "end", i.end(),
                "text", i.text(), "reason", i.reason())).toList());
        json.put("related", result.related().stream().map(r -> Map.of("start", r.start(), "end", r.end(),
                "text", r.text(), "provision", r.canonical(), "instrument", r.instrument().title())).toList());
        json.put("regime", Map.of("readAs", result.reading().regime().toString(),
                "basis", result.reading().basis()));
        return write(json);
    }

    static String write(List<Provision> provisions, String version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("catalogueVersion", version);
        json.put("provisions", provisions.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("key", p.key());
            item.put("covers", p.covers().stream().map(Object::toString).toList());
            item.put("kind", p.kind());
            item.put("title", p.title());
            item.put("status", p.status());
            item.put("statusSource", p.statusSource());
            item.put("specialCase", p.specialCase());
            item.put("harmTest", p.harmTest());
            item.put("ncnd", p.ncnd().map(Object::toString).orElse(null));
            item.put("publicInterestTest", p.publicInterestTest());
            item.put("historical", p.historical().toString());
            item.put("historicalVerified", p.historical().verified());
            item.put("archives", p.historical().archives());
            item.put("requires", p.requires());
            item.put("link", p.link().toString());
            item.put("summary", p.summary());
            item.put("verify", p.verify());
            return item;
        }).toList());
        return write(json);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
