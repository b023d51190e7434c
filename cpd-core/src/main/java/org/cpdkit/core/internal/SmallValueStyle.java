package org.cpdkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Not API: {@link DomainStyle} for small values made with {@code of(…)} alone, without a builder
 * or {@code with*} copies. Put on the type beside a bare {@code @Value.Immutable}, so the class
 * file carries no annotation arguments that a user's compiler, without Immutables, would warn it
 * cannot read.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "***",
    optionalAcceptNullable = true,
    allMandatoryParameters = false,
    privateNoargConstructor = false,
    defaults = @Value.Immutable(builder = false, copy = false),
    // No @Generated on the generated classes: users compile against them without Immutables on
    // their class path, and javac would warn that the annotation type is missing.
    allowedClasspathAnnotations = {Override.class})
public @interface SmallValueStyle {}
