package org.qiaoyun.kernel.registry;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.access.Access;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.UnknownTenantException;

/**
 * The townships and villages a county records with their counts of people and their organisations. Admins of
 * the county and of the federations above it record and change them; its admins and viewers read them (an area
 * holds no personal data). Every change is audited in its transaction.
 */
public class Areas {

    private final Store store;
    private final Clock clock;
    private final RegistryFigures figures;

    public Areas(Store store, Clock clock) {
        this.figures = new RegistryFigures(store, clock);
        this.store = store;
        this.clock = clock;
    }

    /** A search within the areas of one federation: by name or division code, and by how an area stands. */
    public record Search(String text, AreaCoverage coverage) {
        public static final Search ALL = new Search(null, null);
    }

    public List<Area> page(String tenantCode, Search search, int first, int max) {
        return store.transaction(em -> {
            readable(em, tenantCode);
            TypedQuery<Area> query = em.createQuery("select a from Area a where a.tenantCode = :tenant" + where(search)
                    + " order by a.divisionCode", Area.class);
            return bind(query, tenantCode, search).setFirstResult(first).setMaxResults(max).getResultList();
        });
    }

    public long count(String tenantCode, Search search) {
        return store.transaction(em -> {
            readable(em, tenantCode);
            return bind(em.createQuery("select count(a) from Area a where a.tenantCode = :tenant" + where(search), Long.class),
                    tenantCode, search).getSingleResult();
        });
    }

    public Area get(String tenantCode, String id) {
        return store.transaction(em -> {
            readable(em, tenantCode);
            return find(em, tenantCode, id);
        });
    }

    public Area record(String tenantCode, AreaInput input) {
        Area changed = store.transaction(em -> {
            Tenant tenant = writable(em, tenantCode);
            requireWithin(tenant, input.divisionCode());
            boolean taken = !em.createQuery("select a.id from Area a where a.tenantCode = :tenant and a.divisionCode = :code", String.class)
                    .setParameter("tenant", tenantCode).setParameter("code", input.divisionCode()).getResultList().isEmpty();
            if (taken) {
                throw new ConflictException("divisionCode", Text.of("kernel.registry.area-exists", input.divisionCode()));
            }
            input.checkYear(thisYear());
            Area area = new Area(tenantCode, input, clock.instant(), thisYear());
            em.persist(area);
            AuditLog.append(em, tenantCode, "area.record", area.divisionCode(), summary(area));
            return area;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    public Area change(String tenantCode, String id, long seenVersion, AreaInput input) {
        Area changed = store.transaction(em -> {
            writable(em, tenantCode);
            Area area = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seenVersion, area.version());
            input.checkYear(thisYear());
            area.apply(input, clock.instant(), thisYear());
            em.flush();
            AuditLog.append(em, tenantCode, "area.change", area.divisionCode(), summary(area));
            return area;
        });
        figures.refresh(tenantCode);
        return changed;
    }

    public void remove(String tenantCode, String id, long seenVersion) {
        store.transaction(em -> {
            writable(em, tenantCode);
            Area area = find(em, tenantCode, id);
            StaleVersionException.unlessCurrent(seenVersion, area.version());
            em.remove(area);
            AuditLog.append(em, tenantCode, "area.remove", area.divisionCode(), Text.of("kernel.audit.area-removed", area.name()));
            return null;
        });
        figures.refresh(tenantCode);
    }

    /** The federation's areas as a workbook headed in the language of {@code locale} (none: a workbook to fill in). */
    public byte[] sheet(String tenantCode, java.util.Locale locale) {
        List<Area> all = page(tenantCode, Search.ALL, 0, AreaSheet.MAX_ROWS);
        return AreaSheet.write(all, locale);
    }

    /** What an import found and did: the rows read, the areas recorded and changed, and every row refused. */
    public record ImportReport(int rows, int recorded, int changed, List<AreaSheet.RowProblem> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    /**
     * Imports a workbook in the layout of {@link #sheet}: a row with a new division code records an area, a row with
     * a code already recorded changes that area (a new survey's counts). Every row is checked first, as a person's
     * entry would be and against the federation's division and the other rows; when any row is refused nothing is
     * imported and the report names each refused row's line and column. Otherwise all rows go in one transaction,
     * audited once.
     */
    public ImportReport importSheet(String tenantCode, java.io.InputStream xlsx) {
        store.transaction(em -> writable(em, tenantCode)); // a stranger's file is not even read
        AreaSheet.Reading reading = AreaSheet.read(xlsx);
        ImportReport report = store.transaction(em -> {
            Tenant tenant = writable(em, tenantCode);
            List<AreaSheet.RowProblem> problems = new java.util.ArrayList<>(reading.problems());
            java.util.Map<String, Integer> lineOf = new java.util.HashMap<>();
            int year = thisYear();
            for (AreaSheet.Line line : reading.lines()) {
                try {
                    requireWithin(tenant, line.input().divisionCode());
                    line.input().checkYear(year);
                    Integer first = lineOf.putIfAbsent(line.input().divisionCode(), line.line());
                    if (first != null) {
                        throw new InvalidInputException("divisionCode", Text.of("kernel.registry.sheet-code-twice", line.input().divisionCode(), String.valueOf(first)));
                    }
                } catch (InvalidInputException refused) {
                    problems.add(new AreaSheet.RowProblem(line.line(), AreaSheet.Column.of(refused.field()), refused.text()));
                }
            }
            problems.sort(java.util.Comparator.comparingInt(AreaSheet.RowProblem::line));
            int rows = reading.lines().size() + reading.problems().size();
            if (!problems.isEmpty()) {
                return new ImportReport(rows, 0, 0, problems);
            }
            java.util.Map<String, Area> kept = new java.util.HashMap<>();
            em.createQuery("select a from Area a where a.tenantCode = :tenant", Area.class).setParameter("tenant", tenantCode)
                    .getResultList().forEach(a -> kept.put(a.divisionCode(), a));
            int recorded = 0;
            int changed = 0;
            for (AreaSheet.Line line : reading.lines()) {
                Area area = kept.get(line.input().divisionCode());
                if (area == null) {
                    em.persist(new Area(tenantCode, line.input(), clock.instant(), year));
                    recorded++;
                } else {
                    area.apply(line.input(), clock.instant(), year);
                    changed++;
                }
            }
            em.flush();
            AuditLog.append(em, tenantCode, "area.import", null, Text.of("kernel.audit.areas-imported", recorded, changed));
            return new ImportReport(rows, recorded, changed, List.of());
        });
        figures.refresh(tenantCode);
        return report;
    }

    /** This year in Beijing, by the platform's clock. */
    int thisYear() {
        return java.time.Year.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).getValue();
    }

    /** Who reads the areas: the federation's admins and viewers, and admins above (who see the subtree). */
    static Tenant readable(EntityManager em, String tenantCode) {
        Tenant tenant = tenant(em, tenantCode);
        CallerIdentity caller = Access.requireVisible(tenant);
        if (!caller.has(Role.ADMIN) && !caller.has(Role.VIEWER)) {
            throw new org.qiaoyun.kernel.access.AccessDeniedException("kernel.registry.readers-only");
        }
        return tenant;
    }

    private static Tenant writable(EntityManager em, String tenantCode) {
        Tenant tenant = tenant(em, tenantCode);
        Access.requireAdminOf(tenant);
        tenant.requireWritable();
        if (tenant.level() != TenantLevel.COUNTY && tenant.level() != TenantLevel.CITY) {
            throw new InvalidInputException(null, Text.of("kernel.registry.areas-of-counties"));
        }
        return tenant;
    }

    /**
     * An area's code begins with its county's: 台山 440781 holds 440781100 (a township) and 440781100201 (a
     * village); a city without counties, such as 东莞 441900, holds its townships directly (441900003 虎门镇), and
     * no city holds its counties' townships.
     */
    static void requireWithin(Tenant tenant, String areaCode) {
        String division = tenant.divisionCode();
        if (division == null) {
            throw new InvalidInputException("divisionCode", Text.of("kernel.registry.division-needed", tenant.code()));
        }
        if (!areaCode.startsWith(division)) {
            throw new InvalidInputException("divisionCode", Text.of("kernel.registry.area-outside", areaCode, division));
        }
    }

    private static Tenant tenant(EntityManager em, String tenantCode) {
        Tenant tenant = em.find(Tenant.class, tenantCode);
        if (tenant == null) {
            throw new UnknownTenantException(tenantCode);
        }
        return tenant;
    }

    private static Area find(EntityManager em, String tenantCode, String id) {
        Area area = id == null ? null : em.find(Area.class, id);
        if (area == null || !area.tenantCode().equals(tenantCode)) {
            throw new UnknownObjectException(Text.of("kernel.registry.unknown-area", id));
        }
        return area;
    }

    private static Text summary(Area area) {
        return Text.of("kernel.audit.area-summary", area.name(), area.people(), Text.of("kernel.registry.form." + area.organisation().wireName()));
    }

    private static String where(Search search) {
        String where = "";
        if (search.text() != null && !search.text().isBlank()) {
            where += " and (lower(a.name) like :text or a.divisionCode like :text)";
        }
        if (search.coverage() != null) {
            where += switch (search.coverage()) {
                case COVERED -> " and a.organisation = org.qiaoyun.kernel.registry.OrganisationForm.FEDERATION and " + due();
                case GAP -> " and a.organisation <> org.qiaoyun.kernel.registry.OrganisationForm.FEDERATION and " + due();
                case SERVED -> " and a.organisation <> org.qiaoyun.kernel.registry.OrganisationForm.NONE and not " + due();
                case OPEN -> " and a.organisation = org.qiaoyun.kernel.registry.OrganisationForm.NONE and not " + due();
            };
        }
        return where;
    }

    /** Whether a federation is due, in JPQL: the same rule as {@link AreaCoverage#of}. */
    private static String due() {
        return "((a.kind = org.qiaoyun.kernel.registry.AreaKind.TOWNSHIP and a.people >= " + AreaKind.TOWNSHIP.federationFrom()
                + ") or (a.kind = org.qiaoyun.kernel.registry.AreaKind.VILLAGE and a.people >= " + AreaKind.VILLAGE.federationFrom() + "))";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String tenantCode, Search search) {
        query.setParameter("tenant", tenantCode);
        if (search.text() != null && !search.text().isBlank()) {
            query.setParameter("text", "%" + search.text().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        return query;
    }
}
