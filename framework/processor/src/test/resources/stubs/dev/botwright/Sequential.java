package dev.botwright;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sequential {
  Scope value() default Scope.REPOSITORY;

  enum Scope {
    REPOSITORY,
    ISSUE
  }
}
