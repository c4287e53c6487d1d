namespace Coproduce.Scheduling.Search;

/// <summary>The search's tuning knobs, with the values the benchmark settled on.</summary>
internal sealed record SearchSettings
{
    /// <summary>Iterations per annealing cycle for each request; a cycle cools from hot to cold, then restarts from the best.</summary>
    public int CyclePerRequest { get; init; } = 400;

    /// <summary>Shortest cycle, so small instances still anneal slowly enough.</summary>
    public int MinimumCycle { get; init; } = 5000;

    /// <summary>Start temperature as a fraction of the average arc length of the first solution.</summary>
    public double HotFactor { get; init; } = 1.5;

    /// <summary>End temperature as a fraction of the same.</summary>
    public double ColdFactor { get; init; } = 0.015;

    /// <summary>Most requests removed in one iteration, as a fraction of all requests.</summary>
    public double MaxRemovedFraction { get; init; } = 0.3;

    /// <summary>Absolute cap on requests removed in one iteration.</summary>
    public int MaxRemoved { get; init; } = 30;

    /// <summary>Probability of skipping a candidate position during reinsertion.</summary>
    public double Blink { get; init; } = 0.03;

    /// <summary>Polish every new best solution with request relocation (else only the final one).</summary>
    public bool PolishEveryBest { get; init; } = true;

    /// <summary>Relative weights of random, related, worst and string removal.</summary>
    public IReadOnlyList<double> RemovalWeights { get; init; } = [1, 2, 1, 3];

    /// <summary>Parses "name=value" pairs (used by the benchmark to try settings without rebuilding).</summary>
    public static SearchSettings Parse(IEnumerable<string> pairs)
    {
        var settings = new SearchSettings();
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', 2);
            var value = parts[1];
            double Number() => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            settings = parts[0] switch
            {
                "cycle" => settings with { CyclePerRequest = (int)Number() },
                "mincycle" => settings with { MinimumCycle = (int)Number() },
                "hot" => settings with { HotFactor = Number() },
                "cold" => settings with { ColdFactor = Number() },
                "frac" => settings with { MaxRemovedFraction = Number() },
                "max" => settings with { MaxRemoved = (int)Number() },
                "blink" => settings with { Blink = Number() },
                "ls" => settings with { PolishEveryBest = Number() != 0 },
                "weights" => settings with { RemovalWeights = value.Split(':').Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList() },
                _ => throw new ArgumentException("unknown setting " + parts[0], nameof(pairs)),
            };
        }

        return settings;
    }
}
