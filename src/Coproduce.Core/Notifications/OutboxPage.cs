namespace Coproduce.Core.Notifications;

/// <summary>One page of the outbox, newest first.</summary>
/// <param name="Messages">The messages on this page; empty past the last page.</param>
/// <param name="TotalCount">How many messages match, on every page together.</param>
/// <param name="PageNumber">Which page, from 1.</param>
/// <param name="PageSize">The most messages a page holds.</param>
public sealed record OutboxPage(IReadOnlyList<OutboxMessage> Messages, int TotalCount, int PageNumber, int PageSize)
{
    /// <summary>How many pages there are; at least one, so an empty outbox still has a page to show.</summary>
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}
