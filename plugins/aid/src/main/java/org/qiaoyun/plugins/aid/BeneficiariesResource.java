package org.qiaoyun.plugins.aid;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.qiaoyun.api.Inputs;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.BeneficiaryImport;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;

/**
 * {@code .../aid/beneficiaries}: registering, finding and importing the people cared for; ID numbers
 * masked, revealed to admins only (audited).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BeneficiariesResource {

    private final TenantScope scope;
    private final IdVault vault;
    private final Beneficiaries beneficiaries;

    BeneficiariesResource(TenantScope scope, IdVault vault) {
        this.scope = scope;
        this.vault = vault;
        this.beneficiaries = new Beneficiaries(scope, vault);
    }

    /**
     * A person as the API shows them: the ID number masked and the year of birth only (a full birth date
     * beside the mask and the county's public division code would give the whole number back).
     */
    public record BeneficiaryJson(String id, String name, String gender, int birthYear, String residentId, String phone,
                                  String address, String category, Set<String> tags, String household, String guardianName,
                                  String guardianPhone, LocalDate consentDate, String consentBy, long version) {

        static BeneficiaryJson of(Beneficiary b) {
            return new BeneficiaryJson(b.id(), b.name(), b.male() ? "male" : "female", b.birthDate().getYear(), b.maskedId(), b.phone(),
                    b.address(), Inputs.lower(b.category()), b.tags().stream().map(Inputs::lower).collect(java.util.stream.Collectors.toSet()),
                    b.household(), b.guardianName(), b.guardianPhone(), b.consentDate(), b.consentBy(), b.version());
        }
    }

    /** What may change on a person's record. */
    public static class Details {
        public String name;
        public String phone;
        public String address;
        public String category;
        public List<String> tags;
        public String household;
        public String guardianName;
        public String guardianPhone;

        Set<VulnerabilityTag> tagSet() {
            Set<VulnerabilityTag> wanted = EnumSet.noneOf(VulnerabilityTag.class);
            if (tags != null) {
                tags.forEach(t -> wanted.add(Inputs.choice(VulnerabilityTag.class, t, "tags")));
            }
            return wanted;
        }
    }

    /** {@code POST beneficiaries}. */
    public static class NewBeneficiary extends Details {
        public String residentId;
        public String consentDate;
        public String consentBy;
    }

    /** {@code PUT beneficiaries/{id}}: the details with the version changed. */
    public static class DetailsChange extends Details {
        public Long version;
    }

    @GET
    public Page<BeneficiaryJson> list(@QueryParam("search") String search, @QueryParam("tag") String tag,
                                      @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        Page.requireValid(page, size);
        VulnerabilityTag wanted = Inputs.choice(VulnerabilityTag.class, tag, "tag");
        return new Page<>(beneficiaries.search(search, wanted, page * size, size).stream().map(BeneficiaryJson::of).toList(),
                page, size, beneficiaries.count(search, wanted));
    }

    @POST
    public Response register(NewBeneficiary body) {
        Inputs.body(body);
        Beneficiary.Registration registration = new Beneficiary.Registration(body.name, body.residentId, body.phone,
                body.address, Inputs.choice(Category.class, body.category, "category"), body.tagSet(), body.household, body.guardianName,
                body.guardianPhone, Inputs.date(body.consentDate, "consentDate"), body.consentBy);
        Beneficiary person = AidIndicators.afterChange(scope, () -> beneficiaries.register(registration));
        return Response.status(Response.Status.CREATED).entity(BeneficiaryJson.of(person)).build();
    }

    /** The spreadsheet to fill in for an import. */
    @GET
    @Path("template.xlsx")
    @Produces(AidResource.XLSX)
    public Response template() {
        return Response.ok(BeneficiaryImport.template(), AidResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"beneficiaries-template.xlsx\"").build();
    }

    /**
     * Imports beneficiaries from a spreadsheet (the template's layout). The report lists every wrong row
     * and column; nothing is imported while errors remain unless {@code importValidRows=true}.
     */
    @POST
    @Path("import")
    @Consumes({AidResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public BeneficiaryImport.Report importBeneficiaries(@QueryParam("importValidRows") @DefaultValue("false") boolean importValidRows,
                                                        java.io.InputStream xlsx) {
        BeneficiaryImport.Report report = new BeneficiaryImport(scope, vault).run(xlsx, importValidRows, BeneficiaryImport.Progress.NONE);
        if (report.imported() > 0) {
            AidIndicators.refresh(scope);
        }
        return report;
    }

    @GET
    @Path("{id}")
    public BeneficiaryJson beneficiary(@PathParam("id") String id) {
        return BeneficiaryJson.of(beneficiaries.get(id));
    }

    /** The full ID number, for admins; every reveal is audited. */
    /** Changes a person's record (caseworkers), naming the version changed; the ID number and consent stay. */
    @PUT
    @Path("{id}")
    public BeneficiaryJson describe(@PathParam("id") String id, DetailsChange body) {
        Inputs.body(body);
        long version = Inputs.version(body.version);
        Beneficiary.Details details = new Beneficiary.Details(body.name, body.phone,
                body.address, Inputs.choice(Category.class, body.category, "category"), body.tagSet(), body.household,
                body.guardianName, body.guardianPhone);
        Beneficiary person = AidIndicators.afterChange(scope, () -> beneficiaries.describe(id, version, details));
        return BeneficiaryJson.of(person);
    }

    @POST
    @Path("{id}/reveal-id")
    public Map<String, String> revealId(@PathParam("id") String id) {
        return Map.of("residentId", beneficiaries.revealId(id));
    }

}
