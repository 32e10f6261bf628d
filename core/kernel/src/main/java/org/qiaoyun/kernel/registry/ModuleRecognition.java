package org.qiaoyun.kernel.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.qiaoyun.api.recognition.Recognition;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Tenant;

/**
 * The platform's nominations as a module's scope offers them: a module's endorsed nomination goes into
 * {@link Nominations} under the module's id as its source, with every check and audit of the platform's own.
 */
public final class ModuleRecognition implements Recognition {

    private final String tenantCode;
    private final String moduleId;
    private final Store store;
    private final Nominations nominations;

    public ModuleRecognition(String tenantCode, String moduleId, Store store, java.time.Clock clock) {
        this.tenantCode = tenantCode;
        this.moduleId = moduleId;
        this.store = store;
        this.nominations = new Nominations(store, clock);
    }

    @Override
    public String nominate(Award award, int year, String nominee, String citation, String awardingFederation) {
        Nomination.Award title = Nomination.Award.valueOf(award.name());
        return nominations.nominate(tenantCode, new NominationInput(title, year, nominee, citation, awardingFederation), moduleId).id();
    }

    @Override
    public List<Federation> awardingFederations() {
        return store.transaction(em -> {
            Tenant tenant = em.find(Tenant.class, tenantCode);
            List<Federation> above = new ArrayList<>();
            if (tenant != null) {
                for (String code : tenant.ancestorCodes()) {
                    Tenant ancestor = em.find(Tenant.class, code);
                    if (ancestor != null) {
                        above.add(new Federation(ancestor.code(), ancestor.names().zh(), ancestor.names().en()));
                    }
                }
            }
            Collections.reverse(above); // ancestor codes run from the root down
            return above;
        });
    }
}
