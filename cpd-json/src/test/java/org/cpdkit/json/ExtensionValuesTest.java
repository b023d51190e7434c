package org.cpdkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.cpdkit.core.Limits;
import org.cpdkit.core.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ExtensionValuesTest {

  @Test
  void extensionKeysAreThoseThePatternAccepts() {
    char[] alphabet = {'x', '-', 'a', 'Z', '0', '.', '_', ' ', '/', 'é', '$'};
    Random random = new Random(23L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder(n % 3 == 0 ? "" : "x-");
      int length = n % 50 == 0 ? 95 + random.nextInt(10) : random.nextInt(6);
      for (int i = 0; i < length; i++) {
        // mostly allowed characters, so long valid keys are drawn too
        b.append(alphabet[random.nextInt(random.nextInt(8) == 0 ? alphabet.length : 7)]);
      }
      String key = b.toString();
      assertThat(In.isExtensionKey(key)).as("key %s", key).isEqualTo(key.matches(Limits.EXTENSION_KEY_REGEX));
    }
  }

  @Test
  void stringValuesAreKeptAsTheGeneratorWritesThem() {
    String[] values = {"plain", "", "with \"quote\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "é and ’",
      "\u0001", "~!@#$%^&*()_+{}|:<>?`-=[];',."};
    CpdJson json = CpdJson.standard();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String v : values) {
      String quoted = mapper.writeValueAsString(v);
      String doc = "{\"$format\":\"cpdkit.portfolio/1.1\",\"practitioner\":{\"registrationNumber\":\"SW1\","
          + "\"regulator\":\"social-work-england\",\"x-note\":" + quoted + "},\"entries\":[]}";
      Portfolio p = json.read(DocumentType.PORTFOLIO, doc.getBytes(StandardCharsets.UTF_8));
      assertThat(p.practitioner().extensions()).as("value %s", v).containsEntry("x-note", quoted);
    }
  }

  @Test
  void structuredValuesAreWrittenOutAsTheGeneratorWritesThem() {
    String[] names = {"k", "with \\\"quote\\\"", "a/b", "tab\\there", "caf\\u00e9", "\\u0001", "</x>", "😀"};
    java.util.SplittableRandom random = new java.util.SplittableRandom(31L);
    CpdJson json = CpdJson.standard();
    // a nesting limit the copy's generator may reach makes the reader copy through the generator
    CpdJson throughGenerator = CpdJson.builder().maxNestingDepth(5_000).build();
    for (int n = 0; n < 2_000; n++) {
      String value;
      if (n % 3 == 0) {
        // property names that need escaping, as the random values' own names do not
        value = "{\"" + names[random.nextInt(names.length)] + "\":" + RandomJson.value(random, 2)
            + ",\"" + names[random.nextInt(names.length)] + "2\":[" + RandomJson.value(random, 1) + "]}";
      } else {
        value = "[" + RandomJson.value(random, 3) + "," + RandomJson.value(random, 3) + "]";
      }
      String doc = "{\"$format\":\"cpdkit.portfolio/1.1\",\"practitioner\":{\"registrationNumber\":\"SW1\","
          + "\"regulator\":\"social-work-england\",\"x-note\":" + value + "},\"entries\":[]}";
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      String written = throughGenerator.read(DocumentType.PORTFOLIO, bytes).practitioner().extensions().get("x-note");
      assertThat(written).as("value %s", value).isNotNull();
      assertThat(json.read(DocumentType.PORTFOLIO, bytes).practitioner().extensions())
          .as("value %s", value).containsEntry("x-note", written);
    }
  }
}
