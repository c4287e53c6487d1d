using System.Globalization;

namespace Coproduce.Core.Common;

/// <summary>
/// A reason an input was refused, tied to the field a person would correct.
/// The code names a message in a capability's <c>Resources/*Messages.resx</c>; the arguments fill its placeholders,
/// so the same error reads correctly in English and in Welsh.
/// </summary>
/// <param name="Field">The input field at fault, e.g. <c>Amount</c>; empty for the request as a whole.</param>
/// <param name="Code">The message key, e.g. <c>Ledger.SameAccount</c>.</param>
/// <param name="Arguments">Values for the message's placeholders.</param>
public sealed record FieldError(string Field, string Code, params object[] Arguments)
{
    /// <summary>The message for a person, in the given culture (English unless it is Welsh).</summary>
    public string Message(CultureInfo culture) => CoreMessages.Format(Code, culture, Arguments);

    /// <summary>The message in English, for logs and the command line.</summary>
    public override string ToString() => $"{Field}: {Message(CultureInfo.GetCultureInfo("en-GB"))}";
}
