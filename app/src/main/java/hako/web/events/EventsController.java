package hako.web.events;

import hako.events.EventReader;
import hako.events.EventWriter;
import hako.events.SiteEvent;
import hako.events.Stored;
import hako.settings.HakoSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/events}: a batch of up to {@value PostedEvents#MAX_EVENTS} events, answered 202
 * only once all of them are committed, or a 4xx naming the event and field and storing nothing.
 */
@RestController
class EventsController {

    /** The largest body accepted: 1,000 events of about a kilobyte each, with room to spare. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EventsController.class);

    private final EventWriter writer;
    private final WriteKey key;
    private final HakoSettings settings;
    private final Clock clock;

    EventsController(EventIntake intake, EventsProperties properties, HakoSettings settings, Clock clock) {
        this.clock = clock;
        this.writer = intake.writer();
        this.key = properties.writeKey() == null ? null : new WriteKey(properties.writeKey());
        this.settings = settings;
    }

    @PostMapping("/api/v1/events")
    ResponseEntity<Map<String, Object>> post(HttpServletRequest request) throws IOException, InterruptedException {
        if (key == null) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "events are not collected here: no write key is configured"
                    + " (set hako.events.write-key or the environment variable HAKO_EVENTS_WRITEKEY)");
        }
        if (!isJson(request.getContentType())) {
            return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON (Content-Type: application/json, or text/plain"
                    + " from navigator.sendBeacon), not " + request.getContentType());
        }
        byte[] body = read(request);
        if (body == null) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, "the body is larger than " + MAX_BYTES + " bytes: send at most "
                    + PostedEvents.MAX_EVENTS + " events per request");
        }
        PostedEvents posted;
        try {
            posted = PostedEvents.parse(body);
        } catch (PostedEvents.NotEvents e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (!key.matches(headerKey(request, posted.bodyKey()))) {
            return error(HttpStatus.UNAUTHORIZED, "missing or wrong write key (Authorization: Bearer <key>,"
                    + " X-Hako-Write-Key, or write_key in the body)");
        }
        if (posted.events().size() > PostedEvents.MAX_EVENTS) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, posted.events().size() + " events in one request: at most "
                    + PostedEvents.MAX_EVENTS);
        }
        List<PostedEvents.Problem> problems = new ArrayList<>();
        List<SiteEvent> events = posted.read(new EventReader(clock.instant(), settings.zone()), problems);
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        return store(events);
    }

    private ResponseEntity<Map<String, Object>> store(List<SiteEvent> events) throws InterruptedException {
        Stored stored;
        try {
            stored = writer.submit(events).get();
        } catch (EventWriter.Overloaded e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Map.of("error", e.getMessage() + "; nothing was stored, retry in a second"));
        } catch (ExecutionException e) {
            LOG.error("events could not be stored", e.getCause());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(Map.of("error", "the events could not be stored; nothing was stored, retry"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("received", stored.received());
        answer.put("stored", stored.received() - stored.duplicates());
        answer.put("duplicates", stored.duplicates());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }

    private static ResponseEntity<Map<String, Object>> refused(List<PostedEvents.Problem> problems) {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (PostedEvents.Problem p : problems) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("index", p.index());
            one.put("field", p.field());
            one.put("message", p.message());
            listed.add(one);
        }
        PostedEvents.Problem first = problems.get(0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", "event " + first.index() + (first.field() == null ? "" : ", " + first.field()) + ": "
                + first.message() + " — nothing was stored");
        answer.put("problems", listed);
        return ResponseEntity.badRequest().body(answer);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")
                    || type.isCompatibleWith(MediaType.TEXT_PLAIN);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The body, or null when it is longer than {@link #MAX_BYTES}. */
    private static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            return body.length > MAX_BYTES ? null : body;
        }
    }

    private static String headerKey(HttpServletRequest request, String bodyKey) {
        String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        String header = request.getHeader("X-Hako-Write-Key");
        return header != null ? header.strip() : bodyKey;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}
