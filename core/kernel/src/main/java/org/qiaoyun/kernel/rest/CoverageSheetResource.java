package org.qiaoyun.kernel.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.registry.CoverageSheet;
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code GET /api/v1/tenants/{code}/coverage.xlsx}: the coverage report as an Excel workbook in the language of
 * {@code Accept-Language}, headed by the federation's name and the time of export by the platform's clock.
 */
@Path("v1/tenants/{code}/coverage.xlsx")
@Tag(name = "coverage")
@RequestScoped
public class CoverageSheetResource {

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @PathParam("code")
    String code;

    @GET
    @Produces(AreasResource.XLSX)
    @Operation(operationId = "exportCoverage", summary = "The coverage report with each child's figures and rates by year, as an Excel workbook")
    public Response sheet() {
        byte[] body = CoverageSheet.write(kernel.coverage().of(code), Texts.of(headers.getAcceptableLanguages()), kernel.clock().instant());
        return Response.ok(body, AreasResource.XLSX).header("Content-Disposition", "attachment; filename=\"coverage-" + code + ".xlsx\"").build();
    }
}
