using System.Security.Cryptography;
using System.Text;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Credits;

/// <summary>
/// The organisations that take part in a time-credit network: earn partners award credits, spend partners (venues)
/// accept them. A venue's admin can set a passcode for its shared counter, so staff take credits without an account each.
/// </summary>
public sealed class CreditPartnerService(IDbContextFactory<CoproduceDbContext> contexts, UnitsOfWork units, LedgerService ledger, TimeProvider clock)
{
    /// <summary>The shortest counter passcode: it is typed on a shared screen, so it must not be guessable.</summary>
    public const int MinimumPasscodeLength = 10;

    private static readonly PasswordHasher<CreditPartner> Hasher = new();

    /// <summary>
    /// Adds an organisation to the network as an earn partner, a spend partner or both, with its own account there,
    /// in one act. Only the network's admin may; refused, changing nothing, for an organisation already a partner.
    /// </summary>
    public Task<Result<CreditPartner>> AddAsync(Guid actorId, Guid networkId, Guid organisationId, bool earns, bool accepts,
        CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            var refusal = !await CreditAccess.AdministersAsync(work.Db, actorId, networkId, token)
                ? new FieldError(string.Empty, "Credits.NotNetworkAdmin")
                : await CreditAccess.RefuseUnlessOpenNetworkAsync(work, networkId, token);
            if (refusal is not null)
            {
                return Result<CreditPartner>.Refused(refusal);
            }

            var organisation = await work.Db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, token);
            var network = await work.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == networkId, token);
            refusal = organisation is null ? new FieldError("Organisation", "Credits.PartnerRequired")
                : organisationId == networkId ? new FieldError("Organisation", "Credits.PartnerIsNetwork")
                : !earns && !accepts ? new FieldError("Earns", "Credits.PartnerDoesNothing")
                : await work.Db.CreditPartners.AnyAsync(p => p.NetworkId == networkId && p.OrganisationId == organisationId, token)
                    ? new FieldError("Organisation", "Credits.AlreadyPartner", organisation.Name)
                    : null;
            if (refusal is not null)
            {
                return Result<CreditPartner>.Refused(refusal);
            }

            var account = await ledger.OpenAccountAsync(work, new OpenAccountRequest(AccountOwnerKind.Organisation,
                $"{organisation!.Name} at {network.Name}", organisationId, MinimumBalanceMinutes: 0, HeldAtOrganisationId: networkId), token);
            var partner = new CreditPartner(Guid.CreateVersion7(clock.GetUtcNow()), networkId, organisationId, earns, accepts, account.Value!.Id,
                clock.GetUtcNow());
            work.Db.CreditPartners.Add(partner);
            await work.Db.SaveChangesAsync(token);
            return Result<CreditPartner>.Success(partner);
        }, cancellationToken);

    /// <summary>
    /// Sets the passcode of the venue's shared counter sign-in, for every network it accepts credits in. The venue's
    /// admin may (or a site admin); refused for a venue that accepts no credits and for a passcode too short.
    /// </summary>
    public Task<Result<int>> SetCounterPasscodeAsync(Guid actorId, Guid venueId, string? passcode, CancellationToken cancellationToken = default) =>
        units.RunAsync(async (work, token) =>
        {
            if (!await CreditAccess.AdministersAsync(work.Db, actorId, venueId, token))
            {
                return Result<int>.Refused(new FieldError(string.Empty, "Credits.NotVenueAdmin"));
            }

            var partnerships = await work.Db.CreditPartners.Where(p => p.OrganisationId == venueId && p.Accepts).ToListAsync(token);
            if (partnerships.Count == 0)
            {
                return Result<int>.Refused(new FieldError(string.Empty, "Credits.NotASpendPartner"));
            }

            if (passcode is null || passcode.Trim().Length < MinimumPasscodeLength)
            {
                return Result<int>.Refused(new FieldError("Passcode", "Credits.PasscodeTooShort", MinimumPasscodeLength));
            }

            foreach (var partner in partnerships)
            {
                partner.SetCounterPasscode(Hasher.HashPassword(partner, passcode.Trim()));
            }

            await work.Db.SaveChangesAsync(token);
            return Result<int>.Success(partnerships.Count);
        }, cancellationToken);

    /// <summary>Whether <paramref name="passcode"/> opens the venue's shared counter. Sign-in attempts are limited by the web app.</summary>
    public async Task<bool> OpensCounterAsync(Guid venueId, string? passcode, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(passcode))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partnerships = await db.CreditPartners.AsNoTracking()
            .Where(p => p.OrganisationId == venueId && p.Accepts && p.CounterPasscodeHash != null).ToListAsync(cancellationToken);
        return partnerships.Any(p => Hasher.VerifyHashedPassword(p, p.CounterPasscodeHash!, passcode.Trim()) != PasswordVerificationResult.Failed);
    }

    /// <summary>
    /// A short fingerprint of the venue's current counter passcode, kept in a counter's sign-in: when the passcode
    /// changes, so does this, and counters signed in with the old one are signed out. None without a passcode.
    /// </summary>
    public async Task<string?> CounterStampAsync(Guid venueId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hashes = await db.CreditPartners.AsNoTracking()
            .Where(p => p.OrganisationId == venueId && p.Accepts && p.CounterPasscodeHash != null)
            .OrderBy(p => p.NetworkId).Select(p => p.CounterPasscodeHash!).ToListAsync(cancellationToken);
        return hashes.Count == 0 ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', hashes))))[..16];
    }

    /// <summary>The network's partners, by name, with what each does and holds.</summary>
    public async Task<IReadOnlyList<PartnerView>> PartnersAsync(Guid networkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var partners = await (from p in db.CreditPartners.AsNoTracking()
                              join o in db.Organisations.AsNoTracking() on p.OrganisationId equals o.Id
                              join a in db.LedgerAccounts.AsNoTracking() on p.AccountId equals a.Id
                              where p.NetworkId == networkId
                              select new PartnerView(p, o.Name, o.NameWelsh, new Balance(a.BalanceMinutes)))
            .ToListAsync(cancellationToken);
        return [.. partners.OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// The networks each of the organisations earns credits for: a partner's coordinators find their activities and
    /// registers there. Keyed by the partner organisation.
    /// </summary>
    public async Task<ILookup<Guid, Organisation>> NetworksEarnedForAsync(IReadOnlyCollection<Guid> organisationIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var networks = await (from p in db.CreditPartners.AsNoTracking()
                              join o in db.Organisations.AsNoTracking() on p.NetworkId equals o.Id
                              where p.Earns && organisationIds.Contains(p.OrganisationId)
                              select new { p.OrganisationId, Network = o })
            .ToListAsync(cancellationToken);
        return networks.ToLookup(n => n.OrganisationId, n => n.Network);
    }

    /// <summary>The networks the venue accepts credits in: what its counter serves.</summary>
    public async Task<IReadOnlyList<CreditPartner>> AcceptingAtAsync(Guid venueId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CreditPartners.AsNoTracking().Where(p => p.OrganisationId == venueId && p.Accepts).ToListAsync(cancellationToken);
    }
}

/// <summary>A partner as the network's pages show it.</summary>
/// <param name="Partner">The partnership.</param>
/// <param name="Name">The organisation's name.</param>
/// <param name="NameWelsh">Its Welsh name, when it has one.</param>
/// <param name="Holds">What its account at the network holds: its bank to award from, and what it has accepted.</param>
public sealed record PartnerView(CreditPartner Partner, string Name, string? NameWelsh, Balance Holds)
{
    /// <summary>The name in the reader's language.</summary>
    public string NameIn(Language language) => language == Language.Welsh && NameWelsh is not null ? NameWelsh : Name;
}
