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
import org.qiaoyun.api.personal.DocumentKind;
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
     * A person as the API shows them: the document's kind and its number masked ({@code residentId} too, for
     * a resident ID, as the first edition had it) and the year of birth only (a full birth date beside the
     * mask and the county's public division code would give the whole number back).
     */
    public record BeneficiaryJson(String id, String name, String gender, int birthYear, String documentKind, String documentNumber,
                                  String issuingCountry, String residentId, String phone, String address, String category,
                                  Set<String> tags, String household, String guardianName, String guardianPhone,
                                  LocalDate consentDate, String consentBy, long version) {

        static BeneficiaryJson of(Beneficiary b) {
            return new BeneficiaryJson(b.id(), b.name(), b.male() ? "male" : "female", b.birthDate().getYear(),
                    Inputs.lower(b.documentKind()), b.maskedId(), b.issuingCountry(),
                    b.documentKind() == DocumentKind.RESIDENT_ID ? b.maskedId() : null, b.phone(),
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

    /**
     * {@code POST beneficiaries}: a resident ID number as {@code residentId}, or any document as
     * {@code documentKind} and {@code documentNumber} ({@code issuingCountry} for a foreign passport;
     * {@code birthDate} and {@code gender} where the number carries none).
     */
    public static class NewBeneficiary extends Details {
        public String residentId;
        public String documentKind;
        public String documentNumber;
        public String issuingCountry;
        public String birthDate;
        public String gender;
        public String consentDate;
        public String consentBy;

        DocumentKind kind() {
            if (documentKind == null && residentId != null) {
                return DocumentKind.RESIDENT_ID;
            }
            return documentKind == null ? null : Inputs.choice(DocumentKind.class, documentKind, "documentKind");
        }

        String number() {
            return documentNumber == null || documentNumber.isBlank() ? residentId : documentNumber;
        }

        Boolean male() {
            if (gender == null || gender.isBlank()) {
                return null;
            }
            return switch (gender.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "male" -> true;
                case "female" -> false;
                default -> throw new org.qiaoyun.api.InvalidInputException("gender",
                        org.qiaoyun.api.Text.of("platform.input.choice", "gender", "male, female"));
            };
        }
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
        Beneficiary.Registration registration = new Beneficiary.Registration(body.name, body.kind(), body.number(),
                body.issuingCountry, Inputs.date(body.birthDate, "birthDate"), body.male(), body.phone,
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
    public ImportReportJson importBeneficiaries(@QueryParam("importValidRows") @DefaultValue("false") boolean importValidRows,
                                               @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers, java.io.InputStream xlsx) {
        BeneficiaryImport.Report report = new BeneficiaryImport(scope, vault).run(xlsx, importValidRows, BeneficiaryImport.Progress.NONE);
        if (report.imported() > 0) {
            AidIndicators.refresh(scope);
        }
        return ImportReportJson.of(report, org.qiaoyun.api.Text.languageOf(headers.getAcceptableLanguages()));
    }

    /** What an import found and did, each wrong row's column named in the language of {@code Accept-Language}. */
    public record ImportReportJson(int rows, int valid, List<RowErrorJson> errors, int imported) {

        /** A row refused: where (the column's name in the reader's language), why in English, and the text of why. */
        public record RowErrorJson(int row, String column, String message, org.qiaoyun.api.Text text) {
        }

        static ImportReportJson of(BeneficiaryImport.Report report, java.util.Locale language) {
            return new ImportReportJson(report.rows(), report.valid(), report.errors().stream().map(e -> new RowErrorJson(e.row(),
                    e.column() == null ? null : e.column(language), e.message(), e.text())).toList(), report.imported());
        }
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

    /** The full number, for admins; every reveal is audited. A resident ID is also given as {@code residentId}. */
    @POST
    @Path("{id}/reveal-id")
    public Map<String, String> revealId(@PathParam("id") String id) {
        String number = beneficiaries.revealId(id); // the admin's check and the audited reveal come first
        Beneficiary person = beneficiaries.get(id);
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        shown.put("documentKind", Inputs.lower(person.documentKind()));
        shown.put("documentNumber", number);
        if (person.documentKind() == DocumentKind.RESIDENT_ID) {
            shown.put("residentId", number);
        }
        return shown;
    }

    /**
     * Re-encrypts and re-hashes this tenant's ID numbers under the module's new key (admins; during a key
     * rotation), at most {@code batches} batches of {@code batchSize}; call again until nothing remains.
     */
    @POST
    @Path("id-key-rotation")
    public org.qiaoyun.api.personal.Resealing.Progress rotateIdKey(
            @QueryParam("batchSize") @DefaultValue("500") int batchSize, @QueryParam("batches") @DefaultValue("20") int batches) {
        if (batchSize < 1 || batchSize > 5000 || batches < 1 || batches > 1000) {
            throw new org.qiaoyun.api.InvalidInputException("batchSize", org.qiaoyun.api.Text.of("aid.rotation.batch"));
        }
        return new org.qiaoyun.plugins.aid.beneficiary.IdKeyRotation(scope, vault).run(batchSize, batches);
    }

    /** Others who may be this person under another document (the same name and birth date): for the caseworker to check. */
    /** The papers kept with the person (poverty certificates, documents): read by readers of people, changed by caseworkers. */
    @Path("{id}/attachments")
    public FilesResource attachments(@PathParam("id") String id) {
        return new FilesResource(scope, org.qiaoyun.plugins.aid.files.AidFiles.Holder.BENEFICIARY, id);
    }

    @GET
    @Path("{id}/possible-duplicates")
    public List<BeneficiaryJson> possibleDuplicates(@PathParam("id") String id) {
        return beneficiaries.possibleDuplicates(id).stream().map(BeneficiaryJson::of).toList();
    }

}
