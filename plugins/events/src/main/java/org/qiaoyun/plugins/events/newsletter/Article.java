package org.qiaoyun.plugins.events.newsletter;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.FreeText;

/** One article of an edition, in its place: a heading, its text, and an image (a file of the platform's file service). */
@Entity
@Table(name = "events_article")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantScope.TENANT_PROPERTY, length = 63)
public class Article {

    public static final int HEADING = 100;
    public static final int BODY = 4000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "edition_id", length = 36, nullable = false, updatable = false)
    private String editionId;

    @Column(name = "place", nullable = false)
    private int place;

    @Column(name = "heading", length = HEADING, nullable = false)
    private String heading;

    @Column(name = "body", length = BODY, nullable = false)
    private String body;

    @Column(name = "image_file", length = 36)
    private String imageFile;

    protected Article() {
    }

    Article(String editionId, int place, String heading, String body) {
        this.id = UUID.randomUUID().toString();
        this.editionId = editionId;
        this.place = place;
        this.heading = FreeText.required(heading, HEADING, "heading");
        this.body = FreeText.required(body, BODY, "body");
    }

    void image(String fileId) {
        this.imageFile = fileId;
    }

    public String id() {
        return id;
    }

    public String editionId() {
        return editionId;
    }

    public int place() {
        return place;
    }

    public String heading() {
        return heading;
    }

    public String body() {
        return body;
    }

    public String imageFile() {
        return imageFile;
    }
}
