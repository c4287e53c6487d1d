using System.Globalization;
using Coproduce.Core.Demo.Benchmark;

namespace Coproduce.Cli.Seed;

/// <summary>Reads `seed`'s own options (--members N, --transfers N); the rest are left for <see cref="DatabaseArguments"/>.</summary>
internal static class SeedArguments
{
    public const string Usage = "seed --members N --transfers N " + DatabaseArguments.Usage;

    // Far beyond any region; a typo with an extra nought or two should be a message, not a night's work.
    private const int MostMembers = 10_000_000;
    private const int MostTransfers = 100_000_000;

    public static (BenchmarkCommunitySize? Size, string[] DatabaseArguments, string? Problem) Parse(string[] args)
    {
        int? members = null;
        int? transfers = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--members":
                    if (Count(value, minimum: 1, MostMembers) is not { } m)
                    {
                        return Problem(string.Create(CultureInfo.InvariantCulture,
                            $"--members needs a whole number of people from 1 to {MostMembers:N0}, e.g. --members 100000; got {Shown(value)}."));
                    }

                    members = m;
                    i++;
                    break;
                case "--transfers":
                    if (Count(value, minimum: 0, MostTransfers) is not { } t)
                    {
                        return Problem(string.Create(CultureInfo.InvariantCulture,
                            $"--transfers needs a whole number from 0 to {MostTransfers:N0}, e.g. --transfers 1000000; got {Shown(value)}."));
                    }

                    transfers = t;
                    i++;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (members is null || transfers is null)
        {
            return Problem("seed needs both --members N and --transfers N, e.g. coproduce seed --members 100000 --transfers 1000000.");
        }

        return (new BenchmarkCommunitySize(members.Value, transfers.Value), [.. rest], null);
    }

    private static (BenchmarkCommunitySize?, string[], string?) Problem(string message) => (null, [], message);

    // Digits only (NumberStyles.None): "-5", "1e6" and "10,000" are refused rather than guessed at.
    private static int? Count(string? value, int minimum, int maximum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum ? n : null;

    private static string Shown(string? value) => value is null ? "nothing" : $"'{value}'";
}
