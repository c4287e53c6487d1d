namespace Coproduce.Web;

/// <summary>
/// Names the site's text for <c>IStringLocalizer&lt;SharedResource&gt;</c>: every page's words in English and Welsh,
/// which <see cref="Localization.SiteText"/> gathers from each capability's own <c>Resources/*Text.resx</c>.
/// </summary>
public sealed class SharedResource;
