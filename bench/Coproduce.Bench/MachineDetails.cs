using System.Runtime.InteropServices;

namespace Coproduce.Bench;

/// <summary>Every table is printed under the details of the machine it was measured on.</summary>
internal static class MachineDetails
{
    public static void Print()
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {TotalMemoryGiB():0.#} GiB");
        Console.WriteLine($"OS: {RuntimeInformation.OSDescription}; .NET {Environment.Version}; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var line = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line.Split(':', 2)[1].Trim();
    }

    private static double TotalMemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
