using System.Globalization;
using System.Text;
using Coproduce.Core.Ledger;
using Coproduce.Core.People;
using Coproduce.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Pages.Ledger;

/// <summary>
/// An account's statement: each transfer with the other party, what it was for and the balance after it, a page at a
/// time, newest page first, with a print layout and the whole statement as CSV. A member sees their own; a coordinator
/// sees those of the members they look after.
/// </summary>
public sealed class StatementModel(CurrentPerson current, LedgerService ledger, PeopleService people, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public const int PageSize = 50;

    public Statement Statement { get; private set; } = null!;

    /// <summary>Whether the account is the signed-in person's own.</summary>
    public bool IsOwn { get; private set; }

    // "page" is also Razor Pages' own route value (the page's path), so the query's page number is bound by name.
    public async Task<IActionResult> OnGetAsync(Guid accountId, [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        if (await ReadableAccountAsync(accountId, cancellationToken) is not { } access)
        {
            return NotFound();
        }

        if (!access.Allowed)
        {
            return Forbid();
        }

        IsOwn = access.Own;
        int? pageNumber = null;
        if (page is not null)
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < 1)
            {
                return NotFound();
            }

            pageNumber = parsed;
        }

        var (from, to) = WholeHistory();
        var statement = await ledger.GetStatementAsync(accountId, from, to, pageNumber ?? 1, PageSize, cancellationToken);
        // Without a page asked for, the newest page: that is what a member looks for.
        if (statement.Succeeded && pageNumber is null && statement.Value.PageCount > 1)
        {
            statement = await ledger.GetStatementAsync(accountId, from, to, statement.Value.PageCount, PageSize, cancellationToken);
        }

        if (!statement.Succeeded)
        {
            return NotFound();
        }

        Statement = statement.Value;
        return Page();
    }

    /// <summary>The whole statement as CSV, read a ledger page at a time so a long history never sits in memory at once.</summary>
    public async Task<IActionResult> OnGetCsvAsync(Guid accountId, CancellationToken cancellationToken)
    {
        if (await ReadableAccountAsync(accountId, cancellationToken) is not { } access)
        {
            return NotFound();
        }

        if (!access.Allowed)
        {
            return Forbid();
        }

        var (from, to) = WholeHistory();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"statement-{accountId:N}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync(StatementCsv.Line([text["Statement.Number"], text["Statement.Date"], text["Statement.What"],
            text["Statement.OtherParty"], text["Statement.In"], text["Statement.Out"], text["Statement.BalanceAfter"]]));
        for (var pageNumber = 1; ; pageNumber++)
        {
            var statement = await ledger.GetStatementAsync(accountId, from, to, pageNumber, LedgerService.MaximumPageSize, cancellationToken);
            if (!statement.Succeeded)
            {
                break;
            }

            foreach (var line in statement.Value.Lines)
            {
                await writer.WriteLineAsync(StatementCsv.Line([
                    line.Transfer.Number.ToString(CultureInfo.InvariantCulture),
                    Core.Common.UkTime.ToUk(line.Transfer.OccurredAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    line.Transfer.Description,
                    line.CounterpartyName,
                    line.ChangeMinutes > 0 ? StatementCsv.Clock(line.ChangeMinutes) : string.Empty,
                    line.ChangeMinutes < 0 ? StatementCsv.Clock(-line.ChangeMinutes) : string.Empty,
                    StatementCsv.Clock(line.BalanceAfter.Minutes),
                ]));
            }

            if (pageNumber >= statement.Value.PageCount)
            {
                break;
            }
        }

        return new EmptyResult();
    }

    /// <summary>
    /// The address of another page of this statement. Built by hand: asked for a "page" route value, link generation
    /// would take it as the Razor page to link to.
    /// </summary>
    public string PageLink(int pageNumber) =>
        Url.Page("/Ledger/Statement", new { accountId = Statement.Account.Id }) + "?page=" + pageNumber.ToString(CultureInfo.InvariantCulture);

    private (DateTimeOffset From, DateTimeOffset To) WholeHistory() => (DateTimeOffset.UnixEpoch, clock.GetUtcNow().AddDays(1));

    /// <summary>
    /// An organisation's account (a pot, a network's issuing account, a partner's bank or takings): read by the
    /// coordinators of the organisation it is held at, of the organisation that owns it (a partner sees its own), and
    /// site admins.
    /// </summary>
    private async Task<bool> MayReadOrganisationAccountAsync(LedgerAccount account, CancellationToken cancellationToken) =>
        (account.HeldAtOrganisationId is { } heldAt && await current.HasRoleAsync(heldAt, OrganisationRoles.Coordinating, cancellationToken))
        || (account.OwnerKind == AccountOwnerKind.Organisation && account.OwnerId is { } organisation
            && await current.HasRoleAsync(organisation, OrganisationRoles.Coordinating, cancellationToken))
        || await current.IsSiteAdminAsync(cancellationToken);

    /// <summary>Null when there is no such account; otherwise whether this person may read it, and whether it is theirs.</summary>
    private async Task<(bool Allowed, bool Own)?> ReadableAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await ledger.FindAccountAsync(accountId, cancellationToken);
        if (account is null || current.Id is not { } me)
        {
            return null;
        }

        if (account.OwnerKind != AccountOwnerKind.Member || account.OwnerId is not { } owner)
        {
            return (await MayReadOrganisationAccountAsync(account, cancellationToken), false);
        }

        return owner == me ? (true, true) : (await people.CanLookAfterAsync(me, owner, cancellationToken), false);
    }
}
