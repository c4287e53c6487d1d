using Coproduce.Core.Audit;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Data;

/// <summary>The one database of an installation. Each capability maps its own tables in its Storage folder.</summary>
/// <remarks>
/// Identity's user tables are here too (users only: roles belong to organisations, in <see cref="Memberships"/>).
/// </remarks>
public sealed class CoproduceDbContext(DbContextOptions<CoproduceDbContext> options)
    : IdentityUserContext<UserAccount, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Accounts of time credits.</summary>
    public DbSet<LedgerAccount> LedgerAccounts => Set<LedgerAccount>();

    /// <summary>Every movement of credits, never changed or deleted.</summary>
    public DbSet<Transfer> Transfers => Set<Transfer>();

    /// <summary>Everyone in the community, with or without a login.</summary>
    public DbSet<Person> People => Set<Person>();

    /// <summary>Timebanks, time-credit networks, partner venues, transport services, community groups and the rest.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Who belongs to which organisation, in which role, and who approved it.</summary>
    public DbSet<Membership> Memberships => Set<Membership>();

    /// <summary>Emails asking someone to take a role; only hashes of their links' secrets.</summary>
    public DbSet<Invitation> Invitations => Set<Invitation>();

    /// <summary>Which organisations each commissioning body commissions.</summary>
    public DbSet<Commission> Commissions => Set<Commission>();

    /// <summary>Timebank exchanges, pending, confirmed or declined.</summary>
    public DbSet<Timebank.Exchange> TimebankExchanges => Set<Timebank.Exchange>();

    /// <summary>Each timebank's own rules, where it changed them.</summary>
    public DbSet<Timebank.TimebankSettings> TimebankSettings => Set<Timebank.TimebankSettings>();

    /// <summary>The kinds of help offers and requests are about: the seeded ones and each timebank's own.</summary>
    public DbSet<Timebank.SkillCategory> TimebankCategories => Set<Timebank.SkillCategory>();

    /// <summary>Offers of help and requests for it.</summary>
    public DbSet<Timebank.TimebankPost> TimebankPosts => Set<Timebank.TimebankPost>();

    /// <summary>The words of each post's search text, for the search.</summary>
    public DbSet<Timebank.PostWord> TimebankPostWords => Set<Timebank.PostWord>();

    /// <summary>Members answering offers and requests.</summary>
    public DbSet<Timebank.PostResponse> TimebankPostResponses => Set<Timebank.PostResponse>();

    /// <summary>What each member chose about themselves in a timebank.</summary>
    public DbSet<Timebank.MemberPreferences> TimebankMemberPreferences => Set<Timebank.MemberPreferences>();

    /// <summary>Whom each member trusts to record exchanges that need no confirming.</summary>
    public DbSet<Timebank.TrustedMember> TimebankTrustedMembers => Set<Timebank.TrustedMember>();

    /// <summary>What each member says they can offer and would like help with, in each timebank.</summary>
    public DbSet<Timebank.MemberSkill> TimebankMemberSkills => Set<Timebank.MemberSkill>();

    /// <summary>Time given by or to many members at once, each person's part an exchange of its own.</summary>
    public DbSet<Timebank.GroupExchange> TimebankGroupExchanges => Set<Timebank.GroupExchange>();

    /// <summary>The organisations taking part in each time-credit network.</summary>
    public DbSet<Credits.CreditPartner> CreditPartners => Set<Credits.CreditPartner>();

    /// <summary>What people earn time credits for.</summary>
    public DbSet<Credits.CreditActivity> CreditActivities => Set<Credits.CreditActivity>();

    /// <summary>The credits each person earned for each session.</summary>
    public DbSet<Credits.CreditAward> CreditAwards => Set<Credits.CreditAward>();

    /// <summary>What partners accept time credits for.</summary>
    public DbSet<Credits.CreditOffer> CreditOffers => Set<Credits.CreditOffer>();

    /// <summary>The credits each partner accepted.</summary>
    public DbSet<Credits.CreditRedemption> CreditRedemptions => Set<Credits.CreditRedemption>();

    /// <summary>Members' codes in each time-credit network.</summary>
    public DbSet<Credits.MemberCard> MemberCards => Set<Credits.MemberCard>();

    /// <summary>Batches of printed credit notes.</summary>
    public DbSet<Credits.CreditNoteBatch> CreditNoteBatches => Set<Credits.CreditNoteBatch>();

    /// <summary>Printed credit notes.</summary>
    public DbSet<Credits.CreditNote> CreditNotes => Set<Credits.CreditNote>();

    /// <summary>The vehicles each transport service may use when the council has them spare.</summary>
    public DbSet<Transport.Vehicle> TransportVehicles => Set<Transport.Vehicle>();

    /// <summary>Each volunteer driver's licence, MiDAS, PATS and DBS dates, per service.</summary>
    public DbSet<Transport.DriverChecks> TransportDriverChecks => Set<Transport.DriverChecks>();

    /// <summary>Each volunteer driver's usual week.</summary>
    public DbSet<Transport.DriverAvailability> TransportDriverAvailability => Set<Transport.DriverAvailability>();

    /// <summary>Drivers' dates off.</summary>
    public DbSet<Transport.DriverDayOff> TransportDriverDaysOff => Set<Transport.DriverDayOff>();

    /// <summary>Each transport service's booking rules.</summary>
    public DbSet<Transport.BookingRules> TransportBookingRules => Set<Transport.BookingRules>();

    /// <summary>The people each transport service may carry.</summary>
    public DbSet<Transport.Passenger> TransportPassengers => Set<Transport.Passenger>();

    /// <summary>The places each transport service's passengers often go.</summary>
    public DbSet<Transport.TransportPlace> TransportPlaces => Set<Transport.TransportPlace>();

    /// <summary>Trips booked with each transport service.</summary>
    public DbSet<Transport.Booking> TransportBookings => Set<Transport.Booking>();

    /// <summary>Evenings' plans.</summary>
    public DbSet<Transport.Planning.EveningPlan> EveningPlans => Set<Transport.Planning.EveningPlan>();

    /// <summary>The runs of evenings' plans.</summary>
    public DbSet<Transport.Planning.PlannedRun> PlannedRuns => Set<Transport.Planning.PlannedRun>();

    /// <summary>The stops of planned runs.</summary>
    public DbSet<Transport.Planning.RunStop> RunStops => Set<Transport.Planning.RunStop>();

    /// <summary>Trips evenings' plans can't carry.</summary>
    public DbSet<Transport.Planning.UnplannedTrip> UnplannedTrips => Set<Transport.Planning.UnplannedTrip>();

    /// <summary>Keys that let organisations' own systems call the API; only hashes of the secrets.</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Who changed personal data or memberships, and on whose behalf.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Every email and text, sent or waiting, in the person's language.</summary>
    public DbSet<Notifications.OutboxMessage> OutboxMessages => Set<Notifications.OutboxMessage>();

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every app server.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc/>
    /// <inheritdoc/>
    /// <remarks>
    /// Identity builds its tables for the schema version in the app's IdentityOptions; <see cref="CoproduceCoreServices"/>
    /// sets version 3 (with passkeys) everywhere a context is made, design time included.
    /// </remarks>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CoproduceDbContext).Assembly);
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite can't compare or order DateTimeOffset stored as text; UTC ticks as an integer sort and compare exactly.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
