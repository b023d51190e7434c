package org.cpdkit.interop.xapi;

import java.util.List;

/**
 * What an export wrote: how many statements, which records were refused by the anonymisation
 * check and how many drafts were left out.
 *
 * @param statements statements written
 * @param refusals records not exported, in the order they were given
 * @param draftsLeftOut draft entries left out (drafts are exported only on request)
 */
public record XapiSummary(long statements, List<Refusal> refusals, long draftsLeftOut) {
  /** A summary; the list is copied. */
  public XapiSummary {
    refusals = List.copyOf(refusals);
  }

  /** Whether every record given was exported. */
  public boolean isComplete() {
    return refusals.isEmpty();
  }
}
