using Coproduce.Core.Audit;
using Coproduce.Core.Data;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Identity;

namespace Coproduce.Core.Demo.Benchmark;

/// <summary>
/// Adds the benchmark's People rows to an act, each with the audit entry the People service would have written, so the
/// data looks like a service that has been used, not loaded. Ledger rows are never made here: accounts and transfers
/// go through the ledger's service.
/// </summary>
internal sealed class BenchmarkRows
{
    private readonly PasswordHasher<UserAccount> hasher = new();
    private string? passwordHash;

    public static Organisation AddOrganisation(UnitOfWork work, DateTimeOffset at, OrganisationDetails details)
    {
        var organisation = new Organisation(Guid.CreateVersion7(at), details, at, createdById: null, isDemo: true);
        work.Db.Organisations.Add(organisation);
        return organisation;
    }

    public static void AddPerson(UnitOfWork work, BenchmarkMember member, Guid? recordedById)
    {
        var person = new Person(member.Id, member.Profile, member.JoinedAt, recordedById, isDemo: true);
        work.Db.People.Add(person);
        work.Db.AuditEntries.Add(new AuditEntry(member.JoinedAt, AuditActions.PersonCreated, recordedById ?? member.Id, member.Id, null, member.Id));
    }

    public static void AddActiveRole(UnitOfWork work, Guid personId, Guid organisationId, OrganisationRole role, Guid approvedById, DateTimeOffset at)
    {
        var membership = new Membership(Guid.CreateVersion7(at), personId, organisationId, role, at, approvedById);
        membership.Approve(approvedById, at);
        work.Db.Memberships.Add(membership);
        work.Db.AuditEntries.Add(new AuditEntry(at, AuditActions.MembershipApproved, approvedById, personId, organisationId, membership.Id));
    }

    /// <summary>A request a coordinator has still to decide; <paramref name="requestedById"/> is the coordinator who took the call.</summary>
    public static void AddRequest(UnitOfWork work, Guid personId, Guid organisationId, Guid requestedById, DateTimeOffset at)
    {
        var membership = new Membership(Guid.CreateVersion7(at), personId, organisationId, OrganisationRole.Member, at, requestedById);
        work.Db.Memberships.Add(membership);
        work.Db.AuditEntries.Add(new AuditEntry(at, AuditActions.MembershipRequested, requestedById, personId, organisationId, membership.Id));
    }

    /// <summary>A login with the demo password. Hashing is slow on purpose, so every benchmark login shares one hash.</summary>
    public void AddLogin(UnitOfWork work, BenchmarkMember member)
    {
        var email = member.Profile.Email!;
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(member.JoinedAt),
            PersonId = member.Id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = passwordHash ??= hasher.HashPassword(user, DemoCommunity.Password);
        work.Db.Users.Add(user);
    }
}
