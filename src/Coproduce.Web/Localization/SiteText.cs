using System.Globalization;
using Coproduce.Core.Common;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Localization;

/// <summary>
/// The words of every page, in the request's language. The site's frame (layout, forms, components) keeps its words in
/// <c>Resources/SiteText.resx</c>, and each capability's pages keep theirs beside them
/// (<c>Pages/Ledger/Resources/LedgerText.resx</c>), so a new capability adds files rather than editing a shared one.
/// </summary>
public sealed class SiteText : IStringLocalizer<SharedResource>
{
    /// <summary>Every file of text in the web assembly, so tests can check each has its keys in both languages.</summary>
    public static ResourceCatalogue Catalogue { get; } = new(typeof(SiteText).Assembly, "Text");

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var text = Catalogue.Find(name, CultureInfo.CurrentUICulture);
            // A missing key shows as itself, as ASP.NET's own localizer does; tests keep every key in both languages.
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Catalogue.Keys.Select(key => this[key]);

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/>, for code outside a page (the API's problems).</summary>
    /// <exception cref="InvalidOperationException">No file has the key: a programming error caught by tests.</exception>
    public static string In(CultureInfo culture, string key) =>
        Catalogue.Find(key, culture) ?? throw new InvalidOperationException($"No text for '{key}'.");
}
