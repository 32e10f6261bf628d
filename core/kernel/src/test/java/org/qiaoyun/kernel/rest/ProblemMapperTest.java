package org.qiaoyun.kernel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Failures that are the caller's to mend get their own status, not a 500. */
class ProblemMapperTest {

    @Test
    void aUniqueKeyThatDecidedARaceIsAConflict() {
        var raced = new PersistenceException(new RuntimeException("insert failed", new SQLException("duplicate key value", "23505")));
        assertThat(ProblemMapper.uniqueViolation(raced)).isTrue();
        assertThat(ProblemMapper.uniqueViolation(new PersistenceException(new SQLException("no such column", "42703")))).isFalse();
        assertThat(ProblemMapper.uniqueViolation(new IllegalStateException())).isFalse();
    }
}
