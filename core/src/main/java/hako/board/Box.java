package hako.board;

import hako.customers.Stage;
import java.time.LocalDateTime;

/** One of the 20 boxes: the plan for one element of one stage. Empty text = not planned yet. */
public record Box(Stage stage, Element element, String text, String updatedBy, LocalDateTime updatedAt) {

    public boolean isEmpty() {
        return text.isBlank();
    }

    static Box empty(Stage stage, Element element) {
        return new Box(stage, element, "", null, null);
    }
}
