package org.cpdkit.interop.framework;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;
import org.cpdkit.interop.NameUuids;
import tools.jackson.core.JsonGenerator;

/** Writes one framework as a CFPackage; the order of records and properties is fixed. */
final class CaseWriter {
  /** {@code CFItemType} of an item made from a group. */
  static final String GROUP_TYPE = "Standard group";
  /** {@code CFItemType} of an item made from a standard. */
  static final String STANDARD_TYPE = "Standard";
  /** The document extension holding the framework's cpdkit identifier. */
  static final String FRAMEWORK_ID_EXTENSION = "cpdkitFrameworkId";

  private final StandardsFramework f;
  private final CaseOptions o;
  private final JsonGenerator g;
  private final String time;
  private final UUID docId;
  private final UUID groupTypeId;
  private final UUID standardTypeId;

  CaseWriter(StandardsFramework framework, CaseOptions options, JsonGenerator generator) {
    this.f = framework;
    this.o = options;
    this.g = generator;
    this.time = options.lastChange().toString();
    this.docId = CaseOptions.documentId(framework);
    this.groupTypeId = NameUuids.v5(NameUuids.CPDKIT_NAMESPACE, "case|item-type|" + GROUP_TYPE);
    this.standardTypeId = NameUuids.v5(NameUuids.CPDKIT_NAMESPACE, "case|item-type|" + STANDARD_TYPE);
  }

  void write() {
    g.writeStartObject();
    g.writeName("CFDocument");
    document();
    g.writeName("CFItems");
    g.writeStartArray();
    for (StandardGroup group : f.groups()) {
      item(CaseOptions.groupId(f, group.code()), group.code(), group.title(), null, GROUP_TYPE, groupTypeId,
          f.groups().indexOf(group) + 1);
      List<Standard> standards = group.standards();
      for (int i = 0; i < standards.size(); i++) {
        Standard s = standards.get(i);
        item(CaseOptions.standardId(f, s.code()), s.code().value(), s.summary(), s.label().orElse(null),
            STANDARD_TYPE, standardTypeId, i + 1);
      }
    }
    g.writeEndArray();
    g.writeName("CFAssociations");
    g.writeStartArray();
    for (int gi = 0; gi < f.groups().size(); gi++) {
      StandardGroup group = f.groups().get(gi);
      UUID groupId = CaseOptions.groupId(f, group.code());
      childOf(groupId, group.code(), docId, f.title(), gi + 1);
      for (int si = 0; si < group.standards().size(); si++) {
        Standard s = group.standards().get(si);
        childOf(CaseOptions.standardId(f, s.code()), s.code().value(), groupId, group.code(), si + 1);
      }
    }
    g.writeEndArray();
    g.writeName("CFDefinitions");
    g.writeStartObject();
    g.writeName("CFItemTypes");
    g.writeStartArray();
    itemType(groupTypeId, GROUP_TYPE, "A group of related standards within a framework.", "1");
    itemType(standardTypeId, STANDARD_TYPE, "One numbered professional standard.", "2");
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void document() {
    g.writeStartObject();
    g.writeStringProperty("identifier", docId.toString());
    g.writeStringProperty("uri", o.uri(docId));
    g.writeStringProperty("creator", f.publisher());
    g.writeStringProperty("title", f.title());
    g.writeStringProperty("lastChangeDateTime", time);
    if (o.officialSourceUrl().isPresent()) {
      g.writeStringProperty("officialSourceURL", o.officialSourceUrl().get());
    }
    g.writeStringProperty("publisher", f.publisher());
    g.writeStringProperty("language", o.language());
    g.writeStringProperty("version", f.version());
    if (o.adoptionStatus().isPresent()) {
      g.writeStringProperty("adoptionStatus", o.adoptionStatus().get());
    }
    if (o.notes().isPresent()) {
      g.writeStringProperty("notes", o.notes().get());
    }
    g.writeStringProperty("caseVersion", "1.1");
    g.writeName("extensions");
    g.writeStartObject();
    g.writeStringProperty(FRAMEWORK_ID_EXTENSION, f.id());
    for (Map.Entry<String, String> e : f.extensions().entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void item(UUID id, String code, String statement, String abbreviated, String type, UUID typeId, int position) {
    g.writeStartObject();
    g.writeStringProperty("identifier", id.toString());
    g.writeStringProperty("uri", o.uri(id));
    g.writeStringProperty("fullStatement", statement);
    g.writeStringProperty("humanCodingScheme", code);
    g.writeStringProperty("listEnumeration", Integer.toString(position));
    if (abbreviated != null) {
      g.writeStringProperty("abbreviatedStatement", abbreviated);
    }
    g.writeStringProperty("CFItemType", type);
    link("CFItemTypeURI", type, typeId);
    g.writeStringProperty("language", o.language());
    g.writeStringProperty("lastChangeDateTime", time);
    g.writeEndObject();
  }

  private void childOf(UUID child, String childTitle, UUID parent, String parentTitle, int sequence) {
    UUID id = NameUuids.v5(docId, "isChildOf|" + child + "|" + parent);
    g.writeStartObject();
    g.writeStringProperty("identifier", id.toString());
    g.writeStringProperty("associationType", "isChildOf");
    g.writeNumberProperty("sequenceNumber", sequence);
    g.writeStringProperty("uri", o.uri(id));
    link("originNodeURI", childTitle, child);
    link("destinationNodeURI", parentTitle, parent);
    g.writeStringProperty("lastChangeDateTime", time);
    g.writeEndObject();
  }

  private void itemType(UUID id, String title, String description, String hierarchyCode) {
    g.writeStartObject();
    g.writeStringProperty("identifier", id.toString());
    g.writeStringProperty("uri", o.uri(id));
    g.writeStringProperty("title", title);
    g.writeStringProperty("description", description);
    g.writeStringProperty("hierarchyCode", hierarchyCode);
    g.writeStringProperty("lastChangeDateTime", time);
    g.writeEndObject();
  }

  private void link(String name, String title, UUID id) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("title", title);
    g.writeStringProperty("identifier", id.toString());
    g.writeStringProperty("uri", o.uri(id));
    g.writeEndObject();
  }
}
