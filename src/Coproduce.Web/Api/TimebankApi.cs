using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using Coproduce.Core.Timebank;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coproduce.Web.Api;

/// <summary>
/// A timebank's exchanges for its partners' systems (a paper-slip scanner, a council's records): recorded, read,
/// confirmed and declined through <see cref="ExchangeService"/>, with the rules and messages the pages have. The token
/// acts as the admin who made it, so an exchange it records between two members is confirmed at once, on their behalf.
/// </summary>
internal static class TimebankApi
{
    public static RouteGroupBuilder MapTimebankApi(this RouteGroupBuilder api)
    {
        var exchanges = api.MapGroup("/organisation/exchanges").WithTags("Timebank");
        exchanges.MapGet("", ListPendingAsync)
            .WithName("ListPendingExchanges").WithSummary("The timebank's exchanges still waiting to be confirmed, oldest first")
            .Produces<ExchangeRecord[]>();
        exchanges.MapGet("/{exchangeId:uuid}", GetAsync)
            .WithName("GetExchange").WithSummary("One exchange of the timebank's")
            .ProducesProblem(StatusCodes.Status404NotFound);
        exchanges.MapPost("", RecordAsync)
            .WithName("RecordExchange")
            .WithSummary("Records an exchange between two members, on their behalf: confirmed at once, the hours moving from the one helped to the one who helped")
            .AcceptsJsonBody<NewExchange>()
            .Produces<ExchangeRecord>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        exchanges.MapPost("/{exchangeId:uuid}/confirm", ConfirmAsync)
            .WithName("ConfirmExchange").WithSummary("Confirms a waiting exchange for the member asked; the hours move")
            .Produces<ExchangeRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        exchanges.MapPost("/{exchangeId:uuid}/decline", DeclineAsync)
            .WithName("DeclineExchange").WithSummary("Declines a waiting exchange, with the reason the recorder is told")
            .AcceptsJsonBody<ExchangeDecline>()
            .Produces<ExchangeRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<ExchangeRecord[]>> ListPendingAsync(HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        var pending = await exchanges.PendingInAsync(context.User.Caller().OrganisationId, cancellationToken);
        return TypedResults.Ok(pending.Select(ExchangeRecord.From).ToArray());
    }

    private static async Task<IResult> GetAsync(Guid exchangeId, HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken) =>
        await FindAsync(exchangeId, context, exchanges, cancellationToken) is { } view
            ? TypedResults.Ok(ExchangeRecord.From(view))
            : ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound");

    private static async Task<IResult> RecordAsync(HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        var body = await ApiBody.ReadAsync<NewExchange>(context, cancellationToken);
        if (!body.IsRead)
        {
            return body.Refusal;
        }

        var input = body.Value;
        var caller = context.User.Caller();
        var details = new ExchangeDetails(input.GiverId ?? Guid.Empty, input.ReceiverId ?? Guid.Empty,
            input.Minutes?.ToString(CultureInfo.InvariantCulture) + "m", input.OccurredOn?.ToString("yyyy-M-d", CultureInfo.InvariantCulture),
            input.Description);
        var recorded = await exchanges.RecordAsync(caller.ActorId, caller.OrganisationId, details, cancellationToken);
        if (!recorded.Succeeded)
        {
            return ApiProblems.Refused(context, [.. recorded.Errors.Select(e => e.Field == nameof(ExchangeDetails.Hours) ? e with { Field = "Minutes" } : e)]);
        }

        var view = (await exchanges.FindAsync(caller.ActorId, recorded.Value.Id, cancellationToken))!;
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"{ApiHosting.ApiRoot}/v1/organisation/exchanges/{view.Exchange.Id}"),
            ExchangeRecord.From(view));
    }

    private static async Task<IResult> ConfirmAsync(Guid exchangeId, HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        if (await FindAsync(exchangeId, context, exchanges, cancellationToken) is null)
        {
            return ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound");
        }

        var confirmed = await exchanges.ConfirmAsync(context.User.Caller().ActorId, exchangeId, cancellationToken);
        return confirmed.Succeeded ? await AnswerAsync(exchangeId, context, exchanges, cancellationToken) : ApiProblems.Refused(context, confirmed.Errors);
    }

    private static async Task<IResult> DeclineAsync(Guid exchangeId, HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        if (await FindAsync(exchangeId, context, exchanges, cancellationToken) is null)
        {
            return ApiProblems.Problem(context, StatusCodes.Status404NotFound, "Api.NotFound");
        }

        var body = await ApiBody.ReadAsync<ExchangeDecline>(context, cancellationToken);
        if (!body.IsRead)
        {
            return body.Refusal;
        }

        var declined = await exchanges.DeclineAsync(context.User.Caller().ActorId, exchangeId, body.Value.Reason, cancellationToken);
        return declined.Succeeded ? await AnswerAsync(exchangeId, context, exchanges, cancellationToken) : ApiProblems.Refused(context, declined.Errors);
    }

    /// <summary>The exchange, if it is this timebank's: another organisation's is a 404, as if it weren't there.</summary>
    private static async Task<ExchangeView?> FindAsync(Guid exchangeId, HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken)
    {
        var caller = context.User.Caller();
        var view = await exchanges.FindAsync(caller.ActorId, exchangeId, cancellationToken);
        return view?.Exchange.OrganisationId == caller.OrganisationId ? view : null;
    }

    private static async Task<IResult> AnswerAsync(Guid exchangeId, HttpContext context, ExchangeService exchanges, CancellationToken cancellationToken) =>
        TypedResults.Ok(ExchangeRecord.From((await FindAsync(exchangeId, context, exchanges, cancellationToken))!));
}

/// <summary>An exchange as the API shows it; <c>minutes</c> is how long, <c>occurredOn</c> the day in the UK.</summary>
internal sealed record ExchangeRecord(
    Guid Id,
    Guid GiverId,
    string GiverName,
    Guid ReceiverId,
    string ReceiverName,
    int Minutes,
    DateOnly OccurredOn,
    string Description,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ExchangeStatus>))] ExchangeStatus Status,
    Guid? AwaitingId,
    bool RecordedOnBehalf,
    string? DeclineReason)
{
    public static ExchangeRecord From(ExchangeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var e = view.Exchange;
        return new ExchangeRecord(e.Id, e.GiverId, view.GiverName, e.ReceiverId, view.ReceiverName, e.Minutes, e.OccurredOn, e.Description, e.Status,
            e.AwaitingId, e.RecordedOnBehalf, e.DeclineReason);
    }
}

/// <summary>An exchange to record: who gave their time, who was helped, how many minutes, the day and what was done.</summary>
[ApiRequest]
internal sealed record NewExchange(
    [property: Required] Guid? GiverId,
    [property: Required] Guid? ReceiverId,
    [property: Required, Range(1, ExchangeService.MaximumMinutes)] int? Minutes,
    [property: Required] DateOnly? OccurredOn,
    [property: Required, MaxLength(ExchangeService.MaximumDescriptionLength)] string? Description);

/// <summary>Why an exchange is declined.</summary>
[ApiRequest]
internal sealed record ExchangeDecline([property: Required, MaxLength(ExchangeService.MaximumDescriptionLength)] string? Reason);
