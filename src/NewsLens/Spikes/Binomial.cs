namespace NewsLens;

/// <summary>The binomial upper tail, in log space, exact enough for a few articles out of millions.</summary>
internal static class Binomial
{
    /// <summary>P(X ≥ x) for X ~ Binomial(n, p).</summary>
    public static double UpperTail(int x, int n, double p)
    {
        if (x <= 0) return 1;
        if (x > n || p <= 0) return 0;
        if (p >= 1) return 1;
        // Below the mean the tail is large and no spike; only the upper tail past the mean is summed, where its
        // terms fall at least geometrically.
        if (x <= n * p) return 1;
        var logTerm = LogChoose(n, x) + x * Math.Log(p) + (n - x) * LogOneMinus(p);
        var term = 1.0;
        var sum = 0.0;
        var odds = p / (1 - p);
        for (var k = x; k <= n; k++)
        {
            sum += term;
            term *= (n - k) / (k + 1.0) * odds;
            if (term < sum * 1e-15) break;
        }
        return Math.Min(1, Math.Exp(logTerm + Math.Log(sum)));
    }

    // log(1 − p) without losing small p to rounding: the series for small p, the direct form otherwise.
    private static double LogOneMinus(double p) => p < 1e-4 ? -p - p * p / 2 - p * p * p / 3 : Math.Log(1 - p);

    private static double LogChoose(int n, int k) => LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k);

    private static readonly double[] SmallLogFactorials = Enumerable.Range(0, 256)
        .Select(i => Enumerable.Range(1, i).Sum(j => Math.Log(j))).ToArray();

    // Stirling's series with three correction terms: error below 1e-13 from 256 on.
    private static double LogFactorial(int n)
    {
        if (n < SmallLogFactorials.Length) return SmallLogFactorials[n];
        double x = n;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x) + 1 / (1260 * Math.Pow(x, 5));
    }
}
