package dk.klu.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A route the rules open for a draft, with its consequences (one row of the decision table {@code
 * klu-agreement-route}): the body it goes to, who pays a special fee, and whether the
 * municipality–region settlement agreement must exist before the draft is sent.
 */
public record RouteOption(Route route, Payer payer, boolean settlementAgreementRequired) {

  /** The consequences in Danish, as the choice form and the registry show them. */
  public String danish() {
    return route.danish()
        + ": honorar betales af "
        + (payer == Payer.NONE ? "ingen (intet særskilt honorar)" : payer.danish().toLowerCase())
        + (settlementAgreementRequired
            ? "; forudsætter en afregningsaftale mellem kommunen og regionen, før udkastet sendes"
            : "");
  }

  /** The open routes as one plain text variable: {@code ROUTE:PAYER:required;...}. */
  public static String encode(List<RouteOption> options) {
    return options.stream()
        .map(o -> o.route() + ":" + o.payer() + ":" + o.settlementAgreementRequired())
        .collect(Collectors.joining(";"));
  }

  /** The open routes of {@link #encode}. */
  public static List<RouteOption> decode(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return List.of();
    }
    return Arrays.stream(encoded.split(";"))
        .map(part -> part.split(":"))
        .map(
            f ->
                new RouteOption(
                    Route.valueOf(f[0]), Payer.valueOf(f[1]), Boolean.parseBoolean(f[2])))
        .toList();
  }

  /** The open option for {@code route}; refuses a route that is not open. */
  public static RouteOption chosen(List<RouteOption> options, Route route) {
    return options.stream()
        .filter(o -> o.route() == route)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Aftalevejen \""
                        + (route == null ? "(ingen)" : route.danish())
                        + "\" er ikke åben for dette udkast; vælg en af de åbne aftaleveje."));
  }
}
