namespace Coproduce.Core.Common;

/// <summary>
/// The one rule for text that people type (names, addresses, notes, descriptions): no hidden control characters, no
/// characters that reverse the direction of the text around them, and a required answer must have something visible in
/// it. Every service that stores people's text checks it here, so a page, the API and the command line refuse the same
/// things with the same message.
/// </summary>
/// <remarks>
/// Control characters (a NUL, an escape, a pasted form feed) break exports, CSV files and screen readers; the
/// bidirectional overrides and isolates (U+202A to U+202E, U+2066 to U+2069) make text display in a different order from
/// the one it is stored in ("Trojan Source"), so a name or a description could read as something it is not.
/// </remarks>
public static class TextRules
{
    /// <summary>
    /// Why <paramref name="text"/> can't be stored, or none when it can. Tabs and line breaks are allowed only in
    /// <see cref="TextKind.MultiLine"/> text. Text that is empty or only invisible is not refused here (see
    /// <see cref="HasVisibleText"/> for a required answer).
    /// </summary>
    /// <param name="field">The field to name in the error, e.g. <c>Name</c>.</param>
    /// <param name="text">As typed (or as trimmed by the caller).</param>
    /// <param name="kind">Whether the field takes several lines (an address, a description).</param>
    public static FieldError? Check(string field, string? text, TextKind kind = TextKind.SingleLine)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (IsDirectionControl(c))
            {
                return new FieldError(field, "Text.DirectionControl");
            }

            if (IsControl(c) && !(kind == TextKind.MultiLine && c is '\t' or '\n' or '\r'))
            {
                return new FieldError(field, kind == TextKind.MultiLine ? "Text.ControlCharacter" : "Text.ControlCharacterOneLine");
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text has at least one character a reader can see: not only spaces, line breaks and invisible
    /// characters such as the zero-width space (U+200B), joiners (U+200C, U+200D), the word joiner (U+2060) or the byte
    /// order mark (U+FEFF).
    /// </summary>
    public static bool HasVisibleText(string? text) =>
        text is not null && text.Any(c => !char.IsWhiteSpace(c) && !IsInvisible(c) && !IsControl(c) && !IsDirectionControl(c));

    /// <summary>
    /// A required answer checked and trimmed: the text, or null with the reason added to <paramref name="errors"/>
    /// (hidden characters, nothing visible, or longer than <paramref name="maximumLength"/>).
    /// </summary>
    public static string? Required(string field, string? text, int maximumLength, string requiredCode, string tooLongCode,
        List<FieldError> errors, TextKind kind = TextKind.SingleLine)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var tidy = text?.Trim() ?? string.Empty;
        if (Check(field, tidy, kind) is { } textError)
        {
            errors.Add(textError);
        }
        else if (!HasVisibleText(tidy))
        {
            // Only zero-width or other invisible characters: as good as nothing at all.
            errors.Add(new FieldError(field, requiredCode));
        }
        else if (tidy.Length > maximumLength)
        {
            errors.Add(new FieldError(field, tooLongCode, maximumLength));
        }
        else
        {
            return tidy;
        }

        return null;
    }

    /// <summary>The text trimmed, or none when it has nothing visible in it (an optional answer left blank).</summary>
    public static string? TidyOptional(string? text) => HasVisibleText(text) ? text!.Trim() : null;

    // C0 controls, DEL and the C1 controls (U+0085, the "next line" some systems paste, among them).
    private static bool IsControl(char c) => c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    private static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    // Format characters that show nothing on their own: zero-width space, joiners, direction marks, word joiner and the
    // invisible operators, the byte order mark, the soft hyphen, the Mongolian vowel separator, the Hangul fillers.
    private static bool IsInvisible(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u2060' and <= '\u2064' or '\uFEFF' or '\u00AD' or '\u180E' or '\u034F'
            or '\u115F' or '\u1160' or '\u3164' or '\uFFA0';
}

/// <summary>Whether a field takes one line of text or several.</summary>
public enum TextKind
{
    /// <summary>A name, an email address, a phone number: no tabs or line breaks.</summary>
    SingleLine = 0,

    /// <summary>An address, a description, a note: tabs and line breaks are part of it.</summary>
    MultiLine = 1,
}
