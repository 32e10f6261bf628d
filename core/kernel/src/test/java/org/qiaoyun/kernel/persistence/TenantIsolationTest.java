package org.qiaoyun.kernel.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.TenantScope;

/**
 * Tenant A never reads or writes B's rows, whatever way the module asks: find, JPQL, criteria or a
 * bulk update. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class TenantIsolationTest {

    private HikariDataSource dataSource;
    private EntityManagerFactory unit;
    private String memoOfB;

    abstract String jdbcUrl();

    @BeforeEach
    void twoTenantsWithOneMemoEach() {
        dataSource = Database.pool(jdbcUrl(), null, null, 4);
        Migrations.run(dataSource, "db/kerneltest/changelog.xml", getClass().getClassLoader());
        unit = PersistenceUnits.build("isolation", getClass().getClassLoader(), PersistenceUnits.rootOf(Memo.class),
                List.of(Memo.class), dataSource);
        in("a", em -> {
            em.persist(new Memo("a's memo"));
            return null;
        });
        memoOfB = in("b", em -> {
            Memo memo = new Memo("b's memo");
            em.persist(memo);
            return memo.id();
        });
    }

    @AfterEach
    void close() {
        unit.close();
        dataSource.close();
    }

    private <T> T in(String tenant, Function<EntityManager, T> work) {
        return Store.transaction(unit.createEntityManager(Map.of(TenantScope.TENANT_PROPERTY, tenant)), work);
    }

    @Test
    void findDoesNotSeeAnotherTenantsRow() {
        Memo seenByA = in("a", em -> em.find(Memo.class, memoOfB));
        Memo seenByB = in("b", em -> em.find(Memo.class, memoOfB));
        assertThat(seenByA).isNull();
        assertThat(seenByB).isNotNull();
    }

    @Test
    void jpqlSeesOnlyOwnRows() {
        List<Memo> all = in("a", em -> em.createQuery("select m from Memo m", Memo.class).getResultList());
        List<Memo> byId = in("a", em -> em.createQuery("select m from Memo m where m.id = :id", Memo.class)
                .setParameter("id", memoOfB).getResultList());
        assertThat(all).extracting(Memo::text).containsExactly("a's memo");
        assertThat(byId).isEmpty();
    }

    @Test
    void criteriaSeesOnlyOwnRows() {
        List<Memo> memos = in("a", em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Memo> query = cb.createQuery(Memo.class);
            query.select(query.from(Memo.class));
            return em.createQuery(query).getResultList();
        });
        assertThat(memos).extracting(Memo::text).containsExactly("a's memo");
    }

    @Test
    void bulkUpdateAndDeleteTouchOnlyOwnRows() {
        int updated = in("a", em -> em.createQuery("update Memo m set m.text = 'overwritten'").executeUpdate());
        int deleted = in("a", em -> em.createQuery("delete from Memo m where m.id = :id").setParameter("id", memoOfB).executeUpdate());
        assertThat(updated).isEqualTo(1);
        assertThat(deleted).isZero();
        String textOfB = in("b", em -> em.find(Memo.class, memoOfB).text());
        assertThat(textOfB).isEqualTo("b's memo");
    }

    @Test
    void writesAreStampedWithTheTenant() {
        in("b", em -> {
            em.persist(new Memo("second of b"));
            return null;
        });
        long ofB = in("b", em -> em.createQuery("select count(m) from Memo m", Long.class).getSingleResult());
        long ofA = in("a", em -> em.createQuery("select count(m) from Memo m", Long.class).getSingleResult());
        assertThat(ofB).isEqualTo(2L);
        assertThat(ofA).isEqualTo(1L);
    }

    @Test
    void entityManagerWithoutTenantFailsClosed() {
        assertThatThrownBy(() -> Store.transaction(unit.createEntityManager(),
                em -> em.createQuery("select m from Memo m", Memo.class).getResultList()))
                .hasMessageContaining(TenantScope.TENANT_PROPERTY);
    }
}
