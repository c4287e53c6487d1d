using Coproduce.Web.Forms;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>The record-an-exchange form as typed. A member says which way the time went and who with; a coordinator picks both people.</summary>
public sealed class RecordInput
{
    /// <summary>For a member: "Gave" or "Received".</summary>
    public string? Direction { get; set; }

    /// <summary>For a member: the other member's id.</summary>
    public string? Other { get; set; }

    /// <summary>For a coordinator: who gave their time.</summary>
    public string? Giver { get; set; }

    /// <summary>For a coordinator: who was helped.</summary>
    public string? Receiver { get; set; }

    public string? Hours { get; set; }

    public DateParts Date { get; set; } = new();

    public string? Description { get; set; }

    /// <summary>The kind of help, or blank: then the post's, if it came from one.</summary>
    public string? Category { get; set; }

    /// <summary>The offer or request it came from, carried from the post's link.</summary>
    public string? PostId { get; set; }

    /// <summary>The date as Core reads it: year-month-day, or blank when nothing was typed.</summary>
    public string DateText => Date.Text;

    public static Guid IdOf(string? text) => Guid.TryParse(text, out var id) ? id : Guid.Empty;

    /// <summary>A chosen id, none for a blank box, and <see cref="Guid.Empty"/> (which Core refuses) for anything else.</summary>
    public static Guid? OptionalIdOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : IdOf(text);
}
