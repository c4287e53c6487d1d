using Coproduce.Core.Common;
using Coproduce.Core.People;
using Coproduce.Web.Forms;
using Coproduce.Web.Identity;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Coproduce.Web.Pages.Profile;

[EnableRateLimiting(RateLimits.Posting)]
public sealed class EditModel(CurrentPerson current, PeopleService people, UserManager<UserAccount> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>
    /// The address they sign in with. It is shown, not asked for: it is Identity's to change (with a confirmation to
    /// the new address), and their profile's email stays the same as it.
    /// </summary>
    public string? SignInEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        Input = ProfileInput.From(person.Profile);
        SignInEmail = await SignInEmailAsync(person);
        Input.Email = SignInEmail;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await current.GetAsync(cancellationToken) is not { } person)
        {
            return Challenge();
        }

        // Whatever came back for the email, the one they sign in with is kept.
        SignInEmail = await SignInEmailAsync(person);
        Input.Email = SignInEmail;

        // Consent given here is dated today; unchanged choices keep the day they were first given.
        var before = person.Profile.Consent;
        var unchanged = before.ContactByEmail == Input.ContactByEmail && before.ContactByPhone == Input.ContactByPhone
            && before.ShareStoryAsEvidence == Input.ShareStoryAsEvidence;
        var checkedProfile = Input.Check(people, unchanged && before.AgreedOn is { } agreed ? agreed : UkTime.Today(clock));
        var result = checkedProfile.Succeeded
            ? await people.UpdateProfileAsync(person.Id, person.Id, checkedProfile.Value, cancellationToken)
            : Result<Person>.Refused(checkedProfile.Errors);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return Page();
        }

        TempData["Done"] = "Saved";
        return RedirectToPage("/Profile/Index");
    }

    private async Task<string?> SignInEmailAsync(Person person) =>
        (await users.GetUserAsync(User))?.Email ?? person.Profile.Email;
}
