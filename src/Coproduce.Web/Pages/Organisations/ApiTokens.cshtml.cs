using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Organisations;

/// <summary>
/// An organisation admin's tokens for the organisation's own systems (a council CRM, a partner's booking system):
/// make one, copy its secret once, revoke it when the system is retired or the secret leaks.
/// </summary>
[Authorize(Policy = AccessPolicies.AdminOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class ApiTokensModel(PeopleService people, ApiTokenService tokens, CurrentPerson current) : PageModel
{
    [BindProperty]
    public TokenInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = null!;

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The secret of the token just made: shown on this response only, never stored.</summary>
    public NewApiToken? Created { get; private set; }

    [TempData]
    public string? Revoked { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await LoadAsync(organisationId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        var result = await tokens.CreateAsync(current.Id!.Value, organisationId, Input.Name ?? string.Empty, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }

        // Rendered straight away rather than redirected: the secret must not travel in a cookie or an address.
        Created = result.Value;
        Input = new TokenInput();
        ModelState.Clear();
        Tokens = await tokens.ListAsync(organisationId, cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid organisationId, Guid tokenId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, cancellationToken))
        {
            return NotFound();
        }

        // Only a token of this organisation can be revoked from its page.
        var token = Tokens.FirstOrDefault(t => t.Id == tokenId);
        var result = token is null ? null : await tokens.RevokeAsync(current.Id!.Value, tokenId, cancellationToken);
        if (result is null || !result.Succeeded)
        {
            ModelState.AddFieldErrors(result?.Errors ?? [new Core.Common.FieldError(string.Empty, "ApiTokens.UnknownToken")]);
            return Page();
        }

        Revoked = token!.Name;
        return RedirectToPage(new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        Organisation = (await people.FindOrganisationAsync(organisationId, cancellationToken))!;
        if (Organisation is null)
        {
            return false;
        }

        Tokens = await tokens.ListAsync(organisationId, cancellationToken: cancellationToken);
        return true;
    }

    public sealed class TokenInput
    {
        public string? Name { get; set; }
    }
}
