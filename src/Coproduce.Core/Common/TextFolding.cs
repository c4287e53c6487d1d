using System.Globalization;
using System.Text;

namespace Coproduce.Core.Common;

/// <summary>
/// Text folded for searching and sorting: lower case, accents dropped ("SIÂN" finds "Siân"), curly apostrophes
/// straight. Done here in .NET, not in SQL: SQLite's lower() knows only ASCII and PostgreSQL's depends on the
/// database's collation, so folding in the database would search and sort differently on the two.
/// </summary>
public static class TextFolding
{
    /// <summary>Lower case, without accents or line breaks (they separate the parts of a search text).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '\n')
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folded, with curly apostrophes straight and each run of spaces as one, cut to <paramref name="maximumLength"/>.</summary>
    public static string Key(string text, int maximumLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text.Replace('\u2019', '\'').Replace('\u2018', '\''));
        var key = string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return key.Length <= maximumLength ? key : key[..maximumLength];
    }
}
