using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using Coproduce.Core.People;
using Microsoft.AspNetCore.Http.HttpResults;
using PersonLanguage = Coproduce.Core.People.Language;

namespace Coproduce.Web.Api;

/// <summary>
/// The token's own organisation and its members: what a council's or partner's system needs to keep its records in
/// step with the timebank's. Same services, same rules and same audit as the pages.
/// </summary>
internal static class OrganisationApi
{
    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var organisation = api.MapGroup("/organisation").WithTags("Organisation");
        organisation.MapGet("", GetOrganisationAsync)
            .WithName("GetOrganisation").WithSummary("The organisation the token belongs to")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapGet("/members", ListMembersAsync)
            .WithName("ListMembers").WithSummary("The organisation's active members, one row per role");
        organisation.MapGet("/members/{personId:uuid}", GetMemberAsync)
            .WithName("GetMember").WithSummary("One active member of the organisation, with their roles")
            .ProducesProblem(StatusCodes.Status404NotFound);
        organisation.MapPost("/members", CreateMemberAsync)
            .WithName("CreateMember")
            .WithSummary("Records a member who will not sign in, as done by the token's creator on the member's behalf")
            .AcceptsJsonBody<NewMember>()
            .Produces<MemberRole>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Results<Ok<OrganisationDetails>, ProblemHttpResult>> GetOrganisationAsync(
        HttpContext context, PeopleService people, CancellationToken cancellationToken)
    {
        var organisation = await people.FindOrganisationAsync(context.User.Caller().OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return (ProblemHttpResult)ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound");
        }

        return TypedResults.Ok(new OrganisationDetails(organisation.Id, organisation.Name, organisation.NameWelsh, organisation.Kind));
    }

    private static async Task<Ok<MemberRole[]>> ListMembersAsync(HttpContext context, PeopleService people,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await ActiveMembersAsync(people, context.User.Caller().OrganisationId, personId: null, cancellationToken));

    private static async Task<Results<Ok<MemberRole[]>, ProblemHttpResult>> GetMemberAsync(Guid personId, HttpContext context,
        PeopleService people, CancellationToken cancellationToken)
    {
        var roles = await ActiveMembersAsync(people, context.User.Caller().OrganisationId, personId, cancellationToken);
        return roles.Length == 0
            ? (ProblemHttpResult)ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound")
            : TypedResults.Ok(roles);
    }

    private static async Task<IResult> CreateMemberAsync(HttpContext context, PeopleService people, CancellationToken cancellationToken)
    {
        var body = await ApiBody.ReadAsync<NewMember>(context, cancellationToken);
        if (!body.IsRead)
        {
            return body.Refusal;
        }

        var input = body.Value;
        var caller = context.User.Caller();
        var created = await people.CreateMemberWithoutLoginAsync(caller.ActorId, caller.OrganisationId, input.ToProfile(), cancellationToken);
        if (!created.Succeeded)
        {
            return ApiProblems.Refused(context, created.Errors);
        }

        var member = new MemberRole(created.Value.Id, created.Value.Profile.Name, created.Value.Profile.Language.Code(),
            HasLogin: false, OrganisationRole.Member);
        return TypedResults.Created(
            string.Create(CultureInfo.InvariantCulture, $"{ApiHosting.ApiRoot}/v1/organisation/members/{member.PersonId}"), member);
    }

    private static async Task<MemberRole[]> ActiveMembersAsync(PeopleService people, Guid organisationId, Guid? personId,
        CancellationToken cancellationToken)
    {
        var members = await people.MembersOfAsync(organisationId, cancellationToken);
        return [.. members
            .Where(m => m.Membership.Status == MembershipStatus.Active && (personId is null || m.Person.Id == personId))
            .Select(m => new MemberRole(m.Person.Id, m.Person.Profile.Name, m.Person.Profile.Language.Code(), m.HasLogin,
                m.Membership.Role))];
    }
}

/// <summary>An organisation as the API shows it.</summary>
internal sealed record OrganisationDetails(
    Guid Id,
    string Name,
    string? NameWelsh,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))] OrganisationKind Kind);

/// <summary>One active role of a member: a person with two roles appears twice.</summary>
internal sealed record MemberRole(
    Guid PersonId,
    string Name,
    string PreferredLanguage,
    bool HasLogin,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganisationRole>))] OrganisationRole Role);

/// <summary>A member who will not sign in. <c>language</c> is <c>en</c> or <c>cy</c>.</summary>
[ApiRequest]
internal sealed record NewMember(
    [property: Required, MaxLength(PeopleRules.MaximumNameLength)] string? Name,
    [property: Required, AllowedValues("en", "cy")] string? Language,
    [property: MaxLength(PeopleRules.MaximumEmailLength)] string? Email,
    [property: MaxLength(PeopleRules.MaximumPhoneLength)] string? Phone,
    [property: MaxLength(PeopleRules.MaximumAddressLength)] string? Address,
    [property: MaxLength(PeopleRules.MaximumNeedsLength)] string? AccessibilityNeeds,
    NewMemberConsent? Consent)
{
    // ApiBody has checked the language is exactly en or cy.
    public PersonProfile ToProfile() => new(
        Name ?? string.Empty,
        LanguageCultures.FromCode(Language) ?? (PersonLanguage)(-1),
        Email,
        Phone,
        Address,
        AccessibilityNeeds,
        Consent is null
            ? ConsentChoices.None
            : new ConsentChoices(Consent.ContactByEmail, Consent.ContactByPhone, Consent.ShareStoryAsEvidence, Consent.AgreedOn));
}

/// <summary>What the member has agreed to (each is off unless given); <c>agreedOn</c> is the date on their form.</summary>
[ApiRequest]
internal sealed record NewMemberConsent(bool ContactByEmail, bool ContactByPhone, bool ShareStoryAsEvidence, DateOnly? AgreedOn);
