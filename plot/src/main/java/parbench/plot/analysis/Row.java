package parbench.plot.analysis;

import parbench.plot.stats.Ratio;

/**
 * One ratio. {@code efficiency} is null for backends without a {@code threads} param.
 * For weak scaling the self speedup is scaled by size(p)/size(1) (work per time ratio).
 */
public record Row(Measured x, Measured base, BaseKind kind, Ratio speedup, Ratio efficiency,
                  double karpFlatt, boolean oversubscribed, String scaling) {
}
