using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Coproduce.Web.Forms;

/// <summary>
/// The GOV.UK character count: a textarea that says how much room is left as the person types.
/// <c>&lt;govuk-character-count asp-for="Input.Story" label="Your story" maxlength="500" /&gt;</c>. Without JavaScript
/// the message under it says the limit ("You can enter up to 500 characters"), so the limit must still be checked on
/// the server.
/// </summary>
[HtmlTargetElement("govuk-character-count", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCharacterCountTagHelper(IStringLocalizer<SharedResource> text) : GovukFieldTagHelper(text)
{
    /// <summary>govuk-frontend's script names for the live messages, and the resource keys they are read from.</summary>
    private static readonly (string Attribute, string Key)[] LiveMessages =
    [
        ("characters-under-limit.one", "CharactersUnderLimitOne"),
        ("characters-under-limit.other", "CharactersUnderLimitOther"),
        ("characters-at-limit", "CharactersAtLimit"),
        ("characters-over-limit.one", "CharactersOverLimitOne"),
        ("characters-over-limit.other", "CharactersOverLimitOther"),
        ("words-under-limit.one", "WordsUnderLimitOne"),
        ("words-under-limit.other", "WordsUnderLimitOther"),
        ("words-at-limit", "WordsAtLimit"),
        ("words-over-limit.one", "WordsOverLimitOne"),
        ("words-over-limit.other", "WordsOverLimitOther"),
    ];

    public int? Maxlength { get; set; }

    public int? Maxwords { get; set; }

    /// <summary>Percentage of the limit to reach before the count shows.</summary>
    public int? Threshold { get; set; }

    /// <summary>"characters", "length" or "words"; words when only <see cref="Maxwords"/> is set.</summary>
    public string? CountType { get; set; }

    public int Rows { get; set; } = 5;

    /// <summary>Unset leaves it to the browser.</summary>
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = State;
        var countType = CountType ?? (Maxwords is null ? null : "words");
        var limit = Maxwords ?? Maxlength;
        var infoId = field.Id + "-info";
        var describedBy = DescribedByHtml(field);
        describedBy = describedBy.Length == 0 ? $" aria-describedby=\"{infoId}\"" : describedBy.Replace("aria-describedby=\"", $"aria-describedby=\"{infoId} ", StringComparison.Ordinal);
        var message = limit is null
            ? string.Empty
            : string.Format(CultureInfo.CurrentCulture, Text[countType == "words" ? "Component.CharacterCount.WordsLimit" : "Component.CharacterCount.CharactersLimit"], limit);

        var html = new StringBuilder();
        html.Append("<div class=\"").Append(FormGroupClasses(field)).Append(" govuk-character-count\" data-module=\"govuk-character-count\"")
            .Append(Data("maxlength", Maxlength)).Append(Data("maxwords", Maxwords)).Append(Data("threshold", Threshold))
            .Append(countType is null ? string.Empty : $" data-count-type=\"{FieldState.Encode(countType)}\"")
            .Append(LiveMessageAttributes()).Append('>')
            .Append(LabelHtml(field)).Append(field.HintHtml(Hint)).Append(field.ErrorHtml(ErrorPrefix))
            .Append("<textarea class=\"govuk-textarea").Append(field.Error is null ? string.Empty : " govuk-textarea--error")
            .Append(" govuk-js-character-count\" id=\"").Append(field.Id).Append("\" name=\"").Append(field.Name)
            .Append("\" rows=\"").Append(Rows.ToString(CultureInfo.InvariantCulture)).Append('"').Append(SpellcheckAttribute(Spellcheck)).Append(describedBy).Append('>')
            .Append(FieldState.Encode(field.Value)).Append("</textarea>")
            .Append("<div id=\"").Append(infoId).Append("\" class=\"govuk-hint govuk-character-count__message\">").Append(FieldState.Encode(message)).Append("</div></div>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Data(string name, int? value) =>
        value is null ? string.Empty : $" data-{name}=\"{value.Value.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// govuk-frontend's script already counts down in English; in any other language the page gives it the words.
    /// </summary>
    private string LiveMessageAttributes()
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en")
        {
            return string.Empty;
        }

        var attributes = new StringBuilder();
        foreach (var (attribute, key) in LiveMessages)
        {
            attributes.Append(" data-i18n.").Append(attribute).Append("=\"").Append(FieldState.Encode(Text["Component.CharacterCount." + key])).Append('"');
        }

        return attributes.ToString();
    }
}
