using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Notifications;

/// <summary>
/// Where every email and text starts: a row in the outbox, written in the person's language. The
/// <see cref="OutboxDispatcher"/> sends emails from here when SMTP is configured; otherwise an admin reads them here.
/// </summary>
public sealed class Outbox(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, TimeProvider clock)
{
    /// <summary>The longest subject stored; a longer one (a very long organisation name) is cut short.</summary>
    public const int MaximumSubjectLength = 200;

    /// <summary>The most messages on one page of the admin's list.</summary>
    public const int MaximumPageSize = 200;

    /// <summary>
    /// Writes <paramref name="template"/> in <paramref name="language"/> and puts it in the outbox for <paramref name="to"/>,
    /// on its own. An empty or malformed address is refused and nothing is stored.
    /// </summary>
    /// <param name="to">The email address.</param>
    /// <param name="personId">The person it is for, if known.</param>
    /// <param name="language">The person's language: Welsh for any Welsh culture, English for every other.</param>
    /// <param name="template">Which message.</param>
    /// <param name="args">The template's placeholders, in the order <see cref="NotificationTemplate"/> lists them.</param>
    /// <param name="isDemo">For made-up people in a demonstration: stored, never sent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">Fewer arguments than the template needs.</exception>
    public Task<Result<OutboxMessage>> EnqueueEmailAsync(string to, Guid? personId, CultureInfo language,
        NotificationTemplate template, object[] args, bool isDemo = false, CancellationToken cancellationToken = default) =>
        units.RunAsync((work, _) => Task.FromResult(EnqueueEmail(work, to, personId, language, template, args, isDemo)), cancellationToken);

    /// <summary>
    /// Puts a message in the outbox as part of <paramref name="work"/>: it is stored, and later sent, only if the act
    /// commits. The parameters are those of <see cref="EnqueueEmailAsync"/>; a refused address changes nothing.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer arguments than the template needs.</exception>
    public Result<OutboxMessage> EnqueueEmail(UnitOfWork work, string to, Guid? personId, CultureInfo language,
        NotificationTemplate template, object[] args, bool isDemo = false)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(language);
        if (EmailAddress.Check(to, "To") is { } error)
        {
            return Result<OutboxMessage>.Refused(error);
        }

        var rendered = NotificationTemplates.Render(template, language, args);
        var subject = rendered.Subject.Length <= MaximumSubjectLength
            ? rendered.Subject
            : rendered.Subject[..(MaximumSubjectLength - 1)] + "…";
        var message = new OutboxMessage(NotificationChannel.Email, to.Trim(), personId, NotificationTemplates.LanguageCode(language),
            subject, rendered.Body, clock.GetUtcNow(), isDemo);
        work.Db.OutboxMessages.Add(message);
        return Result<OutboxMessage>.Success(message);
    }

    /// <summary>A page of the outbox for an admin, newest first, with how many messages there are in all.</summary>
    /// <param name="pageNumber">From 1.</param>
    /// <param name="pageSize">From 1 to <see cref="MaximumPageSize"/>.</param>
    /// <param name="unsentOnly">Only messages not yet sent (waiting, failing, given up, demonstrations, texts).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentOutOfRangeException">A page number or size out of range.</exception>
    public async Task<OutboxPage> ReadPageAsync(int pageNumber, int pageSize, bool unsentOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaximumPageSize);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.OutboxMessages.AsNoTracking();
        if (unsentOnly)
        {
            query = query.Where(m => m.SentAt == null);
        }

        var total = await query.CountAsync(cancellationToken);
        // Version 7 ids rise with time, so they break ties between messages created in the same instant.
        var messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new OutboxPage(messages, total, pageNumber, pageSize);
    }

    /// <summary>One message, or none when there is no message with that id.</summary>
    public async Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
    }
}
