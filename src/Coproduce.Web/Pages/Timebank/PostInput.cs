using Coproduce.Web.Forms;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>The offer-or-request form as typed.</summary>
public sealed class PostInput
{
    /// <summary>For a coordinator: the member it is for.</summary>
    public string? Author { get; set; }

    /// <summary>"Offer" or "Request".</summary>
    public string? Kind { get; set; }

    public string? Category { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Area { get; set; }

    public string? Availability { get; set; }

    public DateParts EndsOn { get; set; } = new();

    public string EndsOnText => EndsOn.Text;
}
