using System.Security.Cryptography;

namespace Coproduce.Core.Transport;

/// <summary>
/// Short references read out on the phone, like "K7P-3MX". Letters and digits that sound or look alike (0 and O, 1
/// and I, 2 and Z, 5 and S, 8 and B) are left out, so a passenger writing it down gets it right.
/// </summary>
public static class BookingReference
{
    private const string Alphabet = "ACDEFHJKLMNPRTUVWXY34679";

    /// <summary>A new random reference: 24^6, about 190 million, so one evening's bookings almost never collide.</summary>
    public static string New()
    {
        Span<char> text = stackalloc char[7];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = i == 3 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(text);
    }

    /// <summary>A reference as someone typed it (any case, spaces, no dash), tidied; none if it can't be one.</summary>
    public static string? Tidy(string? typed)
    {
        var letters = new string((typed ?? string.Empty).Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return letters.Length == 6 && letters.All(Alphabet.Contains) ? $"{letters[..3]}-{letters[3..]}" : null;
    }
}
