package dk.klu.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Period;

/**
 * A period longer than zero, such as {@code P14D}; with {@code orZero}, one that is not negative.
 */
@Constraint(validatedBy = PositivePeriod.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PositivePeriod {

  String value();

  String message() default "{value} skal være en positiv periode, f.eks. P14D.";

  boolean orZero() default false;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PositivePeriod, Period> {

    private boolean orZero;

    @Override
    public void initialize(PositivePeriod constraint) {
      orZero = constraint.orZero();
    }

    @Override
    public boolean isValid(Period period, ConstraintValidatorContext context) {
      return period == null || !period.isNegative() && (orZero || !period.isZero());
    }
  }
}
