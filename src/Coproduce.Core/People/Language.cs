using System.Globalization;

namespace Coproduce.Core.People;

/// <summary>The language a person reads: every page they see and every message sent to them uses it.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English = 0,

    /// <summary>Cymraeg.</summary>
    Welsh = 1,
}

/// <summary>Cultures for <see cref="Language"/>.</summary>
public static class LanguageCultures
{
    /// <summary>British English.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Welsh as written in Wales.</summary>
    public static CultureInfo Welsh { get; } = CultureInfo.GetCultureInfo("cy-GB");

    /// <summary>The culture to format and translate for this language.</summary>
    public static CultureInfo Culture(this Language language) => language == Language.Welsh ? Welsh : English;

    /// <summary>The language of the current request's culture (the page's language on the web).</summary>
    public static Language Current => FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>The language's two-letter code, as forms, the API and the outbox write it: <c>en</c> or <c>cy</c>.</summary>
    public static string Code(this Language language) => language == Language.Welsh ? "cy" : "en";

    /// <summary>The language for a code (<c>en</c> or <c>cy</c>, any case); none for anything else.</summary>
    public static Language? FromCode(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "EN" => Language.English,
        "CY" => Language.Welsh,
        _ => null,
    };

    /// <summary>The language of a culture: Welsh for any "cy" culture, otherwise English.</summary>
    public static Language FromCulture(CultureInfo culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "cy" ? Language.Welsh : Language.English;
}
