package org.cpdkit.interop.framework;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpdkit.core.InvalidValueException;
import org.cpdkit.core.Limits;
import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardCode;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;

/** Maps a parsed CFPackage onto a standards framework, noting everything it cannot hold. */
final class CaseReader {
  private static final Set<String> PACKAGE_FIELDS =
      Set.of("CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics", "extensions");
  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("identifier", "uri", "creator", "title", "lastChangeDateTime", "officialSourceURL", "publisher",
          "language", "version", "adoptionStatus", "notes", "caseVersion", "extensions");
  private static final Set<String> ITEM_FIELDS =
      Set.of("identifier", "uri", "fullStatement", "humanCodingScheme", "listEnumeration", "abbreviatedStatement",
          "CFItemType", "CFItemTypeURI", "language", "lastChangeDateTime");
  private static final Set<String> ASSOCIATION_FIELDS =
      Set.of("identifier", "associationType", "sequenceNumber", "uri", "originNodeURI", "destinationNodeURI",
          "lastChangeDateTime");
  private static final Pattern ID = Pattern.compile(Limits.ID_REGEX);
  private static final Pattern EXTENSION_KEY = Pattern.compile(Limits.EXTENSION_KEY_REGEX);

  private final List<CaseNotice> notices = new ArrayList<>();
  private final Map<String, Node> items = new LinkedHashMap<>();
  private final Map<String, List<Edge>> children = new HashMap<>();
  private Instant lastChange;
  private String language;

  /** One item of the package. */
  private record Node(String pointer, int index, Map<String, Object> item) {}

  /** One isChildOf association: {@code child} sits under {@code parent} at {@code sequence}. */
  private record Edge(String pointer, String child, long sequence, int order) {}

  CaseImport read(Object root) {
    Map<String, Object> pkg = object(root, "");
    for (String name : pkg.keySet()) {
      if (!PACKAGE_FIELDS.contains(name)) {
        notice("/" + escape(name), "is not a CFPackage property; not carried across");
      }
    }
    Map<String, Object> doc = object(required(pkg, "", "CFDocument"), "/CFDocument");
    String docId = string(doc, "/CFDocument", "identifier", true);
    lastChange = dateTime(doc, "/CFDocument");
    language = optionalString(doc, "/CFDocument", "language");
    for (String name : doc.keySet()) {
      if (!DOCUMENT_FIELDS.contains(name)) {
        notice("/CFDocument/" + escape(name), "has no place in a standards framework; not carried across");
      }
    }
    StandardsFramework.Builder fb = StandardsFramework.builder();
    String frameworkId = documentExtensions(doc, fb);
    fb.id(frameworkId == null ? "case-" + docId : frameworkId);
    fb.title(label(string(doc, "/CFDocument", "title", true), "/CFDocument/title"));
    String publisher = optionalString(doc, "/CFDocument", "publisher");
    String creator = string(doc, "/CFDocument", "creator", true);
    if (publisher != null && !publisher.equals(creator)) {
      notice("/CFDocument/creator", "differs from the publisher; the framework keeps the publisher only");
    }
    fb.publisher(label(publisher != null ? publisher : creator, "/CFDocument/publisher"));
    String version = optionalString(doc, "/CFDocument", "version");
    if (version == null) {
      notice("/CFDocument", "has no version; the framework's version is set to 'unversioned'");
    }
    fb.version(label(version == null ? "unversioned" : version, "/CFDocument/version"));

    readItems(pkg);
    readAssociations(pkg);
    readDefinitions(pkg);
    List<Object> rubrics = optionalArray(pkg, "", "CFRubrics");
    if (rubrics != null && !rubrics.isEmpty()) {
      notice("/CFRubrics", "holds " + rubrics.size() + " rubric(s); a standards framework has no rubrics, not carried across");
    }

    Set<String> placed = new HashSet<>();
    List<Edge> top = sorted(children.getOrDefault(docId, List.of()));
    for (Edge edge : top) {
      Node node = items.get(edge.child());
      if (node == null) {
        notice(edge.pointer(), "links an item that is not in the package; not carried across");
        continue;
      }
      if (!placed.add(edge.child())) {
        notice(edge.pointer(), "places an item a second time; a framework holds each item once, not carried across");
        continue;
      }
      group(node, placed).ifPresent(fb::addGroup);
    }
    for (Node node : items.values()) {
      if (!placed.contains(stringOrNull(node.item(), "identifier"))) {
        notice(node.pointer(), "is not reached from the document through isChildOf associations "
            + "(or sits below a standard); not carried across");
      }
    }
    StandardsFramework framework;
    try {
      framework = fb.build();
    } catch (InvalidValueException e) {
      throw new CaseFormatException("/CFDocument", e.getMessage());
    }
    CaseOptions options = options(doc, docId, framework);
    return new CaseImport(framework, options, notices);
  }

  private java.util.Optional<StandardGroup> group(Node node, Set<String> placed) {
    Map<String, Object> item = node.item();
    String code = stringOrNull(item, "humanCodingScheme");
    String id = stringOrNull(item, "identifier");
    List<Edge> kids = sorted(children.getOrDefault(id, List.of()));
    if (code == null) {
      notice(node.pointer(), "is a top-level item without a humanCodingScheme, so it cannot be a group; "
          + "it and its " + kids.size() + " child item(s) are not carried across");
      return java.util.Optional.empty();
    }
    checkItem(node, CaseWriter.GROUP_TYPE);
    StandardGroup.Builder gb = StandardGroup.builder().code(code).title(stringOrNull(item, "fullStatement"));
    Set<StandardCode> codes = new HashSet<>();
    for (Edge edge : kids) {
      Node child = items.get(edge.child());
      if (child == null) {
        notice(edge.pointer(), "links an item that is not in the package; not carried across");
        continue;
      }
      if (!placed.add(edge.child())) {
        notice(edge.pointer(), "places an item a second time; a framework holds each item once, not carried across");
        continue;
      }
      standard(child, code, codes).ifPresent(gb::addStandard);
      for (Edge below : children.getOrDefault(edge.child(), List.of())) {
        if (items.containsKey(below.child())) {
          notice(below.pointer(), "places an item below a standard; a framework has two levels, not carried across");
        }
      }
    }
    try {
      return java.util.Optional.of(gb.build());
    } catch (InvalidValueException e) {
      notice(node.pointer(), "cannot be a group (" + e.getMessage() + "); it and its standards are not carried across");
      return java.util.Optional.empty();
    }
  }

  private java.util.Optional<Standard> standard(Node node, String groupCode, Set<StandardCode> codes) {
    Map<String, Object> item = node.item();
    String code = stringOrNull(item, "humanCodingScheme");
    if (code == null) {
      notice(node.pointer(), "is a standard without a humanCodingScheme; not carried across");
      return java.util.Optional.empty();
    }
    checkItem(node, CaseWriter.STANDARD_TYPE);
    try {
      Standard.Builder sb = Standard.builder().code(StandardCode.of(code)).summary(stringOrNull(item, "fullStatement"));
      String label = stringOrNull(item, "abbreviatedStatement");
      if (label != null) {
        sb.label(label);
      }
      Standard s = sb.build();
      if (!s.code().group().equals(groupCode)) {
        notice(node.pointer(), "has a code that does not start with its group's code " + groupCode + "; not carried across");
        return java.util.Optional.empty();
      }
      if (!codes.add(s.code())) {
        notice(node.pointer(), "repeats the code " + s.code() + " within its group; not carried across");
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(s);
    } catch (InvalidValueException e) {
      notice(node.pointer(), "cannot be a standard (" + e.getMessage() + "); not carried across");
      return java.util.Optional.empty();
    }
  }

  private void checkItem(Node node, String expectedType) {
    Map<String, Object> item = node.item();
    String type = stringOrNull(item, "CFItemType");
    if (type != null && !type.equals(expectedType)) {
      notice(node.pointer() + "/CFItemType", "is not '" + expectedType + "'; the item is read as one by its place in the tree");
    }
    String itemLanguage = stringOrNull(item, "language");
    if (itemLanguage != null && !itemLanguage.equals(language)) {
      notice(node.pointer() + "/language", "differs from the document's language; not kept per item");
    }
    Object time = item.get("lastChangeDateTime");
    if (time instanceof String t && !lastChange.equals(instantOrNull(t))) {
      notice(node.pointer() + "/lastChangeDateTime", "differs from the document's; not kept per item");
    }
  }

  private void readItems(Map<String, Object> pkg) {
    List<Object> list = optionalArray(pkg, "", "CFItems");
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "/CFItems/" + i;
      Map<String, Object> item = object(list.get(i), at);
      String id = string(item, at, "identifier", true);
      string(item, at, "fullStatement", true);
      optionalString(item, at, "humanCodingScheme");
      optionalString(item, at, "abbreviatedStatement");
      optionalString(item, at, "CFItemType");
      for (String name : item.keySet()) {
        if (!ITEM_FIELDS.contains(name)) {
          notice(at + "/" + escape(name), "has no place in a standards framework; not carried across");
        }
      }
      if (items.putIfAbsent(id, new Node(at, i, item)) != null) {
        throw new CaseFormatException(at + "/identifier", "repeats the identifier of an earlier item");
      }
    }
  }

  private void readAssociations(Map<String, Object> pkg) {
    List<Object> list = optionalArray(pkg, "", "CFAssociations");
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "/CFAssociations/" + i;
      Map<String, Object> a = object(list.get(i), at);
      String type = string(a, at, "associationType", true);
      if (!type.equals("isChildOf")) {
        notice(at, "is an association of type " + safe(type) + "; a standards framework keeps only the isChildOf tree, "
            + "not carried across");
        continue;
      }
      for (String name : a.keySet()) {
        if (!ASSOCIATION_FIELDS.contains(name)) {
          notice(at + "/" + escape(name), "has no place in a standards framework; not carried across");
        }
      }
      String origin = string(object(required(a, at, "originNodeURI"), at + "/originNodeURI"), at + "/originNodeURI",
          "identifier", true);
      String destination = string(object(required(a, at, "destinationNodeURI"), at + "/destinationNodeURI"),
          at + "/destinationNodeURI", "identifier", true);
      long sequence = Long.MAX_VALUE;
      Object seq = a.get("sequenceNumber");
      if (seq instanceof BigInteger n && n.bitLength() < 63) {
        sequence = n.longValue();
      } else if (seq != null) {
        throw new CaseFormatException(at + "/sequenceNumber", "must be an integer");
      }
      children.computeIfAbsent(destination, k -> new ArrayList<>()).add(new Edge(at, origin, sequence, i));
    }
  }

  private void readDefinitions(Map<String, Object> pkg) {
    Object defs = pkg.get("CFDefinitions");
    if (defs == null) {
      return;
    }
    Map<String, Object> d = object(defs, "/CFDefinitions");
    for (Map.Entry<String, Object> e : d.entrySet()) {
      String at = "/CFDefinitions/" + escape(e.getKey());
      if (e.getKey().equals("CFItemTypes")) {
        List<Object> types = optionalArray(d, "/CFDefinitions", "CFItemTypes");
        for (int i = 0; i < types.size(); i++) {
          String title = stringOrNull(object(types.get(i), at + "/" + i), "title");
          if (!CaseWriter.GROUP_TYPE.equals(title) && !CaseWriter.STANDARD_TYPE.equals(title)) {
            notice(at + "/" + i, "is an item type a standards framework does not define; not carried across");
          }
        }
      } else if (!(e.getValue() instanceof List<?> l && l.isEmpty())) {
        notice(at, "has no place in a standards framework; not carried across");
      }
    }
  }

  private String documentExtensions(Map<String, Object> doc, StandardsFramework.Builder fb) {
    Object ext = doc.get("extensions");
    if (ext == null) {
      return null;
    }
    String frameworkId = null;
    for (Map.Entry<String, Object> e : object(ext, "/CFDocument/extensions").entrySet()) {
      String at = "/CFDocument/extensions/" + escape(e.getKey());
      if (e.getKey().equals(CaseWriter.FRAMEWORK_ID_EXTENSION) && e.getValue() instanceof String s && ID.matcher(s).matches()) {
        frameworkId = s;
      } else if (EXTENSION_KEY.matcher(e.getKey()).matches() && e.getValue() instanceof String s && !s.isBlank()) {
        fb.putExtension(e.getKey(), s);
      } else {
        notice(at, "is an extension a standards framework cannot hold (it keeps x-… names with text values); "
            + "not carried across");
      }
    }
    return frameworkId;
  }

  private CaseOptions options(Map<String, Object> doc, String docId, StandardsFramework framework) {
    CaseOptions.Builder ob = CaseOptions.builder().lastChange(lastChange);
    String uri = string(doc, "/CFDocument", "uri", true);
    boolean derived = docId.equals(CaseOptions.documentId(framework).toString());
    if (uri.endsWith(docId)) {
      try {
        ob.baseUri(uri.substring(0, uri.length() - docId.length()));
      } catch (IllegalArgumentException e) {
        derived = false;
      }
    } else {
      derived = false;
    }
    if (!derived) {
      notice("/CFDocument/identifier", "and the package's other identifiers and URIs are not kept: "
          + "an export derives its own from the framework's id, version and codes");
    }
    if (language != null) {
      try {
        ob.language(language);
      } catch (IllegalArgumentException e) {
        notice("/CFDocument/language", "is not a language tag; not carried across");
      }
    }
    String source = optionalString(doc, "/CFDocument", "officialSourceURL");
    if (source != null) {
      try {
        ob.officialSourceUrl(source);
      } catch (IllegalArgumentException e) {
        notice("/CFDocument/officialSourceURL", "is not an absolute http or https URL; not carried across");
      }
    }
    String status = optionalString(doc, "/CFDocument", "adoptionStatus");
    if (status != null && !status.isBlank()) {
      ob.adoptionStatus(status);
    }
    String notes = optionalString(doc, "/CFDocument", "notes");
    if (notes != null && !notes.isBlank()) {
      ob.notes(notes);
    }
    return ob.build();
  }

  private Instant dateTime(Map<String, Object> doc, String at) {
    String text = string(doc, at, "lastChangeDateTime", true);
    Instant t = instantOrNull(text);
    if (t == null) {
      throw new CaseFormatException(at + "/lastChangeDateTime", "must be a date-time such as 2025-01-01T00:00:00Z");
    }
    return t;
  }

  private static Instant instantOrNull(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<Edge> sorted(List<Edge> edges) {
    List<Edge> copy = new ArrayList<>(edges);
    copy.sort(Comparator.comparingLong(Edge::sequence).thenComparingInt(Edge::order));
    return copy;
  }

  private static String label(String value, String at) {
    if (value.isBlank() || value.length() > Limits.MAX_LABEL_LENGTH) {
      throw new CaseFormatException(at, "must be 1 to " + Limits.MAX_LABEL_LENGTH + " characters, not blank");
    }
    return value;
  }

  private void notice(String pointer, String message) {
    notices.add(new CaseNotice(pointer, message));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String at) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new CaseFormatException(at, "must be a JSON object");
  }

  private static Object required(Map<String, Object> map, String at, String name) {
    Object v = map.get(name);
    if (v == null) {
      throw new CaseFormatException(at, "is missing " + name);
    }
    return v;
  }

  private static String string(Map<String, Object> map, String at, String name, boolean required) {
    Object v = required ? required(map, at, name) : map.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    throw new CaseFormatException(at + "/" + escape(name), "must be a string");
  }

  private static String optionalString(Map<String, Object> map, String at, String name) {
    return string(map, at, name, false);
  }

  private static String stringOrNull(Map<String, Object> map, String name) {
    return map.get(name) instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> optionalArray(Map<String, Object> map, String at, String name) {
    Object v = map.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new CaseFormatException(at + "/" + escape(name), "must be an array");
  }

  private static String safe(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
