package hako.followups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hako.store.ShopDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {

    private static final String HEADER = "plan_id,plan_name,target,enabled,step_no,trigger,days,channel,message\n";

    @TempDir
    Path dir;

    @Test
    void exportedPlansReadBackTheSameWithABomAndQuotedMessages() throws Exception {
        try (Connection db = ShopDatabase.inMemory()) {
            DefaultPlans.installIfNone(db);
            Plan quoted = new Plan("q", "引用, \"名前\"", Target.parse("stage=retention;tier=top10"), false, List.of(
                    new Step(2, Trigger.runOut(-3), Channel.PHONE, "一行目,\n二行目 \"引用\"")));
            PlanStore.save(db, quoted, "test");
            Path file = dir.resolve("plans.csv");
            assertEquals(5, PlanFile.export(db, file));
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
            assertEquals(PlanStore.list(db), PlanFile.read(file));
        }
    }

    @Test
    void importReplacesThePlansOfTheFileAndKeepsTheOthers() throws Exception {
        try (Connection db = ShopDatabase.inMemory()) {
            DefaultPlans.installIfNone(db);
            Path file = write(HEADER
                    + "one_time,1回購入者,behaviour=one_time,false,1,since_first,7,email,7日目\n"
                    + "new,新規,cluster=top10,TRUE,1,recency,20,dm,\n"
                    + ",,,,,,,,\n"
                    + "new,新規,cluster=top10,TRUE,2,recency,+40,line,はがき\n");
            PlanFile.Imported imported = PlanFile.importFile(db, file, "sato");
            assertEquals(List.of("new"), imported.added());
            assertEquals(List.of("one_time"), imported.replaced());
            assertEquals(5, PlanStore.list(db).size());
            Plan oneTime = PlanStore.get(db, "one_time").orElseThrow();
            assertEquals(List.of(new Step(1, Trigger.sinceFirst(7), Channel.EMAIL, "7日目")), oneTime.steps());
            assertEquals(false, oneTime.enabled());
            assertEquals(40, PlanStore.get(db, "new").orElseThrow().step(2).trigger().days());
        }
    }

    @Test
    void everyMistakeIsListedWithLineAndColumnAndNothingChanges() throws Exception {
        try (Connection db = ShopDatabase.inMemory()) {
            DefaultPlans.installIfNone(db);
            List<Plan> before = PlanStore.list(db);
            Path file = write("\uFEFF" + HEADER
                    + "one_time,1回購入者,behaviour=one_time,true,1,since_first,3,fax,x\n"
                    + "one_time,1回購入者,behaviour=one_time,true,2,recency,-3,email,\"複数行の\n説明\"\n"
                    + "one_time,別の名前,behaviour=one_time,true,3,since_first,30,dm,x\n"
                    + "b,B,cluster=top5,yes,x,later,1,email,x\n"
                    + "c,C,all,true,1,recency,1,email\n");
            PlanFileRefused refused = assertThrows(PlanFileRefused.class, () -> PlanFile.importFile(db, file, "sato"));
            assertEquals(List.of(
                    "plans.csv line 2, column channel: unknown channel \"fax\": use one of email, line, dm, package_insert,"
                            + " phone, ad_audience",
                    "plans.csv line 3, column days: recency days cannot be negative (-3); only run_out counts days"
                            + " before its date",
                    "plans.csv line 5, column plan_name: \"別の名前\" differs from \"1回購入者\" on line 2 of the same plan",
                    "plans.csv line 6, column target: unknown cluster \"top5\": use top1, top10, top20, one_time,"
                            + " two_three or repeater",
                    "plans.csv line 6, column step_no: \"x\" is not a whole number",
                    "plans.csv line 6, column trigger: unknown trigger \"later\": use recency, since_first or run_out",
                    "plans.csv line 7: 8 fields, the header has 9"),
                    refused.problems().stream().map(PlanFileProblem::toString).toList());
            assertEquals(before, PlanStore.list(db));
        }
    }

    @Test
    void aWrongHeaderOrAnOpenQuoteIsRefused() throws Exception {
        PlanFileRefused header = assertThrows(PlanFileRefused.class,
                () -> PlanFile.read(write("plan,plan_name,target,enabled,step_no,trigger,days,channel,message\n")));
        assertEquals(List.of("plans.csv line 1, column plan: unknown column; the columns are " + String.join(",",
                PlanFile.COLUMNS), "plans.csv line 1, column plan_id: column missing"),
                header.problems().stream().map(PlanFileProblem::toString).toList());
        PlanFileRefused quote = assertThrows(PlanFileRefused.class,
                () -> PlanFile.read(write(HEADER + "a,A,all,true,1,recency,1,email,\"open\n")));
        assertTrue(quote.getMessage().contains("line 2: a quote (\") opened here is never closed"), quote.getMessage());
        Files.write(dir.resolve("plans.csv"), new byte[] {(byte) 0x82, (byte) 0xA0, ','});
        assertTrue(assertThrows(PlanFileRefused.class, () -> PlanFile.read(dir.resolve("plans.csv"))).getMessage()
                .contains("not UTF-8"));
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("plans.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
