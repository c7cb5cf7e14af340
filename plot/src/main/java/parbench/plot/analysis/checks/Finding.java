package parbench.plot.analysis.checks;

import java.util.List;
import parbench.plot.analysis.Measured;

/**
 * One finding.
 *
 * @param check    which check
 * @param subject  benchmark label (class.method), "whole run" or "N results"
 * @param params   params of the result (with threads), or empty
 * @param evidence the numbers that triggered it
 * @param cause    the likely cause and what it affects
 * @param about    the results it names (none for a finding about the whole run)
 */
public record Finding(Kind check, String subject, String params, String evidence, String cause,
                      List<Measured> about) {
}
