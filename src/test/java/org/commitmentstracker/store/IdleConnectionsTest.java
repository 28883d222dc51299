package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class IdleConnectionsTest {
    @TempDir
    Path dir;

    private SQLiteDataSource opener() throws SQLException {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("t.db"));
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        return source;
    }

    @Test
    void aConnectionHandedBackIsReusedRatherThanOpenedAgain() throws Exception {
        IdleConnections pool = new IdleConnections(opener(), 2);
        Connection first = pool.getConnection();
        Connection real = first.unwrap(org.sqlite.SQLiteConnection.class);
        first.close();
        Connection second = pool.getConnection();
        assertThat(second.unwrap(org.sqlite.SQLiteConnection.class)).isSameAs(real);
        assertThat(second.isClosed()).isFalse();
        second.close();
        pool.close();
        assertThat(real.isClosed()).isTrue();
    }

    @Test
    void aTransactionLeftOpenIsRolledBackWhenTheConnectionIsHandedBack() throws Exception {
        IdleConnections pool = new IdleConnections(opener(), 2);
        Connection writer = pool.getConnection();
        writer.setAutoCommit(false);
        try (Statement s = writer.createStatement()) {
            s.execute("INSERT INTO t VALUES (1)");
        }
        writer.close();
        try (Connection reader = pool.getConnection(); Statement s = reader.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            assertThat(reader.getAutoCommit()).isTrue();
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        pool.close();
    }

    @Test
    void aClosedConnectionCannotBeUsedAndOnlyTheKeptNumberStayOpen() throws Exception {
        IdleConnections pool = new IdleConnections(opener(), 1);
        Connection a = pool.getConnection();
        Connection b = pool.getConnection();
        Connection realB = b.unwrap(org.sqlite.SQLiteConnection.class);
        a.close();
        b.close();
        assertThat(realB.isClosed()).as("one idle connection is kept, the other closed").isTrue();
        assertThatThrownBy(a::createStatement).isInstanceOf(SQLException.class);
        pool.close();
    }
}
