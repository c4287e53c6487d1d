using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Pages;

/// <summary>
/// The page people see for a missing page (404) or a fault (500), in their language. Status code pages re-execute
/// here with the original status, which is kept.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public void OnGet(int? status) => IsNotFound = status == StatusCodes.Status404NotFound;
}
