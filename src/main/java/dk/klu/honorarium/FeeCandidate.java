package dk.klu.honorarium;

/**
 * One person on a meeting's fee list before the decision table has decided.
 *
 * @param name the person's name (for a replacement: as the secretariat registered it)
 * @param userId the person's user id, or null (replacements and additional GPs have none)
 * @param roleText the person's role in Danish
 * @param participation how the person took part (the table's input)
 * @param replacesName for a replacement, the appointed member they replaced
 * @param seatNumber for a GP who may take a paid seat, their place in the order (appointed members
 *     present first, in the attendance list's order, then replacements in the order of the members
 *     they replaced); null for everyone else
 */
public record FeeCandidate(
    String name,
    String userId,
    String roleText,
    Participation participation,
    String replacesName,
    Integer seatNumber) {}
