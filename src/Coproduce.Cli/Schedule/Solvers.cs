using Coproduce.Scheduling;
using Coproduce.Scheduling.OrTools;

namespace Coproduce.Cli.Schedule;

/// <summary>The solvers a user can choose with --solver.</summary>
internal static class Solvers
{
    private static readonly Func<IDarpSolver>[] Factories = [() => new DarpSolver(), () => new OrToolsSolver()];

    public static IEnumerable<string> Names => Factories.Select(f => f().Name);

    public static IDarpSolver? Find(string name) =>
        Factories.Select(f => f()).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
}
