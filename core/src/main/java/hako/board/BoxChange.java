package hako.board;

import hako.customers.Stage;
import java.time.LocalDateTime;

/** One saved change of a box: who changed it when, from what to what. */
public record BoxChange(Stage stage, Element element, String text, String previousText, String changedBy,
                        LocalDateTime changedAt) {
}
