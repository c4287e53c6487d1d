using System.Linq.Expressions;
using Coproduce.Core.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduce.Core.Notifications;

/// <summary>
/// Sends the outbox's emails when a mail server is configured, on every app server at once without sending anything
/// twice: each round claims a batch with one conditional update, so a row claimed by one server is skipped by the rest.
/// Texts are left in the outbox: there is no SMS sender yet, so an admin reads them there.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<CoproduceDbContext> contexts,
    TimeProvider clock,
    IOptions<NotificationOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>How many messages one round claims.</summary>
    public const int BatchSize = 20;

    /// <summary>How long a claim lasts. A server that dies mid-round holds its messages no longer than this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    // A round starts no send with less than this left on its lease: past the lease another server may claim the message.
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Claims up to <see cref="BatchSize"/> unsent emails, oldest first, sends them and records each outcome.
    /// Does nothing when no mail server is configured.
    /// </summary>
    public async Task<DispatchReport> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var smtp = options.Value.Smtp;
        if (!smtp.IsConfigured)
        {
            return new DispatchReport(0, 0, 0);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claim = Guid.NewGuid();
        var claimedUntil = await ClaimAsync(db, claim, cancellationToken);
        var messages = await db.OutboxMessages.Where(m => m.ClaimedBy == claim).OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            return new DispatchReport(0, 0, 0);
        }

        int sent = 0, failed = 0;
        try
        {
            await using var sender = new SmtpEmailSender(smtp);
            foreach (var message in messages)
            {
                if (clock.GetUtcNow() > claimedUntil - LeaseMargin)
                {
                    break;
                }

                var serverAnswered = await SendOneAsync(sender, message, cancellationToken);
                // Saved one by one: a server that stops mid-round has recorded every message it handed over.
                await db.SaveChangesAsync(CancellationToken.None);
                (sent, failed) = message.IsSent ? (sent + 1, failed) : (sent, failed + 1);
                if (!serverAnswered)
                {
                    // Can't connect, sign in or talk to the server: the rest would fail the same way. Try again next round.
                    break;
                }
            }
        }
        finally
        {
            await ReleaseAsync(db, claim);
        }

        return new DispatchReport(messages.Count, sent, failed);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Smtp.IsConfigured)
        {
            logger.LogInformation("No mail server is configured (Notifications:Smtp:Host): emails stay in the outbox for admins to read.");
            return;
        }

        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        do
        {
            try
            {
                DispatchReport report;
                do
                {
                    report = await DispatchOnceAsync(stoppingToken);
                }
                // A full batch means more may be waiting: carry on rather than wait a whole interval.
                while (report.Claimed == BatchSize);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment; the next tick tries again rather than stopping sending for good.
                logger.LogError(exception, "Sending the outbox failed; trying again in {Interval}.", settings.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Takes unclaimed messages for this round; returns when the claim ends.</summary>
    private async Task<DateTimeOffset> ClaimAsync(CoproduceDbContext db, Guid claim, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var candidates = await db.OutboxMessages.Where(Claimable(now)).OrderBy(m => m.CreatedAt)
            .Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count > 0)
        {
            // The condition is repeated on the rows being updated, not only in the read above: another server may have
            // claimed some since. PostgreSQL re-checks it on each row once the other server's update commits; SQLite
            // runs one writer at a time. Either way a row is claimed by one round only.
            await db.OutboxMessages.Where(m => candidates.Contains(m.Id)).Where(Claimable(now))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.ClaimedBy, claim), cancellationToken);
        }

        return until;
    }

    // Only emails: there is no SMS sender, so texts wait in the outbox for an admin.
    private static Expression<Func<OutboxMessage, bool>> Claimable(DateTimeOffset now) => m =>
        m.SentAt == null
        && m.Channel == NotificationChannel.Email
        && !m.IsDemo
        && m.Attempts < OutboxMessage.MaximumAttempts
        && (m.ClaimedUntil == null || m.ClaimedUntil < now);

    /// <summary>Sends one message and records the outcome on it; false when the server could not be reached or spoken to.</summary>
    private async Task<bool> SendOneAsync(SmtpEmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(message, cancellationToken);
            message.MarkSent(clock.GetUtcNow());
            logger.LogInformation("Sent outbox message {MessageId}.", message.Id);
            return true;
        }
        catch (SmtpCommandException exception)
        {
            // The server refused this message (the recipient, say); the next one may well go.
            RecordFailure(message, exception);
            await sender.ResetAsync();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            RecordFailure(message, exception);
            await sender.ResetAsync();
            return false;
        }
    }

    private void RecordFailure(OutboxMessage message, Exception exception)
    {
        message.MarkFailed($"{exception.GetType().Name}: {exception.Message}", clock.GetUtcNow(), RetryDelay(message.Attempts + 1));
        if (message.HasGivenUp)
        {
            logger.LogError(exception, "Gave up on outbox message {MessageId} after {Attempts} attempts.", message.Id, message.Attempts);
        }
        else
        {
            logger.LogWarning(exception, "Outbox message {MessageId} failed (attempt {Attempts}); it will be tried again.", message.Id, message.Attempts);
        }
    }

    /// <summary>5, 10, 20, then 40 minutes: a mail server down for an hour or so loses nothing.</summary>
    internal static TimeSpan RetryDelay(int attempts) => TimeSpan.FromMinutes(5 * Math.Pow(2, Math.Max(0, attempts - 1)));

    /// <summary>Gives back what this round claimed but did not get to, so the next round, on any server, takes it at once.</summary>
    private static async Task ReleaseAsync(CoproduceDbContext db, Guid claim) =>
        await db.OutboxMessages.Where(m => m.ClaimedBy == claim && m.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.ClaimedBy, (Guid?)null),
                CancellationToken.None);
}

/// <summary>What one dispatch round did.</summary>
/// <param name="Claimed">How many messages it claimed.</param>
/// <param name="Sent">How many a mail server accepted.</param>
/// <param name="Failed">How many failed and were left to try again (or given up on).</param>
public sealed record DispatchReport(int Claimed, int Sent, int Failed);
