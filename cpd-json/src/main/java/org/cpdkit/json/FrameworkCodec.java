package org.cpdkit.json;

import org.cpdkit.core.standard.Standard;
import org.cpdkit.core.standard.StandardGroup;
import org.cpdkit.core.standard.StandardsFramework;

/** Standards frameworks, their groups and standards in JSON. */
final class FrameworkCodec {
  static final Props FRAMEWORK =
      Props.of("StandardsFramework", "id!", "title!", "publisher!", "version!", "groups");
  static final Props GROUP = Props.of("StandardGroup", "code!", "title!", "standards");
  static final Props STANDARD = Props.of("Standard", "code!", "label", "summary!");

  private FrameworkCodec() {}

  static StandardsFramework readFramework(In in) {
    In.Obj o = in.object(FRAMEWORK, true);
    StandardsFramework.Builder b = StandardsFramework.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "id":
          b.id(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        case "publisher":
          b.publisher(in.string());
          break;
        case "version":
          b.version(in.string());
          break;
        default: // "groups"
          in.startArray("group objects");
          while (in.nextElement()) {
            b.addGroup(readGroup(in));
          }
          break;
      }
    }
    b.extensions(o.extensions());
    return in.build(b::build);
  }

  static void writeFrameworkProperties(Out out, StandardsFramework f) {
    out.string("id", f.id());
    out.string("title", f.title());
    out.string("publisher", f.publisher());
    out.string("version", f.version());
    out.g.writeName("groups");
    out.g.writeStartArray();
    for (StandardGroup g : f.groups()) {
      writeGroup(out, g);
    }
    out.g.writeEndArray();
    out.extensions("StandardsFramework", f.extensions());
  }

  static StandardGroup readGroup(In in) {
    In.Obj o = in.object(GROUP, false);
    StandardGroup.Builder b = StandardGroup.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "code":
          b.code(in.string());
          break;
        case "title":
          b.title(in.string());
          break;
        default: // "standards"
          in.startArray("standard objects");
          while (in.nextElement()) {
            b.addStandard(readStandard(in));
          }
          break;
      }
    }
    return in.build(b::build);
  }

  static void writeGroup(Out out, StandardGroup g) {
    out.g.writeStartObject();
    out.string("code", g.code());
    out.string("title", g.title());
    out.g.writeName("standards");
    out.g.writeStartArray();
    for (Standard s : g.standards()) {
      writeStandard(out, s);
    }
    out.g.writeEndArray();
    out.g.writeEndObject();
  }

  static Standard readStandard(In in) {
    In.Obj o = in.object(STANDARD, false);
    Standard.Builder b = Standard.builder();
    String name;
    while ((name = in.next(o)) != null) {
      switch (name) {
        case "code":
          b.code(in.standardCode());
          break;
        case "label":
          b.label(in.string());
          break;
        default: // "summary"
          b.summary(in.string());
          break;
      }
    }
    return in.build(b::build);
  }

  static void writeStandard(Out out, Standard s) {
    out.g.writeStartObject();
    out.string("code", s.code().value());
    if (s.label().isPresent()) {
      out.string("label", s.label().get());
    }
    out.string("summary", s.summary());
    out.g.writeEndObject();
  }
}
