package org.cpdkit.anonymise;

/**
 * Finds people's names: words the name lists know or that are capitalised where a name stands,
 * weighed by the context on both sides ({@link NameCues}), the shapes that rule a name out ({@link
 * NameVetoes}) and what the rest of the text says of the same word ({@link DocumentEvidence}); runs
 * of adjacent names are one finding. The scan is {@link NamePass}.
 */
final class PersonNameDetector extends KindDetector {

  PersonNameDetector() {
    super(IdentifierKind.PERSON_NAME);
  }
}
