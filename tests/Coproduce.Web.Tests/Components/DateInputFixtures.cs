using System.Text.Json.Nodes;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>
/// Not yet expressed: the date input names its boxes for ASP.NET Core's model binding (<c>Field.Day</c>, and the day
/// box carries the field's own id so the error summary's link lands on it), where govuk-frontend names them
/// <c>prefix-day</c> with ids <c>id-day</c>. Until the helper can name them govuk-frontend's way, every fixture is
/// counted as one it can't express, and the floor is none.
/// </summary>
internal sealed class DateInputFixtures : ComponentFixtures
{
    public override string Component => "date-input";

    public override string TagName => "govuk-date-input";

    public override IReadOnlySet<string> SupportedOptions { get; } = Options();

    public override int MinimumMatched => 0;

    protected override string? CantExpressValue(JsonObject options) => "the boxes' names and ids follow model binding, not govuk-frontend";

    public override Task<string> RenderAsync(JsonObject options) => throw new InvalidOperationException("No date input fixture is expressed");
}
