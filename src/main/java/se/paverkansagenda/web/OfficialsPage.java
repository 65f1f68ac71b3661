package se.paverkansagenda.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a controller of officials' pages, whose refusals {@link OfficialsPageAdvice} shows as Swedish pages. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OfficialsPage {
}
