using Coproduce.Core.People;
using Coproduce.Core.Transport;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Transport;

/// <summary>One driver's licence and check dates, typed by a coordinator from the documents.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class DriverModel(PeopleService people, DriverService drivers, CurrentPerson current) : PageModel
{
    [BindProperty]
    public ChecksForm Input { get; set; } = new();

    public TransportContext Service { get; private set; } = null!;

    public DriverView Driver { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, personId, cancellationToken))
        {
            return NotFound();
        }

        if (Driver.Checks is { } checks)
        {
            Input = new ChecksForm
            {
                Licence = checks.Licence.ToString(),
                BornOn = DateParts.From(checks.BornOn),
                LicenceHeldSince = DateParts.From(checks.LicenceHeldSince),
                Midas = checks.Midas.ToString(),
                MidasPassedOn = DateParts.From(checks.MidasPassedOn),
                PatsPassedOn = DateParts.From(checks.PatsPassedOn),
                DbsCheckedOn = DateParts.From(checks.DbsCheckedOn),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(organisationId, personId, cancellationToken))
        {
            return NotFound();
        }

        var recorded = await drivers.RecordAsync(Service.Me, organisationId, personId, new DriverChecksInput(Input.Licence, Input.BornOn.Text,
            Input.LicenceHeldSince.Text, Input.Midas, Input.MidasPassedOn.Text, Input.PatsPassedOn.Text, Input.DbsCheckedOn.Text), cancellationToken);
        if (!recorded.Succeeded)
        {
            ModelState.AddFieldErrors(recorded.Errors);
            return Page();
        }

        return RedirectToPage("/Transport/Drivers", new { organisationId });
    }

    private async Task<bool> LoadAsync(Guid organisationId, Guid personId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service
            || await drivers.DriverAsync(organisationId, personId, cancellationToken) is not { } driver)
        {
            return false;
        }

        (Service, Driver) = (service, driver);
        return true;
    }

    public sealed class ChecksForm
    {
        public string? Licence { get; set; }

        public DateParts BornOn { get; set; } = new();

        public DateParts LicenceHeldSince { get; set; } = new();

        public string? Midas { get; set; }

        public DateParts MidasPassedOn { get; set; } = new();

        public DateParts PatsPassedOn { get; set; } = new();

        public DateParts DbsCheckedOn { get; set; } = new();
    }
}
