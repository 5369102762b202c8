package hako.followups;

import hako.store.InTransaction;
import hako.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shop's follow-up plans, kept in {@code followup_plans} and {@code followup_steps}. */
public final class PlanStore {

    private PlanStore() {
    }

    /** Every plan, in plan id order. */
    public static List<Plan> list(Connection c) throws SQLException {
        Map<String, PlanRows> plans = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load(PlanStore.class, "plans_list.sql"));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String id = r.getString("plan_id");
                PlanRows rows = plans.get(id);
                if (rows == null) {
                    rows = new PlanRows(id, r.getString("name"), r.getString("target"), r.getBoolean("enabled"),
                            new ArrayList<>());
                    plans.put(id, rows);
                }
                rows.steps().add(new Step(r.getInt("step_no"),
                        new Trigger(Trigger.Kind.ofKey(r.getString("trigger_kind")), r.getInt("trigger_days")),
                        Channel.ofKey(r.getString("channel")), r.getString("message")));
            }
        }
        return plans.values().stream().map(PlanRows::plan).toList();
    }

    /** The enabled plans. */
    public static List<Plan> enabled(Connection c) throws SQLException {
        return list(c).stream().filter(Plan::enabled).toList();
    }

    public static Optional<Plan> get(Connection c, String id) throws SQLException {
        return list(c).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Saves {@code plan} in place of any plan with its id (its steps are replaced wholly). */
    public static void save(Connection c, Plan plan, String user) throws SQLException {
        saveAll(c, List.of(plan), user);
    }

    /** Saves every plan in one transaction: all are saved, or none. */
    public static void saveAll(Connection c, Collection<Plan> plans, String user) throws SQLException {
        requireUser(user);
        InTransaction.run(c, () -> {
            for (Plan plan : plans) {
                remove(c, plan.id());
                insert(c, plan, user);
            }
        });
    }

    /** Deletes a plan and its steps; its tasks stay. Returns whether it existed. */
    public static boolean delete(Connection c, String id) throws SQLException {
        return InTransaction.get(c, () -> remove(c, id) > 0);
    }

    /** Enables or disables a plan; refuses an unknown id. */
    public static void setEnabled(Connection c, String id, boolean enabled, String user) throws SQLException {
        requireUser(user);
        try (PreparedStatement p = c.prepareStatement(Sql.load(PlanStore.class, "plan_enable.sql"))) {
            p.setBoolean(1, enabled);
            p.setString(2, user);
            p.setObject(3, LocalDateTime.now());
            p.setString(4, id);
            if (p.executeUpdate() == 0) {
                throw new IllegalArgumentException("no plan \"" + id + "\"");
            }
        }
    }

    private static int remove(Connection c, String id) throws SQLException {
        List<String> statements = Sql.statements(PlanStore.class, "plan_delete.sql");
        int removed = 0;
        for (String statement : statements) {
            try (PreparedStatement p = c.prepareStatement(statement)) {
                p.setString(1, id);
                removed = p.executeUpdate();
            }
        }
        return removed;
    }

    private static void insert(Connection c, Plan plan, String user) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.load(PlanStore.class, "plan_insert.sql"))) {
            p.setString(1, plan.id());
            p.setString(2, plan.name());
            p.setString(3, plan.target().text());
            p.setBoolean(4, plan.enabled());
            p.setString(5, user);
            p.setObject(6, LocalDateTime.now());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(Sql.load(PlanStore.class, "step_insert.sql"))) {
            for (Step s : plan.steps()) {
                p.setString(1, plan.id());
                p.setInt(2, s.no());
                p.setString(3, s.trigger().kind().key());
                p.setInt(4, s.trigger().days());
                p.setString(5, s.channel().key());
                p.setString(6, s.message());
                p.executeUpdate();
            }
        }
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("saving plans needs the user who saves them");
        }
    }

    /** One plan's columns while its step rows are read. */
    private record PlanRows(String id, String name, String target, boolean enabled, List<Step> steps) {

        Plan plan() {
            return new Plan(id, name, Target.parse(target), enabled, steps);
        }
    }
}
