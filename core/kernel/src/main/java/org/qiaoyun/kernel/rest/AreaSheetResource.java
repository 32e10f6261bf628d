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
import org.qiaoyun.kernel.text.Texts;

/**
 * {@code GET /api/v1/tenants/{code}/areas.xlsx}: the federation's townships and villages as an Excel workbook headed in
 * the language of {@code Accept-Language}, to read, or to fill in and import (with none recorded: a workbook to fill in).
 */
@Path("v1/tenants/{code}/areas.xlsx")
@Tag(name = "areas")
@RequestScoped
public class AreaSheetResource {

    @Inject
    Kernel kernel;

    @Context
    HttpHeaders headers;

    @PathParam("code")
    String code;

    @GET
    @Produces(AreasResource.XLSX)
    @Operation(operationId = "exportAreas", summary = "The townships and villages as an Excel workbook, in the layout the import reads")
    public Response sheet() {
        byte[] body = kernel.areas().sheet(code, Texts.of(headers.getAcceptableLanguages()));
        return Response.ok(body, AreasResource.XLSX).header("Content-Disposition", "attachment; filename=\"areas-" + code + ".xlsx\"").build();
    }
}
