using Coproduce.Core.Common;

namespace Coproduce.Core.People;

/// <summary>
/// The folded copies of an organisation's names and area that the "name taken" rule compares and the admin's list
/// searches, folded in .NET as <see cref="PersonSearch"/> folds people's, so SQLite and PostgreSQL give one answer.
/// </summary>
internal static class OrganisationSearch
{
    /// <summary>The longest folded name: never longer than twice the name.</summary>
    public const int MaximumNameKeyLength = OrganisationRules.MaximumNameLength * 2;

    /// <summary>The longest folded area.</summary>
    public const int MaximumAreaKeyLength = OrganisationRules.MaximumAreaLength * 2;

    /// <summary>The longest search text: both folded names and the folded area, with separators.</summary>
    public const int MaximumSearchTextLength = MaximumNameKeyLength * 2 + MaximumAreaKeyLength + 2;

    // Between the parts, so a search can't match across the end of one and the start of the next.
    private const char Separator = '\n';

    /// <summary>
    /// A name or an area as the rule compares it: lower case, no accents, each run of spaces as one, and curly
    /// apostrophes as straight ones, so "Banc Amser Cwm Garw", "BANC  AMSER CWM GARW" and "Banc Âmser Cwm Garw" are one.
    /// </summary>
    public static string Key(string text, int maximumLength) => TextFolding.Key(text, maximumLength);

    /// <summary>The folded English and Welsh names, once each (many organisations use one name in both languages).</summary>
    public static IReadOnlyList<string> NameKeys(string name, string? nameWelsh)
    {
        var english = Key(name, MaximumNameKeyLength);
        var welsh = nameWelsh is null ? null : Key(nameWelsh, MaximumNameKeyLength);
        return welsh is null || welsh == english ? [english] : [english, welsh];
    }

    /// <summary>The folded area.</summary>
    public static string AreaKey(string area) => Key(area, MaximumAreaKeyLength);

    /// <summary>What the admin's search looks in: both names and the area, folded.</summary>
    public static string SearchText(string name, string? nameWelsh, string area) =>
        string.Join(Separator, Key(name, MaximumNameKeyLength), Key(nameWelsh ?? string.Empty, MaximumNameKeyLength), AreaKey(area));

    /// <summary>A search as typed, folded the same way; none for a blank search.</summary>
    public static string? Term(string? search)
    {
        var term = Key(search ?? string.Empty, MaximumSearchTextLength);
        return term.Length == 0 ? null : term;
    }
}
