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
            .WithName("ListMembers")
            .WithSummary("The organisation's active members, one row per role, a page of people at a time (?page=1&pageSize=100, "
                + "at most 100); X-Total-Count holds the number of people and Link the next page")
            .Produces<MemberRole[]>()
            .ProducesValidationProblem();
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

        return TypedResults.Ok(new OrganisationDetails(organisation.Id, organisation.Name, organisation.NameWelsh, organisation.Kind,
            organisation.Area, organisation.Status));
    }

    private static async Task<IResult> ListMembersAsync(HttpContext context, PeopleService people, CancellationToken cancellationToken)
    {
        // Read by hand, so "?page=two" is a 400 that names the field rather than a bare one.
        var errors = new Dictionary<string, string[]>();
        var page = QueryNumber(context, "page", 1, errors);
        var pageSize = QueryNumber(context, "pageSize", PeopleService.MaximumPageSize, errors);
        if (pageSize > PeopleService.MaximumPageSize)
        {
            errors["pageSize"] = [ApiProblems.Message(context, "Api.PageSizeTooLarge")];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(context, errors);
        }

        var listing = await people.MembersPageAsync(context.User.Caller().OrganisationId, search: null, page, pageSize, activeOnly: true,
            cancellationToken);
        context.Response.Headers["X-Total-Count"] = listing.Total.ToString(CultureInfo.InvariantCulture);
        if (page < listing.PageCount)
        {
            context.Response.Headers.Link = string.Create(CultureInfo.InvariantCulture,
                $"<{ApiHosting.ApiRoot}/v1/organisation/members?page={page + 1}&pageSize={pageSize}>; rel=\"next\"");
        }

        // A page past the end is empty, not the last page again, so a system walking the pages knows it has finished.
        MemberRole[] rows = page > listing.PageCount ? [] : [.. listing.Members.SelectMany(m => m.ActiveRoles.Select(r =>
            new MemberRole(m.Person.Id, m.Person.Profile.Name, m.Person.Profile.Language.Code(), m.HasLogin, r.Role)))];
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<MemberRole[]>, ProblemHttpResult>> GetMemberAsync(Guid personId, HttpContext context,
        PeopleService people, CancellationToken cancellationToken)
    {
        var roles = await people.ActiveRolesAsync(context.User.Caller().OrganisationId, personId, cancellationToken);
        return roles.Count == 0
            ? (ProblemHttpResult)ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound")
            : TypedResults.Ok(roles.Select(m => new MemberRole(m.Person.Id, m.Person.Profile.Name, m.Person.Profile.Language.Code(),
                m.HasLogin, m.Membership.Role)).ToArray());
    }

    private static int QueryNumber(HttpContext context, string name, int fallback, Dictionary<string, string[]> errors)
    {
        var text = context.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number;
        }

        errors[name] = [ApiProblems.Message(context, "Api.NotAPageNumber")];
        return fallback;
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
        // A system keeping its records in step has no one to ask "is this the same person?", so the API records as
        // before; the coordinator's page is where a likely duplicate is questioned.
        // The text's language is the one the system asked to be answered in (Accept-Language), English by default.
        var profile = input.ToProfile() with { WrittenIn = LanguageCultures.FromCulture(ApiProblems.Culture(context)) };
        var created = await people.CreateMemberWithoutLoginAsync(caller.ActorId, caller.OrganisationId, profile,
            addLikelyDuplicate: true, cancellationToken);
        if (!created.Succeeded)
        {
            return ApiProblems.Refused(context, created.Errors);
        }

        var member = new MemberRole(created.Value.Id, created.Value.Profile.Name, created.Value.Profile.Language.Code(),
            HasLogin: false, OrganisationRole.Member);
        return TypedResults.Created(
            string.Create(CultureInfo.InvariantCulture, $"{ApiHosting.ApiRoot}/v1/organisation/members/{member.PersonId}"), member);
    }

}

/// <summary>An organisation as the API shows it. A suspended one can be read, but the API records nothing in it (403).</summary>
internal sealed record OrganisationDetails(
    Guid Id,
    string Name,
    string? NameWelsh,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganisationKind>))] OrganisationKind Kind,
    string Area,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganisationStatus>))] OrganisationStatus Status);

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
