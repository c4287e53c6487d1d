namespace Coproduce.Core.Demo.Benchmark;

/// <summary>How big a benchmark community to make.</summary>
/// <param name="Members">People to add beyond the demo's, most without a login.</param>
/// <param name="Transfers">Transfers to post between them, spread over two years.</param>
public sealed record BenchmarkCommunitySize(int Members, int Transfers);
