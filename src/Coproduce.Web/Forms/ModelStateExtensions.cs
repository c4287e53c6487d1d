using System.Globalization;
using Coproduce.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Coproduce.Web.Forms;

/// <summary>Turns Core's refusals into the form errors the GOV.UK components show, in the page's language.</summary>
internal static class ModelStateExtensions
{
    /// <summary>Adds each refusal against its field under <paramref name="prefix"/> (errors about the whole form have no field).</summary>
    public static void AddFieldErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 ? string.Empty : $"{prefix}.{error.Field}";
            state.AddModelError(key, error.Message(CultureInfo.CurrentUICulture));
        }
    }

    /// <summary>Adds Identity's refusals (already in the page's language) against the field they concern.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary state, IdentityResult result, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                "DuplicateEmail" or "InvalidEmail" => "Email",
                "PasswordTooShort" or "PasswordRequiresUniqueChars" or "PasswordMismatch" => "Password",
                _ => string.Empty,
            };
            state.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", error.Description);
        }
    }
}
