using System.Globalization;
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

/// <summary>The service's booking rules, which every registration and booking is checked against.</summary>
[Authorize(Policy = AccessPolicies.CoordinatorOfOrganisation)]
[EnableRateLimiting(RateLimits.Posting)]
public sealed class RulesModel(PeopleService people, BookingRulesService bookingRules, CurrentPerson current) : PageModel
{
    [BindProperty]
    public RulesForm Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public TransportContext Service { get; private set; } = null!;

    /// <summary>Whether the rules have ever been set: until then nothing can be booked.</summary>
    public bool IsSet { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        if (await bookingRules.RulesAsync(organisationId, cancellationToken) is { } rules)
        {
            IsSet = true;
            Input = RulesForm.From(rules);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (await TransportContext.LoadAsync(people, current, organisationId, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        var set = await bookingRules.SetAsync(service.Me, organisationId, new BookingRulesInput(Input.MinimumNoticeHours, Input.MaximumDaysAhead,
            Input.AreaName, Input.AreaCentre, Input.AreaRadiusKm, Input.ServiceFrom, Input.ServiceUntil, Input.MinimumAge, Input.BookingPhone),
            cancellationToken);
        if (!set.Succeeded)
        {
            IsSet = await bookingRules.RulesAsync(organisationId, cancellationToken) is not null;
            ModelState.AddFieldErrors(set.Errors);
            return Page();
        }

        Done = "Saved";
        return RedirectToPage(new { organisationId });
    }

    public sealed class RulesForm
    {
        public string? MinimumNoticeHours { get; set; }

        public string? MaximumDaysAhead { get; set; }

        public string? AreaName { get; set; }

        public string? AreaCentre { get; set; }

        public string? AreaRadiusKm { get; set; }

        public string? ServiceFrom { get; set; }

        public string? ServiceUntil { get; set; }

        public string? MinimumAge { get; set; }

        public string? BookingPhone { get; set; }

        public static RulesForm From(BookingRules rules) => new()
        {
            MinimumNoticeHours = rules.MinimumNoticeHours.ToString(CultureInfo.InvariantCulture),
            MaximumDaysAhead = rules.MaximumDaysAhead.ToString(CultureInfo.InvariantCulture),
            AreaName = rules.AreaName,
            AreaCentre = rules.AreaCentre.ToString(),
            AreaRadiusKm = rules.AreaRadiusKm.ToString(CultureInfo.InvariantCulture),
            ServiceFrom = rules.ServiceFrom.ToString("HH:mm", CultureInfo.InvariantCulture),
            ServiceUntil = rules.ServiceUntil.ToString("HH:mm", CultureInfo.InvariantCulture),
            MinimumAge = rules.MinimumAge.ToString(CultureInfo.InvariantCulture),
            BookingPhone = rules.BookingPhone,
        };
    }
}
