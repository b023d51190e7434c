package com.example.cpdkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central requires of every published pom (name, description, url, licences,
 * developers, scm; inherited from the parent where there is one), that the modules which must
 * never be published are excluded from deploying and installing, and that every jar built carries
 * the licence and the notice.
 */
class CentralRequirementsTest {
  private static final Path ROOT = Path.of(System.getProperty("cpdkit.root", "..")).toAbsolutePath().normalize();
  private static final Set<String> NEVER_PUBLISHED = Set.of("cpd-bench", "cpd-it", "cpd-it-junit5");

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  private static Element child(Element e, String name) {
    for (Node n = e == null ? null : e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static String text(Element project, String... path) {
    Element e = project;
    for (String p : path) {
      e = child(e, p);
    }
    return e == null ? null : e.getTextContent().strip();
  }

  private static List<String> modules() throws Exception {
    List<String> modules = new ArrayList<>();
    Element list = child(parse(ROOT.resolve("pom.xml")).getDocumentElement(), "modules");
    for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        modules.add(n.getTextContent().strip());
      }
    }
    return modules;
  }

  @TestFactory
  Stream<DynamicTest> everyPublishedPomHasWhatCentralRequires() throws Exception {
    Element parent = parse(ROOT.resolve("pom.xml")).getDocumentElement();
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("cpdkit-parent", () -> requireMetadata("cpdkit-parent", parent, null)));
    for (String m : modules()) {
      if (NEVER_PUBLISHED.contains(m)) {
        continue;
      }
      Element pom = parse(ROOT.resolve(m).resolve("pom.xml")).getDocumentElement();
      boolean inherits = child(pom, "parent") != null;
      tests.add(DynamicTest.dynamicTest(m, () -> requireMetadata(m, pom, inherits ? parent : null)));
    }
    return tests.stream();
  }

  private static void requireMetadata(String module, Element pom, Element parent) {
    assertThat(text(pom, "name")).as("%s: name", module).isNotBlank();
    assertThat(text(pom, "description")).as("%s: description", module).isNotBlank();
    for (String[] path : List.of(
        new String[] {"url"},
        new String[] {"licenses", "license", "name"},
        new String[] {"licenses", "license", "url"},
        new String[] {"developers", "developer", "name"},
        new String[] {"scm", "connection"},
        new String[] {"scm", "developerConnection"},
        new String[] {"scm", "url"})) {
      String own = text(pom, path);
      String inherited = parent == null ? null : text(parent, path);
      assertThat(own != null ? own : inherited).as("%s: %s", module, String.join("/", path)).isNotBlank();
    }
    if (parent != null) {
      // An inherited url or scm must not get the module's name appended (it would point nowhere).
      assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
      assertThat(child(parent, "scm").getAttribute("child.scm.url.inherit.append.path")).isEqualTo("false");
    }
  }

  @Test
  void theModulesThatAreNeverPublishedAreNeitherDeployedNorInstalled() throws Exception {
    for (String m : NEVER_PUBLISHED) {
      Element props = child(parse(ROOT.resolve(m).resolve("pom.xml")).getDocumentElement(), "properties");
      assertThat(text(props, "maven.deploy.skip")).as("%s deploy", m).isEqualTo("true");
      assertThat(text(props, "maven.install.skip")).as("%s install", m).isEqualTo("true");
    }
    String parentPom = Files.readString(ROOT.resolve("pom.xml"));
    for (String m : NEVER_PUBLISHED) {
      assertThat(parentPom).as("release profile excludes %s", m).contains("<excludeArtifact>" + m + "</excludeArtifact>");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBuiltJarCarriesTheLicenceAndTheNotice() throws IOException {
    List<Path> jars = new ArrayList<>();
    for (String m : List.of("cpd-core", "cpd-rules", "cpd-json", "cpd-report", "cpd-interop", "cpd-testing", "cpd-cli")) {
      Path target = ROOT.resolve(m).resolve("target");
      if (Files.isDirectory(target)) {
        try (Stream<Path> s = Files.list(target)) {
          s.filter(p -> p.getFileName().toString().matches(m + "-[^/]*\\.jar")
                  && !p.getFileName().toString().endsWith("-javadoc.jar"))
              .forEach(jars::add);
        }
      }
    }
    assertThat(jars).as("jars built before this module's tests").isNotEmpty();
    return jars.stream().map(jar -> DynamicTest.dynamicTest(jar.getFileName().toString(), () -> {
      try (JarFile j = new JarFile(jar.toFile())) {
        assertThat(j.getEntry("META-INF/LICENSE")).as("LICENSE in %s", jar).isNotNull();
        assertThat(j.getEntry("META-INF/NOTICE")).as("NOTICE in %s", jar).isNotNull();
        String notice = new String(j.getInputStream(j.getEntry("META-INF/NOTICE")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(notice).as("cpdkit's own NOTICE in %s", jar).startsWith("cpdkit\n").contains("SCOWL");
      }
    }));
  }
}
