using System.Text.Json;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Journeys;

/// <summary>
/// Keeps journeys' answers between pages. A page starts a journey and puts its id in the address; each step reads the
/// answers, changes them and saves them; the last step completes the journey inside the act that does the thing, so
/// the answers and the booking (say) can't both survive, and a second press of "Confirm" finds nothing to confirm.
/// </summary>
public sealed class JourneyStore(IDbContextFactory<CoproduceDbContext> contexts, TimeProvider clock)
{
    /// <summary>The longest journey kind.</summary>
    public const int MaximumKindLength = 100;

    /// <summary>The most a journey's answers may hold, as JSON: a form's worth, never a file.</summary>
    public const int MaximumStateLength = 64 * 1024;

    /// <summary>How long a journey lasts unless its start says otherwise: long enough for a phone call and a cup of tea.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(4);

    // Lapsed journeys are cleared a few at a time as new ones start, so the table never grows without end.
    private const int ClearedPerStart = 100;

    /// <summary>Starts a journey for <paramref name="ownerId"/> with its first answers; returns the id for the address.</summary>
    public async Task<Guid> StartAsync<TState>(string kind, Guid ownerId, TState state, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kind.Length, MaximumKindLength);
        var now = clock.GetUtcNow();
        var journey = new JourneyInstance(Guid.CreateVersion7(now), kind, ownerId, Serialise(state), now, now + (lifetime ?? DefaultLifetime));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await ClearLapsedAsync(db, now, cancellationToken);
        db.Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        return journey.Id;
    }

    /// <summary>The answers so far, or nothing when there is no such journey of this kind, it is someone else's, or it lapsed.</summary>
    public async Task<TState?> FindAsync<TState>(Guid id, string kind, Guid ownerId, CancellationToken cancellationToken = default)
        where TState : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await FindLiveAsync(db, id, kind, ownerId, cancellationToken);
        return journey is null ? null : JsonSerializer.Deserialize<TState>(journey.StateJson);
    }

    /// <summary>Replaces the answers; false when the journey is gone (lapsed, completed, or not this person's).</summary>
    public async Task<bool> SaveAsync<TState>(Guid id, string kind, Guid ownerId, TState state, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await FindLiveAsync(db, id, kind, ownerId, cancellationToken, tracked: true);
        if (journey is null)
        {
            return false;
        }

        journey.Replace(Serialise(state), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Ends the journey as part of the act its last step performs, and gives its answers. Refused when it is gone: the
    /// act should then refuse too, so a journey is completed once.
    /// </summary>
    public async Task<Result<TState>> CompleteAsync<TState>(UnitOfWork work, Guid id, string kind, Guid ownerId, CancellationToken cancellationToken = default)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(work);
        var journey = await FindLiveAsync(work.Db, id, kind, ownerId, cancellationToken, tracked: true);
        if (journey is null || JsonSerializer.Deserialize<TState>(journey.StateJson) is not { } state)
        {
            return Result<TState>.Refused(new FieldError("Journey", "Journey.Gone"));
        }

        work.Db.Remove(journey);
        return Result<TState>.Success(state);
    }

    private async Task<JourneyInstance?> FindLiveAsync(CoproduceDbContext db, Guid id, string kind, Guid ownerId,
        CancellationToken cancellationToken, bool tracked = false)
    {
        var now = clock.GetUtcNow();
        var journeys = tracked ? db.Set<JourneyInstance>() : db.Set<JourneyInstance>().AsNoTracking();
        return await journeys.SingleOrDefaultAsync(j => j.Id == id && j.Kind == kind && j.OwnerId == ownerId && j.ExpiresAt > now, cancellationToken);
    }

    private static async Task ClearLapsedAsync(CoproduceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lapsed = await db.Set<JourneyInstance>().Where(j => j.ExpiresAt <= now).OrderBy(j => j.ExpiresAt)
            .Select(j => j.Id).Take(ClearedPerStart).ToListAsync(cancellationToken);
        if (lapsed.Count > 0)
        {
            await db.Set<JourneyInstance>().Where(j => lapsed.Contains(j.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static string Serialise<TState>(TState state)
    {
        var json = JsonSerializer.Serialize(state);
        return json.Length <= MaximumStateLength
            ? json
            : throw new ArgumentException($"A journey's answers may hold at most {MaximumStateLength} characters of JSON.", nameof(state));
    }
}
