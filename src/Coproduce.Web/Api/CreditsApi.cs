using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Coproduce.Core.Common;
using Coproduce.Core.Credits;

namespace Coproduce.Web.Api;

/// <summary>
/// Time credits for partners' systems, on the services the pages use. A network's token awards a session's credits
/// to a member (a volunteering system's register); a venue's token takes a member's credits for an offer, or a
/// printed note, as its till does. The token acts as the admin who made it.
/// </summary>
internal static class CreditsApi
{
    public static RouteGroupBuilder MapCreditsApi(this RouteGroupBuilder api)
    {
        var credits = api.MapGroup("/organisation/credits").WithTags("Time credits");
        credits.MapPost("/awards", AwardAsync)
            .WithName("AwardCredits")
            .WithSummary("Awards a member the credits of one session of the network's activity; once per member per session")
            .AcceptsJsonBody<NewAward>()
            .Produces<AwardRecord>(StatusCodes.Status201Created);
        credits.MapPost("/redemptions", SpendAsync)
            .WithName("SpendCredits")
            .WithSummary("Takes a member's credits, found by their member code, for one of the venue's offers; they move at once")
            .AcceptsJsonBody<NewRedemption>()
            .Produces<RedemptionRecord>(StatusCodes.Status201Created);
        credits.MapPost("/notes", RedeemNoteAsync)
            .WithName("RedeemCreditNote")
            .WithSummary("Takes a printed credit note at the venue, by the token its QR code carries (and its PIN); once only")
            .AcceptsJsonBody<NoteRedemption>()
            .Produces<RedemptionRecord>(StatusCodes.Status201Created);
        return api;
    }

    private static async Task<IResult> AwardAsync(HttpContext context, CreditActivityService activities, CancellationToken cancellationToken)
    {
        var body = await ApiBody.ReadAsync<NewAward>(context, cancellationToken);
        if (!body.IsRead)
        {
            return body.Refusal;
        }

        var caller = context.User.Caller();
        var input = body.Value;
        // Another network's activity is answered as one that isn't there.
        var activity = await activities.FindAsync(caller.OrganisationId, input.ActivityId ?? Guid.Empty, cancellationToken);
        if (activity is null)
        {
            return ApiProblems.Refused(context, [new FieldError("ActivityId", "Credits.UnknownActivity")]);
        }

        var awarded = await activities.AwardAsync(caller.ActorId, activity.Id, new AwardInput(
            input.SessionOn?.ToString("yyyy-M-d", CultureInfo.InvariantCulture), [input.PersonId ?? Guid.Empty],
            input.Credits?.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        if (!awarded.Succeeded)
        {
            return ApiProblems.Refused(context, [.. awarded.Errors.Select(e => e.Field == "People" ? e with { Field = "PersonId" } : e)]);
        }

        return TypedResults.Created((string?)null, new AwardRecord(activity.Id, input.PersonId!.Value, input.SessionOn!.Value, awarded.Value.Credits));
    }

    private static async Task<IResult> SpendAsync(HttpContext context, CreditSpendingService spending, CancellationToken cancellationToken)
    {
        var body = await ApiBody.ReadAsync<NewRedemption>(context, cancellationToken);
        if (!body.IsRead)
        {
            return body.Refusal;
        }

        var caller = context.User.Caller();
        var input = body.Value;
        // Only the venue's own offers: another venue's is answered as one that isn't there.
        if (await spending.FindOfferAsync(input.OfferId ?? Guid.Empty, cancellationToken) is not { } offer || offer.PartnerId != caller.OrganisationId)
        {
            return ApiProblems.Refused(context, [new FieldError("OfferId", "Credits.OfferRequired")]);
        }

        var spent = await spending.SpendAsync(CounterActor.Person(caller.ActorId), offer.Id, new SpendInput(input.MemberCode,
            input.Adults?.ToString(CultureInfo.InvariantCulture), input.Children?.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return spent.Succeeded
            ? TypedResults.Created((string?)null, RedemptionRecord.From(spent.Value))
            : ApiProblems.Refused(context, [.. spent.Errors.Select(e => e.Field switch
            {
                "Offer" => e with { Field = "OfferId" },
                "Member" => e with { Field = "MemberCode" },
                _ => e,
            })]);
    }

    private static async Task<IResult> RedeemNoteAsync(HttpContext context, CreditNoteService notes, CancellationToken cancellationToken)
    {
        var body = await ApiBody.ReadAsync<NoteRedemption>(context, cancellationToken);
        if (!body.IsRead)
        {
            return body.Refusal;
        }

        var caller = context.User.Caller();
        var redeemed = await notes.RedeemAsync(CounterActor.Person(caller.ActorId), caller.OrganisationId, body.Value.Token, body.Value.Pin, cancellationToken);
        return redeemed.Succeeded
            ? TypedResults.Created((string?)null, new RedemptionRecord(null, null, redeemed.Value.Serial, 1, 0, redeemed.Value.Credits))
            : ApiProblems.Refused(context, redeemed.Errors);
    }
}

/// <summary>A session's credits for one member: the activity, the member, the day of the session, and the credits if not the activity's own.</summary>
[ApiRequest]
internal sealed record NewAward(
    [property: Required] Guid? ActivityId,
    [property: Required] Guid? PersonId,
    [property: Required] DateOnly? SessionOn,
    [property: Range(1, CreditActivityService.MaximumCreditsPerSession)] int? Credits);

/// <summary>What an award gave.</summary>
internal sealed record AwardRecord(Guid ActivityId, Guid PersonId, DateOnly SessionOn, int Credits);

/// <summary>A member's spend at the venue: the offer, the member's code, and the party.</summary>
[ApiRequest]
internal sealed record NewRedemption(
    [property: Required] Guid? OfferId,
    [property: Required, MaxLength(20)] string? MemberCode,
    [property: Range(0, CreditSpendingService.MaximumParty)] int? Adults,
    [property: Range(0, CreditSpendingService.MaximumParty)] int? Children);

/// <summary>A printed note handed in: what its QR code carries (or the serial and security code typed), and its PIN if it has one.</summary>
[ApiRequest]
internal sealed record NoteRedemption(
    [property: Required, MaxLength(40)] string? Token,
    [property: MaxLength(4)] string? Pin);

/// <summary>Credits a venue took: for an offer by a member, or a note (its serial).</summary>
internal sealed record RedemptionRecord(Guid? OfferId, Guid? PersonId, string? NoteSerial, int Adults, int Children, int Credits)
{
    public static RedemptionRecord From(CreditRedemption redemption)
    {
        ArgumentNullException.ThrowIfNull(redemption);
        return new RedemptionRecord(redemption.OfferId, redemption.PersonId, null, redemption.Adults, redemption.Children, redemption.Credits);
    }
}
