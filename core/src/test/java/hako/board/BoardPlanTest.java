package hako.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.customers.Stage;
import hako.store.ShopDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoardPlanTest {

    Connection db;

    @BeforeEach
    void open() throws Exception {
        db = ShopDatabase.inMemory();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void everyBoxStartsEmpty() throws Exception {
        var boxes = BoardPlan.boxes(db);
        assertThat(boxes).hasSize(4);
        boxes.values().forEach(row -> assertThat(row.values()).hasSize(5).allMatch(Box::isEmpty));
    }

    @Test
    void savingKeepsTheTextAndRecordsWhoChangedWhatFromWhat() throws Exception {
        assertThat(BoardPlan.save(db, Stage.RETENTION, Element.OFFER, "  TOP1%へ手書きのお礼状\r\n", "hanako")).isTrue();
        assertThat(BoardPlan.save(db, Stage.RETENTION, Element.OFFER, "会員限定の先行販売", "taro")).isTrue();

        Box box = BoardPlan.box(db, Stage.RETENTION, Element.OFFER);
        assertThat(box.text()).isEqualTo("会員限定の先行販売");
        assertThat(box.updatedBy()).isEqualTo("taro");
        List<BoxChange> history = BoardPlan.history(db, Stage.RETENTION, Element.OFFER, 10);
        assertThat(history).extracting(BoxChange::changedBy).containsExactly("taro", "hanako");
        assertThat(history.get(0).previousText()).isEqualTo("TOP1%へ手書きのお礼状");
        assertThat(history.get(1).previousText()).isEmpty();
        assertThat(BoardPlan.history(db, Stage.RETENTION, Element.TIMING, 10)).isEmpty();
    }

    @Test
    void savingTheSameTextRecordsNothing() throws Exception {
        BoardPlan.save(db, Stage.ACTIVATION, Element.CHANNEL, "LINE", "hanako");
        assertThat(BoardPlan.save(db, Stage.ACTIVATION, Element.CHANNEL, "LINE ", "taro")).isFalse();
        assertThat(BoardPlan.history(db, Stage.ACTIVATION, Element.CHANNEL, 10)).hasSize(1);
        assertThat(BoardPlan.box(db, Stage.ACTIVATION, Element.CHANNEL).updatedBy()).isEqualTo("hanako");
    }

    @Test
    void clearingABoxIsAChangeToo() throws Exception {
        BoardPlan.save(db, Stage.CHURN_PREVENTION, Element.TIMING, "R55日", "hanako");
        BoardPlan.save(db, Stage.CHURN_PREVENTION, Element.TIMING, "", "taro");
        assertThat(BoardPlan.box(db, Stage.CHURN_PREVENTION, Element.TIMING).isEmpty()).isTrue();
        assertThat(BoardPlan.history(db, Stage.CHURN_PREVENTION, Element.TIMING, 10).get(0).previousText())
                .isEqualTo("R55日");
    }

    @Test
    void aTextLongerThanABoxHoldsIsRefusedAndNothingChanges() throws Exception {
        assertThatThrownBy(() -> BoardPlan.save(db, Stage.RETENTION, Element.CREATIVE, "あ".repeat(2_001), "hanako"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2000");
        assertThat(BoardPlan.box(db, Stage.RETENTION, Element.CREATIVE).isEmpty()).isTrue();
        assertThat(BoardPlan.history(db, Stage.RETENTION, Element.CREATIVE, 10)).isEmpty();
    }
}
