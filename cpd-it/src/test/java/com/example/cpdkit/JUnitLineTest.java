package com.example.cpdkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The JUnit Jupiter this run uses is the one the build asked for, not one cpd-testing brought in. */
class JUnitLineTest {
  @Test
  void theJupiterOnTheClassPathIsTheLineThisBuildChose() {
    String wanted = System.getProperty("junit.line");
    String api = Test.class.getPackage().getImplementationVersion();
    assertThat(api).as("junit-jupiter-api version").isEqualTo(wanted);
  }
}
