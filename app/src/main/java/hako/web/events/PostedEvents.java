package hako.web.events;

import hako.events.BadEvent;
import hako.events.EventReader;
import hako.events.SiteEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A posted body: one event object, an array of them, or {@code {"events": [...], "write_key": "..."}}
 * (the key in the body is for {@code navigator.sendBeacon}, which cannot set headers).
 */
record PostedEvents(String bodyKey, List<JsonNode> events) {

    /** The most events one request may carry. */
    static final int MAX_EVENTS = 1_000;
    /** How many problems one answer lists at most. */
    static final int MAX_PROBLEMS = 20;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A body that is not a batch of events at all. */
    static final class NotEvents extends Exception {
        NotEvents(String message) {
            super(message);
        }
    }

    /** One problem of one event: its index in the batch and the field. */
    record Problem(int index, String field, String message) {
    }

    static PostedEvents parse(byte[] body) throws NotEvents {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new NotEvents("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new NotEvents("the body is empty: send an event object, an array of them or {\"events\": [...]}");
        }
        String key = null;
        JsonNode list = root;
        if (root.isObject() && root.has("events")) {
            for (String name : root.propertyNames()) {
                if (!name.equals("events") && !name.equals("write_key")) {
                    throw new NotEvents("unknown field " + name + " next to events: only events and write_key");
                }
            }
            list = root.get("events");
            key = root.has("write_key") ? root.get("write_key").asString() : null;
            if (!list.isArray()) {
                throw new NotEvents("events must be an array of event objects");
            }
        }
        List<JsonNode> events = list.isArray() ? new ArrayList<>(list.values()) : List.of(list);
        if (events.isEmpty()) {
            throw new NotEvents("no events in the body");
        }
        return new PostedEvents(key, events);
    }

    /** The checked events, or the problems (nothing is stored when there is one). */
    List<SiteEvent> read(EventReader reader, List<Problem> problems) {
        List<SiteEvent> read = new ArrayList<>(events.size());
        for (int i = 0; i < events.size() && problems.size() < MAX_PROBLEMS; i++) {
            try {
                read.addAll(one(reader, events.get(i)));
            } catch (BadEvent e) {
                problems.add(new Problem(i, e.field(), e.getMessage()));
            }
        }
        return read;
    }

    private static List<SiteEvent> one(EventReader reader, JsonNode event) throws BadEvent {
        if (!event.isObject()) {
            throw new BadEvent(null, "an event is a JSON object");
        }
        List<Map<String, String>> items = new ArrayList<>();
        JsonNode itemList = event.get("items");
        if (itemList != null && !itemList.isNull()) {
            if (!itemList.isArray()) {
                throw new BadEvent("items", "items must be an array of objects");
            }
            for (int i = 0; i < itemList.size(); i++) {
                if (!itemList.get(i).isObject()) {
                    throw new BadEvent("items[" + i + "]", "an item is a JSON object");
                }
                items.add(fields(itemList.get(i), "items[" + i + "]."));
            }
        }
        return reader.read(fields(event, ""), items);
    }

    private static Map<String, String> fields(JsonNode object, String prefix) throws BadEvent {
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> f : object.properties()) {
            JsonNode v = f.getValue();
            if (prefix.isEmpty() && f.getKey().equals("items") || v.isNull()) {
                continue;
            }
            if (v.isString()) {
                fields.put(f.getKey(), v.stringValue());
            } else if (v.isNumber()) {
                fields.put(f.getKey(), v.decimalValue().toPlainString());
            } else {
                throw new BadEvent(prefix + f.getKey(), prefix + f.getKey() + " must be a string or a number");
            }
        }
        return fields;
    }
}
