using System.Globalization;
using Coproduce.Core.People;
using Coproduce.Core.Timebank;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Timebank;

/// <summary>A timebank's admin sets its rules: how exchanges are confirmed, how far members may owe, and a cap.</summary>
[Authorize(Policy = AccessPolicies.AdminOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class SettingsModel(PeopleService people, ExchangeService exchanges, TimebankSettingsService settings, CurrentPerson current) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public TimebankContext Timebank { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return NotFound();
        }

        Timebank = timebank;
        var rules = await exchanges.SettingsOfAsync(organisationId, cancellationToken);
        Input = new SettingsInput
        {
            Confirmation = rules.Confirmation.ToString(),
            AcceptAfterDays = rules.AcceptAfterDays.ToString(CultureInfo.InvariantCulture),
            CreditLimitHours = rules.CreditLimitHours.ToString(CultureInfo.InvariantCulture),
            BalanceCapHours = rules.BalanceCapHours?.ToString(CultureInfo.InvariantCulture),
            LimitGrowsEveryHours = rules.LimitGrowsEveryHours?.ToString(CultureInfo.InvariantCulture),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TimebankContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } timebank)
        {
            return NotFound();
        }

        Timebank = timebank;
        var changed = await settings.ChangeAsync(timebank.Me, organisationId,
            new TimebankSettingsDetails(Input.Confirmation, Input.AcceptAfterDays, Input.CreditLimitHours, Input.BalanceCapHours, Input.LimitGrowsEveryHours), cancellationToken);
        if (!changed.Succeeded)
        {
            ModelState.AddFieldErrors(changed.Errors);
            return Page();
        }

        Saved = true;
        return RedirectToPage(new { organisationId });
    }

    public sealed class SettingsInput
    {
        public string? Confirmation { get; set; }

        public string? AcceptAfterDays { get; set; }

        public string? CreditLimitHours { get; set; }

        public string? BalanceCapHours { get; set; }

        public string? LimitGrowsEveryHours { get; set; }
    }
}
