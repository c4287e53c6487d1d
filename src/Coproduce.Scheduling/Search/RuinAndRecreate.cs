using System.Diagnostics;
using Coproduce.Scheduling.Engine;

namespace Coproduce.Scheduling.Search;

/// <summary>
/// Large neighbourhood search for the DARP: each iteration removes a handful of related requests (random, Shaw
/// related, worst and SISR string removal) and reinserts them cheapest-first with blinks, accepting the result by
/// simulated annealing (Ropke and Pisinger 2006; Christiaens and Vanden Berghe 2020; Gschwind and Drexl 2019 for
/// the DARP). Every new best solution is polished by a request-relocation local search.
/// The temperature follows the iteration count, never the clock, so a seed fixes the search path; the time budget
/// and the cancellation token only decide how far along the path the search gets.
/// </summary>
internal sealed class RuinAndRecreate
{
    private readonly CompiledProblem problem;
    private readonly RequestScreening screening;
    private readonly Inserter inserter;
    private readonly Relatedness relatedness;
    private readonly int[] eligible;
    private readonly double unservedPenalty;
    private readonly Random random;
    private readonly List<int> removed = [];
    private readonly double[] orderKeys;
    private readonly bool[] ruinedRoute;
    private readonly RouteState backup;
    private readonly double[] savings;
    private readonly int[] worstCandidates;
    private readonly List<int> stringScratch = [];

    private readonly SearchSettings settings;

    public RuinAndRecreate(CompiledProblem problem, RequestScreening screening, RouteEvaluator evaluator, int seed, SearchSettings? settings = null)
    {
        this.settings = settings ?? new SearchSettings();
        this.problem = problem;
        this.screening = screening;
        inserter = new Inserter(problem, screening, evaluator);
        eligible = Enumerable.Range(0, problem.RequestCount).Where(r => screening.Reasons[r] is null).ToArray();
        relatedness = new Relatedness(problem, eligible);
        random = new Random(seed);
        orderKeys = new double[problem.RequestCount];
        ruinedRoute = new bool[problem.VehicleCount];
        backup = new RouteState(problem, problem.VehicleCount);
        savings = new double[problem.RequestCount];
        worstCandidates = new int[problem.RequestCount];
        var longest = 0.0;
        foreach (var distance in problem.Distance)
        {
            longest = Math.Max(longest, distance);
        }

        // Carrying one more person must always beat any saving in distance.
        unservedPenalty = 1000 + (4 * longest);
    }

    public long Iterations { get; private set; }

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    public Solution Run(Solution? start, TimeSpan limit, long? maxIterations, CancellationToken cancellationToken,
        Action<SolveProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var current = new Solution(problem);
        if (start is not null)
        {
            current.CopyFrom(start);
        }

        Recreate(current, FromUnserved(current));
        var best = new Solution(problem);
        best.CopyFrom(current);
        LocalSearch(best);
        current.CopyFrom(best);
        var working = new Solution(problem);
        working.CopyFrom(current);
        if (eligible.Length == 0)
        {
            return best;
        }

        var cycle = Math.Max(settings.MinimumCycle, settings.CyclePerRequest * eligible.Length);
        var bestObjective = best.Objective(unservedPenalty);
        var currentObjective = bestObjective;
        var arcs = Math.Max(1, (2 * eligible.Length) + problem.VehicleCount);
        var scale = Math.Max(1e-6, best.Distance / arcs);
        var hot = settings.HotFactor * scale;
        var cold = settings.ColdFactor * scale;

        for (Iterations = 0; maxIterations is null || Iterations < maxIterations; Iterations++)
        {
            if (cancellationToken.IsCancellationRequested || clock.Elapsed >= limit)
            {
                break;
            }

            if (progress is not null && clock.Elapsed - lastReport >= ProgressInterval)
            {
                lastReport = clock.Elapsed;
                progress(new SolveProgress(lastReport, limit, problem.RequestCount, problem.RequestCount - eligible.Length + best.UnservedCount, best.Distance));
            }

            var phase = (double)(Iterations % cycle) / cycle;
            if (Iterations > 0 && Iterations % cycle == 0)
            {
                current.CopyFrom(best);
                working.CopyFrom(best);
                currentObjective = bestObjective;
            }

            var temperature = hot * Math.Pow(cold / hot, phase);
            Ruin(working);
            Recreate(working, removed);
            var objective = working.Objective(unservedPenalty);
            if (objective < bestObjective - 1e-9)
            {
                if (settings.PolishEveryBest)
                {
                    LocalSearch(working);
                }

                objective = working.Objective(unservedPenalty);
                best.CopyFrom(working);
                bestObjective = objective;
            }

            if (objective < currentObjective - (temperature * Math.Log(1 - random.NextDouble())))
            {
                current.CopyFrom(working);
                currentObjective = objective;
            }
            else
            {
                working.CopyFrom(current);
            }
        }

        if (!settings.PolishEveryBest)
        {
            LocalSearch(best);
        }

        return best;
    }

    private List<int> FromUnserved(Solution solution)
    {
        removed.Clear();
        foreach (var r in eligible)
        {
            if (solution.RouteOf[r] < 0)
            {
                removed.Add(r);
            }
        }

        return removed;
    }

    private void Recreate(Solution solution, List<int> requests)
    {
        // Requests left out last time get another chance every iteration.
        foreach (var r in eligible)
        {
            if (solution.RouteOf[r] < 0 && !requests.Contains(r))
            {
                requests.Add(r);
            }
        }

        SortForInsertion(requests);
        var unserved = 0;
        foreach (var r in requests)
        {
            if (!inserter.InsertBest(solution, r, random, settings.Blink))
            {
                solution.RouteOf[r] = -1;
                unserved++;
            }
        }

        solution.UnservedCount = unserved;
    }

    private void SortForInsertion(List<int> requests)
    {
        var how = random.Next(4);
        for (var x = 0; x < requests.Count; x++)
        {
            var r = requests[x];
            var dropoff = problem.Dropoff(r);
            orderKeys[x] = how switch
            {
                0 => random.NextDouble(),
                1 => Math.Min(problem.Earliest[r], problem.Earliest[dropoff] - problem.Travel(r, dropoff)),
                2 => -problem.Travel(r, dropoff),
                _ => -(problem.Travel(problem.StartDepot(0), r) + problem.Travel(problem.StartDepot(0), dropoff)),
            };
        }

        var keys = orderKeys.AsSpan(0, requests.Count);
        var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(requests);
        keys.Sort(items);
    }

    private int RemovalCount()
    {
        var served = eligible.Length;
        var most = Math.Min(served, Math.Max(4, Math.Min(settings.MaxRemoved, (int)(settings.MaxRemovedFraction * served))));
        var least = Math.Min(2, most);
        return random.Next(least, most + 1);
    }

    private void Ruin(Solution solution)
    {
        removed.Clear();
        var target = RemovalCount();
        switch (PickRemoval())
        {
            case 0:
                RandomRemoval(solution, target);
                break;
            case 1:
                RelatedRemoval(solution, target);
                break;
            case 2:
                WorstRemoval(solution, target);
                break;
            default:
                StringRemoval(solution, target);
                break;
        }
    }

    private int PickRemoval()
    {
        var weights = settings.RemovalWeights;
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var roll = random.NextDouble() * total;
        for (var x = 0; x < weights.Count; x++)
        {
            roll -= weights[x];
            if (roll < 0)
            {
                return x;
            }
        }

        return weights.Count - 1;
    }

    private void RemoveRequest(Solution solution, int request)
    {
        var route = solution.RouteOf[request];
        if (route < 0)
        {
            return;
        }

        solution.Routes[route].Remove(problem, request);
        solution.RouteOf[request] = -1;
        removed.Add(request);
    }

    private void RandomRemoval(Solution solution, int target)
    {
        for (var attempt = 0; removed.Count < target && attempt < 4 * target; attempt++)
        {
            RemoveRequest(solution, eligible[random.Next(eligible.Length)]);
        }
    }

    private void RelatedRemoval(Solution solution, int target)
    {
        var seed = eligible[random.Next(eligible.Length)];
        foreach (var r in relatedness.Neighbours[seed])
        {
            if (removed.Count >= target)
            {
                break;
            }

            if (random.NextDouble() < 0.8)
            {
                RemoveRequest(solution, r);
            }
        }
    }

    private void WorstRemoval(Solution solution, int target)
    {
        // Rank served requests by the distance their removal would save, with noise so the same ones don't repeat.
        var count = 0;
        var candidates = worstCandidates;
        foreach (var route in solution.Routes)
        {
            var nodes = route.Nodes;
            for (var k = 1; k < route.Count - 1; k++)
            {
                var node = nodes[k];
                var saving = problem.Travel(nodes[k - 1], node) + problem.Travel(node, nodes[k + 1]) - problem.Travel(nodes[k - 1], nodes[k + 1]);
                var r = problem.RequestOfNode[node];
                if (problem.IsPickup(node))
                {
                    candidates[count++] = r;
                }

                // The pickup comes first, so it starts the request's total and the drop-off adds to it.
                savings[r] = (problem.IsPickup(node) ? 0 : savings[r]) + saving;
            }
        }

        for (var x = 0; x < count; x++)
        {
            orderKeys[x] = -savings[candidates[x]] * (0.7 + (0.6 * random.NextDouble()));
        }

        orderKeys.AsSpan(0, count).Sort(candidates.AsSpan(0, count));
        for (var x = 0; x < count && removed.Count < target; x++)
        {
            RemoveRequest(solution, candidates[x]);
        }
    }

    private void StringRemoval(Solution solution, int target)
    {
        // SISR: cut strings of consecutive stops out of a few routes near a seed request.
        Array.Clear(ruinedRoute);
        var seed = eligible[random.Next(eligible.Length)];
        var routesToRuin = 1 + random.Next(3);
        var ruined = 0;
        foreach (var r in relatedness.Neighbours[seed])
        {
            if (removed.Count >= target || ruined >= routesToRuin)
            {
                break;
            }

            var k = solution.RouteOf[r];
            if (k < 0 || ruinedRoute[k])
            {
                continue;
            }

            ruinedRoute[k] = true;
            ruined++;
            var route = solution.Routes[k];
            var stops = route.Count - 2;
            var length = Math.Min(stops, 2 + random.Next(Math.Max(1, 2 * (target - removed.Count))));
            var at = Array.IndexOf(route.Nodes, r, 1, stops);
            var first = Math.Clamp(at - random.Next(length), 1, route.Count - 1 - length);
            CutString(solution, route, first, length);
        }
    }

    private void CutString(Solution solution, RouteState route, int first, int length)
    {
        var inString = stringScratch;
        inString.Clear();
        for (var k = first; k < first + length; k++)
        {
            var r = problem.RequestOfNode[route.Nodes[k]];
            if (!inString.Contains(r))
            {
                inString.Add(r);
            }
        }

        foreach (var r in inString)
        {
            RemoveRequest(solution, r);
        }
    }

    /// <summary>Moves single requests to their cheapest position while that shortens the plan.</summary>
    private void LocalSearch(Solution solution)
    {
        var improved = true;
        while (improved)
        {
            improved = false;
            foreach (var r in eligible)
            {
                var from = solution.RouteOf[r];
                if (from < 0)
                {
                    continue;
                }

                var before = solution.Distance;
                backup.CopyFrom(solution.Routes[from]);
                solution.Routes[from].Remove(problem, r);
                solution.RouteOf[r] = -1;
                if (inserter.FindBest(solution, r, null, 0, out var to, out var i, out var j, out var added)
                    && solution.Distance + added < before - 1e-7)
                {
                    solution.Routes[to].Insert(problem, r, i, j);
                    solution.RouteOf[r] = to;
                    improved = true;
                }
                else
                {
                    solution.Routes[from].CopyFrom(backup);
                    solution.RouteOf[r] = from;
                }
            }
        }
    }
}
