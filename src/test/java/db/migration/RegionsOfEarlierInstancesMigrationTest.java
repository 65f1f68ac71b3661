package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsOfEarlierInstancesMigrationTest {

    @Test
    void everyInstanceOfAnEarlierCycleAndWhatBelongsToItGetsItsCyclesRegion() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:regions-migration;DB_CLOSE_DELAY=-1");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE cycle (business_key VARCHAR(40), region_code VARCHAR(4))");
            sql.execute("CREATE TABLE ACT_HI_PROCINST (ID_ VARCHAR(64), PROC_INST_ID_ VARCHAR(64), BUSINESS_KEY_ VARCHAR(255), TENANT_ID_ VARCHAR(64))");
            sql.execute("CREATE TABLE ACT_RU_TASK (ID_ VARCHAR(64), PROC_INST_ID_ VARCHAR(64), TENANT_ID_ VARCHAR(64))");
            sql.execute("CREATE TABLE ACT_RU_JOB (ID_ VARCHAR(64), PROCESS_INSTANCE_ID_ VARCHAR(64), TENANT_ID_ VARCHAR(64))");
            sql.execute("CREATE TABLE ACT_ID_TENANT (ID_ VARCHAR(64), REV_ INTEGER, NAME_ VARCHAR(255))");
            sql.execute("INSERT INTO cycle VALUES ('PA-JH-2020', 'JH'), ('PA-VN-2026', 'VN')");
            sql.execute("INSERT INTO ACT_HI_PROCINST VALUES ('main-jh', 'main-jh', 'PA-JH-2020', NULL), "
                    + "('request-jh', 'request-jh', 'PA-JH-2020', NULL), ('main-vn', 'main-vn', 'PA-VN-2026', 'VN'), "
                    + "('probe', 'probe', NULL, NULL)");
            sql.execute("INSERT INTO ACT_RU_TASK VALUES ('t1', 'main-jh', NULL), ('t2', 'probe', NULL)");
            sql.execute("INSERT INTO ACT_RU_JOB VALUES ('j1', 'request-jh', NULL), ('j2', 'main-vn', 'VN')");
            sql.execute("INSERT INTO ACT_ID_TENANT VALUES ('VN', 1, 'Region Västernorrland')");

            V110__regions_of_earlier_instances.migrate(db);

            assertThat(rows(sql, "SELECT ID_, TENANT_ID_ FROM ACT_HI_PROCINST ORDER BY ID_"))
                    .containsExactly("main-jh=JH", "main-vn=VN", "probe=null", "request-jh=JH");
            assertThat(rows(sql, "SELECT ID_, TENANT_ID_ FROM ACT_RU_TASK ORDER BY ID_")).containsExactly("t1=JH", "t2=null");
            assertThat(rows(sql, "SELECT ID_, TENANT_ID_ FROM ACT_RU_JOB ORDER BY ID_")).containsExactly("j1=JH", "j2=VN");
            assertThat(rows(sql, "SELECT ID_, NAME_ FROM ACT_ID_TENANT ORDER BY ID_"))
                    .containsExactly("JH=JH", "VN=Region Västernorrland");
        }
    }

    @Test
    void aNewDatabaseWithoutTheEnginesTablesIsLeftAsItIs() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:regions-migration-new;DB_CLOSE_DELAY=-1");
             Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE cycle (business_key VARCHAR(40), region_code VARCHAR(4))");
            V110__regions_of_earlier_instances.migrate(db);
            assertThat(rows(sql, "SELECT business_key, region_code FROM cycle")).isEmpty();
        }
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1) + "=" + result.getString(2));
            }
        }
        return rows;
    }
}
