using Coproduce.Core.People;

namespace Coproduce.Web.Localization;

/// <summary>
/// The <c>lang</c> attribute for words written in one language shown on a page in the other (WCAG 3.1.2): an
/// organisation's English name on a Welsh page, its Welsh name on an English one. None when they agree, so Razor leaves
/// the attribute out.
/// </summary>
internal static class LanguageAttribute
{
    public static string? For(Language written) => written == LanguageCultures.Current ? null : written.Code();
}
