using Coproduce.Core.People;

namespace Coproduce.Web.People;

/// <summary>What <c>_History</c> shows: the lines of a person's history, and whose history it is.</summary>
public sealed record PersonHistory(Person Person, IReadOnlyList<HistoryLine> Lines);
