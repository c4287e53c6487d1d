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

    /// <summary>The language of a culture: Welsh for any "cy" culture, otherwise English.</summary>
    public static Language FromCulture(CultureInfo culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "cy" ? Language.Welsh : Language.English;
}
