package org.ocdsnacional.harvester.schedule;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Creates Quartz's tables in the shared store when they are absent, with the DDL Quartz ships for PostgreSQL
 * ({@code tables_postgres.sql}, without its {@code DROP} statements). Instances starting at once take turns through a
 * PostgreSQL advisory lock, so the tables are created once; existing tables are never touched.
 */
final class QuartzTables {

    private static final Logger LOG = LoggerFactory.getLogger(QuartzTables.class);
    private static final String DDL = "/org/quartz/impl/jdbcjobstore/tables_postgres.sql";
    /** Any number that other users of the database are unlikely to lock: "ocdsqrtz" in ASCII. */
    private static final long LOCK = 0x6f6364737172747AL;

    private QuartzTables() {
    }

    static void ensure(SharedStore store) throws SchedulerException {
        try (Connection connection = DriverManager.getConnection(store.url(), store.user(), store.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + LOCK + ")");
            try {
                if (!exist(statement)) {
                    create(statement);
                    LOG.info("Quartz's tables were created in {}", store.url());
                }
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException | IOException e) {
            throw new SchedulerException("The shared schedule's database (" + store.url() + ") cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static boolean exist(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT to_regclass('qrtz_locks') IS NOT NULL")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void create(Statement statement) throws IOException, SQLException {
        for (String sql : statements()) {
            statement.execute(sql);
        }
    }

    /** The DDL's statements, comments and {@code DROP}s and {@code COMMIT}s left out. */
    static List<String> statements() throws IOException {
        String text;
        try (InputStream in = QuartzTables.class.getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IOException("Quartz's " + DDL + " is not on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = text.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (all, line) -> all + line + "\n");
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .filter(sql -> {
                    String upper = sql.toUpperCase(Locale.ROOT);
                    return !upper.startsWith("DROP") && !upper.equals("COMMIT");
                })
                .toList();
    }
}
