package org.corridor.app.simulate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes a CSV table as Parquet through an in-memory DuckDB, which reads the CSV and writes the file. */
public final class Parquet {
    private Parquet() {
    }

    static void fromCsv(Path csv, Path parquet) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, auto_detect = true)) TO "
                    + literal(parquet) + " (FORMAT parquet, COMPRESSION zstd)");
        }
    }

    /** A path as an SQL string literal. */
    public static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
