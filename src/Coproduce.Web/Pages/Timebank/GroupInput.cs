using Coproduce.Web.Forms;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>The group-exchange form as typed: the one at the centre, the way round, who else, and their hours.</summary>
public sealed class GroupInput
{
    /// <summary>The member at the centre.</summary>
    public string? One { get; set; }

    /// <summary>"ManyGaveToOne" or "OneGaveToMany".</summary>
    public string? Direction { get; set; }

    /// <summary>Everyone else who took part, ticked.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>A person's own hours, by their id, where typed.</summary>
    public Dictionary<string, string?> HoursFor { get; set; } = [];

    /// <summary>Hours for everyone ticked whose own box is blank.</summary>
    public string? HoursEach { get; set; }

    /// <summary>Or a total to split evenly between everyone ticked.</summary>
    public string? TotalHours { get; set; }

    public DateParts Date { get; set; } = new();

    public string? Description { get; set; }

    public string? Category { get; set; }

    /// <summary>Money spent, in pounds.</summary>
    public string? MoneyCost { get; set; }

    public string? MoneyCostNote { get; set; }
}
