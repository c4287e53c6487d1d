using Coproduce.Core.Common;

namespace Coproduce.Core.People;

/// <summary>
/// The folded copies of a person's details that lists sort and search on. Folding (lower case, accents dropped, so
/// "SIÂN" finds "Siân") happens here in .NET, not in SQL: SQLite's lower() knows only ASCII and PostgreSQL's depends on
/// the database's collation, so folding in the database would search and sort differently on the two.
/// </summary>
internal static class PersonSearch
{
    /// <summary>The longest sort key: a folded name is never longer than twice the name.</summary>
    public const int MaximumSortNameLength = PeopleRules.MaximumNameLength * 2;

    /// <summary>The longest search text: the folded name, email, phone digits and address, with separators.</summary>
    public const int MaximumSearchTextLength = 1000;

    // Between the parts, so a search can't match across the end of one and the start of the next.
    private const char Separator = '\n';

    /// <summary>The folded name with each run of spaces as one, so "EDNA  price" sorts, and matches, as "edna price".</summary>
    public static string SortName(PersonProfile profile) =>
        Truncate(string.Join(' ', Fold(profile.Name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MaximumSortNameLength);

    /// <summary>Name, email, phone (digits only) and address (no spaces, so "CF32 8AW" and "cf328aw" both find it).</summary>
    public static string SearchText(PersonProfile profile) => Truncate(string.Join(Separator,
        Fold(profile.Name),
        Fold(profile.Email ?? string.Empty),
        Digits(profile.Phone ?? string.Empty),
        Compact(Fold(profile.Address ?? string.Empty))), MaximumSearchTextLength);

    /// <summary>
    /// What to look for in <see cref="SearchText"/> for a search as typed: the folded words, the same without spaces
    /// (a postcode typed either way), and the digits alone when it looks like a phone number. None for a blank search.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? search)
    {
        var folded = Fold(search?.Trim() ?? string.Empty);
        if (folded.Length == 0)
        {
            return [];
        }

        var terms = new List<string> { folded };
        var compact = Compact(folded);
        if (compact.Length > 0 && compact != folded)
        {
            terms.Add(compact);
        }

        var digits = Digits(folded);
        if (digits.Length >= 3 && folded.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-') && digits != folded)
        {
            terms.Add(digits);
        }

        return terms;
    }

    public static string Fold(string text) => TextFolding.Fold(text);

    /// <summary>A phone number's digits, with a UK "+44" read as the leading 0, so "+44 1656 870112" is "01656870112".</summary>
    public static string PhoneDigits(string? phone)
    {
        var digits = Digits(phone ?? string.Empty);
        return phone?.TrimStart().StartsWith('+') == true && digits.StartsWith("44", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private static string Compact(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
