package org.qiaoyun.kernel.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.ModuleGate;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.persistence.Store;

/**
 * People's rights over their data (PIPL arts. 44-47), across the modules of one federation: find what the modules
 * keep about a person by document number, phone or email; give it to them as a copy; correct what a module lets be
 * corrected; erase one record's personal details. Only the federation's own admins act (the people it serves ask their
 * federation; a federation above does not read them); every search, copy, correction and erasure is audited with the
 * number of records or fields, never who was asked about. Each module answers for its own records ({@link PersonalData},
 * offered through its services); a module that is not open in the federation is not asked.
 */
public class PeoplesData {

    private final Store kernel;
    private final ModuleHost modules;
    private final ModuleGate gate;
    private final Function<InstalledModule, Function<String, TenantScope>> scopes;

    public PeoplesData(Store kernel, ModuleHost modules, ModuleGate gate, Function<InstalledModule, Function<String, TenantScope>> scopes) {
        this.kernel = kernel;
        this.modules = modules;
        this.gate = gate;
        this.scopes = scopes;
    }

    /** A module's records about the person. */
    public record Found(String moduleId, List<PersonalData.Kept> records) {
    }

    /** What the federation's open modules keep about the person (admins of the federation itself). */
    public List<Found> find(String tenantCode, PersonalData.Person person) {
        List<Found> found = search(tenantCode, person);
        audit(tenantCode, "rights.search", found);
        return found;
    }

    /** The same, as the copy handed to the person: audited as a copy given. */
    public List<Found> copy(String tenantCode, PersonalData.Person person) {
        List<Found> found = search(tenantCode, person);
        audit(tenantCode, "rights.copy", found);
        return found;
    }

    /**
     * Erases one record's personal details through its module: a record the same search finds, so that nothing but
     * the person's own records can be erased by naming them.
     */
    public void erase(String tenantCode, PersonalData.Person person, String moduleId, String recordId) {
        record(tenantCode, person, moduleId, recordId);
        InstalledModule module = modules.find(moduleId).orElseThrow();
        module.offered(PersonalData.class).orElseThrow().erase(scopes.apply(module).apply(tenantCode), recordId);
        kernel.transaction(em -> AuditLog.append(em, tenantCode, "rights.erase", moduleId + "/" + recordId,
                Text.of("kernel.rights.erased", moduleId)));
    }

    /**
     * Corrects fields of one of the person's records through its module (PIPL art. 46): only fields the module named
     * correctable on that record (another is refused naming it), on the version the record was read at (a change made
     * since: 409). Audited with the module and how many fields, never the values.
     */
    public void correct(String tenantCode, PersonalData.Person person, String moduleId, PersonalData.Correction correction) {
        PersonalData.Kept kept = record(tenantCode, person, moduleId, correction.recordId());
        if (correction.values().isEmpty()) {
            throw new InvalidInputException("values", Text.of("kernel.rights.values"));
        }
        correction.values().keySet().stream().filter(name -> !kept.corrects(name)).findFirst().ifPresent(name -> {
            throw new InvalidInputException(name, Text.of("kernel.rights.not-correctable"));
        });
        InstalledModule module = modules.find(moduleId).orElseThrow();
        module.offered(PersonalData.class).orElseThrow().correct(scopes.apply(module).apply(tenantCode), correction);
        kernel.transaction(em -> AuditLog.append(em, tenantCode, "rights.correct", moduleId + "/" + correction.recordId(),
                Text.of("kernel.rights.corrected", moduleId, correction.values().size())));
    }

    /** One of the person's records as the same search finds it: nothing but their own records is acted on by naming it. */
    private PersonalData.Kept record(String tenantCode, PersonalData.Person person, String moduleId, String recordId) {
        return search(tenantCode, person).stream().filter(f -> f.moduleId().equals(moduleId)).flatMap(f -> f.records().stream())
                .filter(r -> r.recordId().equals(recordId)).findFirst()
                .orElseThrow(() -> new UnknownObjectException(Text.of("kernel.rights.unknown-record")));
    }

    private List<Found> search(String tenantCode, PersonalData.Person person) {
        OwnAdmins.require(kernel, tenantCode);
        if (person == null || (person.documentNumber() == null && person.phone() == null && person.email() == null)) {
            throw new InvalidInputException("person", Text.of("kernel.rights.person"));
        }
        List<Found> found = new ArrayList<>();
        for (InstalledModule module : modules.installed()) {
            Optional<PersonalData> data = module.isStarted() ? module.offered(PersonalData.class) : Optional.empty();
            if (data.isEmpty() || !gate.check(tenantCode, module.id()).isOpen()) {
                continue;
            }
            List<PersonalData.Kept> records = data.get().find(scopes.apply(module).apply(tenantCode), person);
            if (!records.isEmpty()) {
                found.add(new Found(module.id(), records));
            }
        }
        return found;
    }

    private void audit(String tenantCode, String action, List<Found> found) {
        int records = found.stream().mapToInt(f -> f.records().size()).sum();
        kernel.transaction(em -> AuditLog.append(em, tenantCode, action, "people",
                Text.of("kernel.rights.searched", records, found.size())));
    }
}
