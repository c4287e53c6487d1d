using Coproduce.Core.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Coproduce.Web.Identity;

namespace Coproduce.Web.Pages.Account;

/// <summary>The link in the confirmation email lands here.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<UserAccount> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code)
    {
        var token = AccountEmails.Decode(code);
        var user = await users.FindByIdAsync(userId.ToString());
        Confirmed = user is not null && token is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
