namespace NewsLens.Accuracy;

/// <summary>Counts of true positives, false positives and false negatives, and what they give.</summary>
internal sealed class Score
{
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives:N0}, fp {FalsePositives:N0}, fn {FalseNegatives:N0})";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
