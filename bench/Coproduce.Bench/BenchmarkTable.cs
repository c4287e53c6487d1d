using Coproduce.Bench.Schedule;

namespace Coproduce.Bench;

/// <summary>The benchmarks, by name: `dotnet run -c Release --project bench/Coproduce.Bench -- NAME [options]`.</summary>
internal static class BenchmarkTable
{
    private static readonly Dictionary<string, (string Help, Func<string[], Task<int>> Run)> Benchmarks = new()
    {
        ["ledger"] = ("ledger [--seconds S]   transfers a second, 1 and 8 writers, SQLite and PostgreSQL, against raw one-transaction inserts",
            Ledger.LedgerBenchmark.RunAsync),
        ["schedule"] = (ScheduleBenchmark.Help, ScheduleBenchmark.RunAsync),
        ["transport"] = (Transport.TransportBenchmark.Help, Transport.TransportBenchmark.RunAsync),
        ["web"] = (Web.WebBenchmark.Help, Web.WebBenchmark.RunAsync),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var benchmark))
        {
            Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Coproduce.Bench -- <benchmark> [options]");
            foreach (var (_, (help, _)) in Benchmarks)
            {
                Console.Error.WriteLine("  " + help);
            }

            return 2;
        }

        MachineDetails.Print();
        return await benchmark.Run(args[1..]);
    }
}
