using Coproduce.Core.Timebank;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>A table of exchanges, as a member or a coordinator sees them.</summary>
/// <param name="Rows">The exchanges.</param>
/// <param name="Viewer">Who is looking: "you" in the names.</param>
/// <param name="Caption">What the table is, for screen readers.</param>
public sealed record ExchangesTable(IReadOnlyList<ExchangeView> Rows, Guid Viewer, string Caption);
