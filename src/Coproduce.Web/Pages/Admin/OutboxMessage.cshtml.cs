using Coproduce.Core.Notifications;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin;

[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class OutboxMessageModel(Outbox outbox) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await outbox.FindAsync(id, cancellationToken) is not { } message)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }
}
