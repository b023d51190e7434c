package org.cpdkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style every cpdkit value type follows: the generated {@code Immutable*} class stays
 * package-private behind the abstract type's public {@code Builder} and {@code with*} copies.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
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
    defaults = @Value.Immutable(copy = true))
public @interface DomainStyle {}
