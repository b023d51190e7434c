package org.cpdkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Not API: the Immutables style every cpdkit value type follows: the generated {@code Immutable*}
 * class stays package-private behind the abstract type's public {@code Builder} and {@code with*}
 * copies. Source retention: nothing of it reaches the class files users compile against.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"success:successes"},
    redactedMask = "***",
    optionalAcceptNullable = true,
    allMandatoryParameters = false,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(copy = true),
    // No @Generated on the generated classes: users compile against them without Immutables on
    // their class path, and javac would warn that the annotation type is missing.
    allowedClasspathAnnotations = {Override.class})
public @interface DomainStyle {}
