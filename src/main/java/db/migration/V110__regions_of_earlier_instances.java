package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Regions became Camunda tenants: every process instance gets its cycle's region as tenant when it starts.
 * The instances of cycles started before (running or finished) belonged to no tenant, so every user saw
 * them; this gives each of them, and its tasks, jobs, variables, incidents and history, the region of its
 * cycle (every process of a cycle carries the cycle's business key), and makes each such region a tenant
 * (named by its code until an administrator renames it). On a new database the engine's tables may not
 * exist yet, and there is nothing to do.
 */
public class V110__regions_of_earlier_instances extends BaseJavaMigration {

    private static final String INSTANCES = "ACT_HI_PROCINST";
    private static final String TENANTS = "ACT_ID_TENANT";
    private static final List<String> INSTANCE_COLUMNS = List.of("PROC_INST_ID_", "PROCESS_INSTANCE_ID_");

    @Override
    public void migrate(Context context) throws Exception {
        migrate(context.getConnection());
    }

    static void migrate(Connection connection) throws SQLException {
        Map<String, String> tables = engineTables(connection);
        if (!tables.containsKey(INSTANCES)) {
            return;
        }
        Map<String, String> regionOfCycle = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT business_key, region_code FROM cycle")) {
            while (rows.next()) {
                regionOfCycle.put(rows.getString(1), rows.getString(2));
            }
        }
        List<String[]> targets = tenantTables(connection, tables);
        for (Map.Entry<String, String> cycle : regionOfCycle.entrySet()) {
            for (String[] target : targets) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + target[0]
                        + " SET TENANT_ID_ = ? WHERE TENANT_ID_ IS NULL AND " + target[1] + " IN (SELECT ID_ FROM "
                        + tables.get(INSTANCES) + " WHERE BUSINESS_KEY_ = ?)")) {
                    update.setString(1, cycle.getValue());
                    update.setString(2, cycle.getKey());
                    update.executeUpdate();
                }
            }
        }
        if (tables.containsKey(TENANTS)) {
            for (String region : new TreeSet<>(regionOfCycle.values())) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + tables.get(TENANTS)
                        + " (ID_, REV_, NAME_) SELECT ?, 1, ? WHERE NOT EXISTS (SELECT 1 FROM " + tables.get(TENANTS)
                        + " WHERE ID_ = ?)")) {
                    insert.setString(1, region);
                    insert.setString(2, region);
                    insert.setString(3, region);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** The engine's tables in the current schema, by upper-case name, each with its name as the database spells it. */
    private static Map<String, String> engineTables(Connection connection) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith("ACT_")) {
                    tables.put(name.toUpperCase(Locale.ROOT), name);
                }
            }
        }
        return tables;
    }

    /** The engine's tables with a tenant and a process instance column: each with that column's name. */
    private static List<String[]> tenantTables(Connection connection, Map<String, String> tables) throws SQLException {
        List<String[]> targets = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tables.values()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            if (columns.contains("TENANT_ID_")) {
                INSTANCE_COLUMNS.stream().filter(columns::contains).findFirst()
                        .ifPresent(column -> targets.add(new String[] {table, column}));
            }
        }
        return targets;
    }
}
