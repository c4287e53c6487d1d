using Coproduce.Core.Notifications;
using Coproduce.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages.Admin;

/// <summary>Every email and text the service has written, newest first: where admins read them when no mail server is set up.</summary>
[Authorize(Policy = AccessPolicies.SiteAdmin)]
public sealed class OutboxModel(Outbox outbox) : PageModel
{
    private const int PageSize = 25;

    public OutboxPage Messages { get; private set; } = null!;

    public async Task OnGetAsync(int pageNumber = 1, CancellationToken cancellationToken = default) =>
        Messages = await outbox.ReadPageAsync(Math.Max(1, pageNumber), PageSize, cancellationToken: cancellationToken);
}
