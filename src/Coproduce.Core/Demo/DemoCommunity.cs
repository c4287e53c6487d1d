using Coproduce.Core.Audit;
using Coproduce.Core.Common;
using Coproduce.Core.Data;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coproduce.Core.Demo;

/// <summary>
/// A believable community for a first start: a Blaengarw-style timebank, a time-credit network with a venue, an
/// evening transport service, a peer support group and a practitioners' network that runs a roadshow. Every row is
/// marked as demo data. Seeded only into an empty database.
/// </summary>
public sealed class DemoCommunity
{
    /// <summary>The password of every demo sign-in; shown on the home page in development only.</summary>
    public const string Password = "blaengarw-demo-2026";

    private const string Domain = "coproduce.test";

    /// <summary>One sign-in per role, for the home page in development and for tests.</summary>
    public static IReadOnlyList<DemoSignIn> SignIns { get; } =
    [
        new(OrganisationRole.Member, "Megan Price", $"megan@{Domain}"),
        new(OrganisationRole.Coordinator, "Siân Jones", $"sian@{Domain}"),
        new(OrganisationRole.OrganisationAdmin, "Gareth Evans", $"gareth@{Domain}"),
        new(OrganisationRole.Driver, "Rhys Hughes", $"rhys@{Domain}"),
        new(OrganisationRole.GroupFacilitator, "Mair Williams", $"mair@{Domain}"),
        new(OrganisationRole.Commissioner, "Helen Morgan", $"helen@{Domain}"),
        new(null, "Alex Powell", $"admin@{Domain}"),
    ];

    private readonly IDbContextFactory<CoproduceDbContext> contexts;
    private readonly LedgerService ledger;
    private readonly ExchangeService exchanges;
    private readonly PostService posts;
    private readonly CommunityPotService pots;
    private readonly MemberPreferencesService preferences;
    private readonly MemberSkillService skills;
    private readonly DemoCredits credits;
    private readonly DemoTransport transport;
    private readonly TimeProvider clock;

    /// <summary>Creates the seeder.</summary>
    public DemoCommunity(IDbContextFactory<CoproduceDbContext> contexts, LedgerService ledger, ExchangeService exchanges,
        PostService posts, CommunityPotService pots, MemberPreferencesService preferences, MemberSkillService skills, DemoCredits credits,
        DemoTransport transport, TimeProvider clock)
    {
        this.contexts = contexts;
        this.ledger = ledger;
        this.exchanges = exchanges;
        this.posts = posts;
        this.pots = pots;
        this.preferences = preferences;
        this.skills = skills;
        this.credits = credits;
        this.transport = transport;
        this.clock = clock;
    }

    /// <summary>Seeds the demo when there are no people and no organisations yet. Returns whether it seeded.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.People.AnyAsync(cancellationToken) || await db.Organisations.AnyAsync(cancellationToken))
        {
            return false;
        }

        var seed = new Seed(db, clock.GetUtcNow());
        seed.Build();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await AnotherServerSeededAsync(cancellationToken))
            {
                return false;
            }

            throw;
        }

        await PostExchangesAsync(seed, cancellationToken);
        await credits.SeedAsync(new DemoCreditsCast(seed.Network.Id, seed.Venue.Id, seed.Admin.Id, seed.Sian.Id,
            [seed.Megan.Id, seed.Glyn.Id, seed.Dilys.Id, seed.Huw.Id]), cancellationToken);
        await transport.SeedAsync(new DemoTransportCast(seed.Transport.Id, seed.Sian.Id, [seed.Rhys.Id, .. seed.OfflineDrivers.Select(d => d.Id)],
            [.. seed.Passengers.Select(p => p.Id)], seed.Owen.Id), cancellationToken);
        return true;
    }

    // Two app servers starting on one empty database both try; the unique names in an area (and logins) let one win.
    private async Task<bool> AnotherServerSeededAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organisations.AnyAsync(cancellationToken);
    }

    private async Task PostExchangesAsync(Seed seed, CancellationToken cancellationToken)
    {
        // Welcome hours come from an account that issues them, not the community pot: the pot holds only what members give.
        var welcome = (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.System, "Garw Valley Timebank welcome hours",
            MinimumBalanceMinutes: null, HeldAtOrganisationId: seed.Timebank.Id), cancellationToken)).Value!;
        var accounts = new Dictionary<Person, LedgerAccount>();
        foreach (var member in new[] { seed.Megan, seed.Edna, seed.Glyn, seed.Dilys, seed.Huw })
        {
            accounts[member] = (await ledger.OpenAccountAsync(new OpenAccountRequest(AccountOwnerKind.Member,
                member.Profile.Name, member.Id, MinimumBalanceMinutes: -TimebankSettings.Default(seed.Timebank.Id).CreditLimitHours * 60L,
                HeldAtOrganisationId: seed.Timebank.Id), cancellationToken)).Value!;
        }

        var now = clock.GetUtcNow();
        async Task Post(string key, LedgerAccount from, LedgerAccount to, int minutes, TransferKind kind, string what, Person? onBehalfOf, int daysAgo)
        {
            var result = await ledger.PostAsync(new TransferRequest
            {
                FromAccountId = from.Id,
                ToAccountId = to.Id,
                Amount = Hours.FromMinutes(minutes),
                Kind = kind,
                Description = what,
                IdempotencyKey = "demo-" + key,
                RecordedById = seed.Sian.Id,
                OnBehalfOfId = onBehalfOf?.Id,
                OccurredAt = now.AddDays(-daysAgo),
            }, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo transfer '{key}' was refused: {string.Join("; ", result.Errors)}");
            }
        }

        foreach (var (member, account) in accounts)
        {
            await Post("welcome-" + member.Profile.Name, welcome, account, 120, TransferKind.Grant, "Welcome hours", member, 30);
        }

        // Exchanges as the timebank records them: Siân entered these from the phone and paper slips, so each was
        // confirmed as she saved it; the one helped pays the helper.
        await Exchange(seed, seed.Sian, seed.Megan, seed.Edna, "1:30", "Megan gave Edna a lift to the surgery in Pontycymer and back", 12, cancellationToken);
        await Exchange(seed, seed.Sian, seed.Glyn, seed.Megan, "3", "Glyn cut Megan's hedge and cleared the back garden", 8, cancellationToken);
        await Exchange(seed, seed.Sian, seed.Glyn, seed.Dilys, "1", "Glyn set up video calls on Dilys's new phone", 3, cancellationToken);
        // Megan recorded this herself: it waits for Dilys, who is not online, so a coordinator confirms it for her.
        await Exchange(seed, seed.Megan, seed.Megan, seed.Dilys, "1", "Megan read Dilys's post with her and wrote two letters", 2, cancellationToken);

        // Glyn gives an hour to the pot (Siân records it: he isn't online), so a coordinator has hours to grant.
        var gift = await pots.GiveAsync(seed.Sian.Id, seed.Timebank.Id, seed.Glyn.Id, "1", "For anyone who needs a hand", cancellationToken);
        if (!gift.Succeeded)
        {
            throw new InvalidOperationException("The demo's gift to the pot was refused: " + string.Join("; ", gift.Errors));
        }

        // Glyn is happy for people to see his balance (Megan sees it beside his offer), and Megan takes Glyn's word:
        // what he records with her is confirmed at once. Both are on Megan's "Your choices" page.
        if (!(await preferences.ShowBalanceAsync(seed.Glyn.Id, seed.Glyn.Id, seed.Timebank.Id, shows: true, cancellationToken)).Succeeded
            || !(await preferences.TrustAsync(seed.Megan.Id, seed.Megan.Id, seed.Timebank.Id, seed.Glyn.Id, cancellationToken)).Succeeded)
        {
            throw new InvalidOperationException("The demo members' choices were refused.");
        }

        // What members can give and would like, on their skills pages: Megan ticked hers; Siân wrote down the others'
        // from the phone. A request for a lift suggests Megan and Huw; Megan's gardening offer suggests Dilys.
        await Skills(seed, seed.Megan, seed.Megan, offers: ["01", "03"], wants: ["04"], cancellationToken);
        await Skills(seed, seed.Sian, seed.Glyn, offers: ["01", "04", "05"], wants: [], cancellationToken);
        await Skills(seed, seed.Sian, seed.Huw, offers: ["03"], wants: ["06"], cancellationToken);
        await Skills(seed, seed.Sian, seed.Edna, offers: ["02"], wants: ["03", "07"], cancellationToken);
        await Skills(seed, seed.Sian, seed.Dilys, offers: ["0b"], wants: ["01", "05"], cancellationToken);

        // What members offer and ask for: Megan's own, and those Siân posted for members who aren't online.
        await OfferOrAsk(seed, seed.Megan, seed.Megan, PostKind.Offer, "5b1c2a10-0000-4000-8000-000000000001", "Help in your garden",
            "Weeding, mowing and cutting back. I bring my own tools.", "Blaengarw", "Weekday mornings", cancellationToken);
        await OfferOrAsk(seed, seed.Sian, seed.Edna, PostKind.Request, "5b1c2a10-0000-4000-8000-000000000003", "A lift to the chemist in Pontycymer",
            "Every other Thursday, about half an hour.", "Blaengarw", "Thursday afternoons", cancellationToken);
        await OfferOrAsk(seed, seed.Sian, seed.Glyn, PostKind.Offer, "5b1c2a10-0000-4000-8000-000000000005", "Setting up phones and tablets",
            "Video calls, photos and the bus times app.", "Pontycymer", null, cancellationToken);
    }

    // Categories by the end of their seeded id ("01" is Gardening; see SkillCategory.Seeded).
    private async Task Skills(Seed seed, Person recorder, Person member, string[] offers, string[] wants, CancellationToken cancellationToken)
    {
        static Guid[] Ids(string[] ends) => [.. ends.Select(end => new Guid("5b1c2a10-0000-4000-8000-0000000000" + end))];
        var saved = await skills.SetAsync(recorder.Id, member.Id, seed.Timebank.Id, Ids(offers), Ids(wants), cancellationToken);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException($"The demo skills of {member.Profile.Name} were refused: {string.Join("; ", saved.Errors)}");
        }
    }

    private async Task OfferOrAsk(Seed seed, Person recorder, Person author, PostKind kind, string category, string title, string description, string area,
        string? availability, CancellationToken cancellationToken)
    {
        var endsOn = UkTime.Today(clock).AddDays(42).ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture);
        var posted = await posts.CreateAsync(recorder.Id, seed.Timebank.Id,
            new PostDetails(author.Id, kind, new Guid(category), title, description, area, availability, endsOn), cancellationToken);
        if (!posted.Succeeded)
        {
            throw new InvalidOperationException($"The demo post '{title}' was refused: {string.Join("; ", posted.Errors)}");
        }
    }

    private async Task Exchange(Seed seed, Person recorder, Person giver, Person receiver, string hours, string what, int daysAgo,
        CancellationToken cancellationToken)
    {
        var day = UkTime.Today(clock).AddDays(-daysAgo).ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture);
        var recorded = await exchanges.RecordAsync(recorder.Id, seed.Timebank.Id, new ExchangeDetails(giver.Id, receiver.Id, hours, day, what),
            cancellationToken);
        if (!recorded.Succeeded)
        {
            throw new InvalidOperationException($"The demo exchange '{what}' was refused: {string.Join("; ", recorded.Errors)}");
        }
    }

    /// <summary>The rows of the demo, built in memory and saved in one transaction.</summary>
    private sealed class Seed(CoproduceDbContext db, DateTimeOffset now)
    {
        private readonly PasswordHasher<UserAccount> hasher = new();
        private string? passwordHash;

        public Organisation Timebank { get; private set; } = null!;

        public Organisation Network { get; private set; } = null!;

        public Organisation Venue { get; private set; } = null!;

        public Organisation Transport { get; private set; } = null!;

        public Person Rhys { get; private set; } = null!;

        /// <summary>The evening transport's volunteer drivers who don't sign in: the coordinator keeps their checks.</summary>
        public List<Person> OfflineDrivers { get; } = [];

        /// <summary>The evening transport's passengers, who book by phone; Siân registered them.</summary>
        public List<Person> Passengers { get; } = [];

        /// <summary>Someone who asked online to ride with the evening transport and waits for Siân to check it.</summary>
        public Person Owen { get; private set; } = null!;

        public Person Admin { get; private set; } = null!;

        public Person Megan { get; private set; } = null!;

        public Person Sian { get; private set; } = null!;

        public Person Edna { get; private set; } = null!;

        public Person Glyn { get; private set; } = null!;

        public Person Dilys { get; private set; } = null!;

        /// <summary>A second member who signs in (in Welsh), so two members can exchange with each other online.</summary>
        public Person Huw { get; private set; } = null!;

        public void Build()
        {
            Timebank = Organisation(new OrganisationDetails(OrganisationKind.Timebank, "Garw Valley Timebank", "Banc Amser Cwm Garw", "Bridgend",
                $"timebank@{Domain}", "01656 870000", "The Old Library, Oxford Street, Blaengarw, CF32 8AW",
                "Neighbours in Blaengarw, Pontycymer and Pantygog give an hour and receive an hour: lifts, gardening, help with phones, company.",
                "Mae cymdogion ym Mlaengarw, Pontycymer a Phantygog yn rhoi awr ac yn cael awr: lifftiau, garddio, help gyda ffonau, cwmni."));
            var network = Network = Organisation(new OrganisationDetails(OrganisationKind.TimeCreditNetwork, "Bridgend Time Credits",
                "Credydau Amser Pen-y-bont", "Bridgend",
                Description: "Volunteers earn a time credit for each hour they give to a local group, and spend it at partner venues.",
                DescriptionWelsh: "Mae gwirfoddolwyr yn ennill credyd amser am bob awr maen nhw'n ei rhoi i grŵp lleol, ac yn ei wario mewn lleoliadau partner."));
            Venue = Organisation(new OrganisationDetails(OrganisationKind.PartnerVenue, "Garw Leisure Centre", "Canolfan Hamdden Garw", "Bridgend",
                Description: "Accepts time credits for swimming, the gym and classes.",
                DescriptionWelsh: "Yn derbyn credydau amser am nofio, y gampfa a dosbarthiadau."));
            var transport = Transport = Organisation(new OrganisationDetails(OrganisationKind.TransportService, "Vale Evening Rider", "Taith Nos y Dyffryn",
                "Denbighshire",
                Description: "Volunteer drivers take people out in the evening in the council's spare minibuses, Thursday to Saturday.",
                DescriptionWelsh: "Mae gyrwyr gwirfoddol yn mynd â phobl allan gyda'r nos ym mysiau mini sbâr y cyngor, dydd Iau i ddydd Sadwrn."));
            var peerGroup = Organisation(new OrganisationDetails(OrganisationKind.CommunityGroup, "Our Lives, Our Way", "Ein Bywydau, Ein Ffordd",
                "Cardiff",
                Description: "Peer support groups run by and for people over 50.",
                DescriptionWelsh: "Grwpiau cymorth gan gymheiriaid, wedi'u rhedeg gan bobl dros 50 ac ar eu cyfer."));
            var council = Organisation(new OrganisationDetails(OrganisationKind.CommissioningBody, "Bridgend County Borough Council",
                "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "Bridgend",
                Description: "Commissions the timebank and the time-credit network, and reads what they achieve.",
                DescriptionWelsh: "Yn comisiynu'r banc amser a'r rhwydwaith credydau amser, ac yn darllen yr hyn maen nhw'n ei gyflawni."));
            Organisation(new OrganisationDetails(OrganisationKind.PractitionersNetwork, "Wales Co-production Network", "Rhwydwaith Cydgynhyrchu Cymru",
                "Wales",
                Description: "Practitioners sharing what works. Hosts the Cardiff Co-production Roadshow each spring.",
                DescriptionWelsh: "Ymarferwyr yn rhannu'r hyn sy'n gweithio. Yn cynnal Sioe Deithiol Cydgynhyrchu Caerdydd bob gwanwyn."));

            Megan = SignIn(0, "Bryn Terrace, Blaengarw", "Uses a walking stick; prefers a ground-floor meeting room.", Language.English);
            Sian = SignIn(1, null, null, Language.Welsh);
            var gareth = SignIn(2, null, null, Language.English);
            var rhys = Rhys = SignIn(3, null, null, Language.English);
            var mair = SignIn(4, null, "Hearing aid: a hearing loop helps.", Language.Welsh);
            var helen = SignIn(5, null, null, Language.English);
            var admin = Admin = SignIn(6, null, null, Language.English);
            admin.MakeSiteAdmin();

            Role(Megan, Timebank, OrganisationRole.Member, Sian);
            Role(Megan, network, OrganisationRole.Member, Sian);
            Role(Sian, Timebank, OrganisationRole.Coordinator, gareth);
            Role(Sian, network, OrganisationRole.Coordinator, gareth);
            Role(gareth, Timebank, OrganisationRole.OrganisationAdmin, admin);
            Role(gareth, network, OrganisationRole.OrganisationAdmin, admin);
            Role(rhys, transport, OrganisationRole.Driver, admin);
            Role(mair, peerGroup, OrganisationRole.GroupFacilitator, admin);
            Role(helen, council, OrganisationRole.Commissioner, admin);
            db.Commissions.Add(new Commission(council.Id, Timebank.Id, admin.Id, now));
            db.Commissions.Add(new Commission(council.Id, network.Id, admin.Id, now));

            Edna = WithoutLogin("Edna Price", Language.English, "01656 870112", "3 Oxford Street, Blaengarw, CF32 8AW",
                "Large print. Ring the landline and let it ring for a while.");
            Glyn = WithoutLogin("Glyn Thomas", Language.Welsh, "01656 871045", "Heol y Bryn, Pontycymer", null);
            Dilys = WithoutLogin("Dilys Morgan", Language.English, "07700 900318", null, "Uses a wheelchair.");
            foreach (var member in new[] { Edna, Glyn, Dilys })
            {
                Role(member, Timebank, OrganisationRole.Member, Sian);
            }

            // Glyn and Dilys volunteer for time credits too; Edna only trades in the timebank.
            Role(Glyn, network, OrganisationRole.Member, Sian);
            Role(Dilys, network, OrganisationRole.Member, Sian);

            Huw = Person("Huw Jenkins", Language.Welsh, "huw@" + Domain, "07700 900455", "Heol y Glyn, Blaengarw", null, null);
            Login(Huw);
            Role(Huw, Timebank, OrganisationRole.Member, Sian);
            Role(Huw, network, OrganisationRole.Member, Sian);

            // Siân also coordinates the evening transport; four of its five drivers never sign in.
            Role(Sian, transport, OrganisationRole.Coordinator, admin);
            foreach (var (name, phone) in new[] { ("Aled Roberts", "01745 812001"), ("Nerys Lloyd", "01745 812002"), ("Gwilym Jones", "01745 812003"),
                ("Sandra Evans", "01745 812004") })
            {
                var driver = WithoutLogin(name, Language.English, phone, null, null);
                Role(driver, transport, OrganisationRole.Driver, admin);
                OfflineDrivers.Add(driver);
            }

            foreach (var demo in DemoEvening.Passengers)
            {
                var passenger = WithoutLogin(demo.Name, demo.Language, demo.Phone, demo.Address, null);
                Role(passenger, transport, OrganisationRole.Member, Sian);
                Passengers.Add(passenger);
            }

            // A request waiting for a coordinator, so the coordinator's screen has something to decide.
            var owen = Owen = Person("Owen Davies", Language.English, "owen@" + Domain, null, null, null, null);
            Login(owen);
            var request = new Membership(Guid.CreateVersion7(now), owen.Id, Timebank.Id, OrganisationRole.Member, now.AddDays(-1), owen.Id);
            db.Memberships.Add(request);
            db.AuditEntries.Add(new AuditEntry(now.AddDays(-1), AuditActions.MembershipRequested, owen.Id, null, Timebank.Id, request.Id));

            // An invitation waiting to be accepted, so the invitations page shows one to resend or withdraw. Its
            // link's secret is thrown away: a demo sends no email.
            var invitation = new Invitation(Guid.CreateVersion7(now), Timebank.Id, "bethan@" + Domain, OrganisationRole.Member, Language.Welsh, Sian.Id,
                now.AddDays(-2));
            invitation.Send(now.AddDays(-2));
            db.Invitations.Add(invitation);
            db.AuditEntries.Add(new AuditEntry(now.AddDays(-2), AuditActions.InvitationSent, Sian.Id, null, Timebank.Id, invitation.Id));
        }

        private Organisation Organisation(OrganisationDetails details)
        {
            var organisation = new Organisation(Guid.CreateVersion7(now), details, now, createdById: null, isDemo: true);
            db.Organisations.Add(organisation);
            return organisation;
        }

        private Person SignIn(int index, string? address, string? needs, Language language)
        {
            var demo = SignIns[index];
            var person = Person(demo.Name, language, demo.Email, null, address, needs, null);
            Login(person);
            return person;
        }

        private Person WithoutLogin(string name, Language language, string phone, string? address, string? needs) =>
            Person(name, language, null, phone, address, needs, Sian);

        private Person Person(string name, Language language, string? email, string? phone, string? address, string? needs, Person? recordedBy)
        {
            var consent = new ConsentChoices(email is not null, phone is not null, ShareStoryAsEvidence: true,
                AgreedOn: DateOnly.FromDateTime(now.UtcDateTime).AddDays(-40));
            // The demo's addresses and needs are written in English, whatever each person reads.
            var profile = new PersonProfile(name, language, email, phone, address, needs, consent, Language.English);
            var person = new Person(Guid.CreateVersion7(now), profile, now, recordedBy?.Id, isDemo: true);
            db.People.Add(person);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.PersonCreated, recordedBy?.Id ?? person.Id, person.Id, null, person.Id));
            return person;
        }

        private void Login(Person person)
        {
            var email = person.Profile.Email!;
            var user = new UserAccount
            {
                Id = Guid.CreateVersion7(now),
                PersonId = person.Id,
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            // Hashing is slow on purpose; every demo login shares the one published password, so hash it once.
            user.PasswordHash = passwordHash ??= hasher.HashPassword(user, Password);
            db.Users.Add(user);
        }

        private void Role(Person person, Organisation organisation, OrganisationRole role, Person approvedBy)
        {
            var membership = new Membership(Guid.CreateVersion7(now), person.Id, organisation.Id, role, now, approvedBy.Id);
            membership.Approve(approvedBy.Id, now);
            db.Memberships.Add(membership);
            db.AuditEntries.Add(new AuditEntry(now, AuditActions.MembershipApproved, approvedBy.Id, person.Id, organisation.Id, membership.Id));
        }
    }
}
