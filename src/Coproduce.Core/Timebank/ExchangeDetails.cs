namespace Coproduce.Core.Timebank;

/// <summary>An exchange as someone typed it; <see cref="ExchangeService"/> checks every part.</summary>
/// <param name="GiverId">The member who gave their time.</param>
/// <param name="ReceiverId">The member who was helped.</param>
/// <param name="Hours">How long, as typed: "1.5", "1:30", "90 minutes", "2 awr".</param>
/// <param name="OccurredOn">The day, as year-month-day numbers ("2026-11-28"); the page joins its three boxes.</param>
/// <param name="Description">What was done.</param>
/// <param name="CategoryId">The kind of help, if said; from the post when none is chosen.</param>
/// <param name="PostId">The offer or request it came from, if any: one of the two members' posts in this timebank.</param>
public sealed record ExchangeDetails(Guid GiverId, Guid ReceiverId, string? Hours, string? OccurredOn, string? Description, Guid? CategoryId = null,
    Guid? PostId = null);

/// <summary>An exchange with the names of the people in it, as a page shows it.</summary>
/// <param name="Exchange">The exchange.</param>
/// <param name="GiverName">Who gave their time.</param>
/// <param name="ReceiverName">Who was helped.</param>
/// <param name="RecorderName">Who recorded it.</param>
/// <param name="Category">The kind of help, when said.</param>
/// <param name="PostTitle">The title of the offer or request it came from, if any.</param>
public sealed record ExchangeView(Exchange Exchange, string GiverName, string ReceiverName, string RecorderName, SkillCategory? Category = null,
    string? PostTitle = null);

/// <summary>A member someone can record an exchange with.</summary>
/// <param name="Id">The person.</param>
/// <param name="Name">Their name.</param>
public sealed record TimebankMember(Guid Id, string Name);
