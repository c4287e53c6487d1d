using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages;

/// <summary>
/// The page people see when something stops them: a missing page, a form that expired, too many attempts, or a
/// fault. Status code pages re-execute here with the original status, which is kept.
/// </summary>
[IgnoreAntiforgeryToken]
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    /// <summary>The key of the page's title and text in the resources ("NotFound", "TooMany", "BadRequest", "Error").</summary>
    public string Kind { get; private set; } = "Error";

    public void OnGet(int? status) => Kind = status switch
    {
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status429TooManyRequests => "TooMany",
        // A form whose antiforgery token has expired (a page left open overnight) or was tampered with.
        StatusCodes.Status400BadRequest => "BadRequest",
        _ => "Error",
    };

    public void OnPost(int? status) => OnGet(status);
}
