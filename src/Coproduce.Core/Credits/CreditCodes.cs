using System.Security.Cryptography;
using System.Text;

namespace Coproduce.Core.Credits;

/// <summary>
/// The codes people read, type and scan: member codes, note serials, a note's security code and PIN. Letters use
/// Crockford's alphabet (no I, L, O or U), and what is typed is forgiven the way people mistype it: spaces, dashes,
/// lower case, an O for a 0 and an I or L for a 1.
/// </summary>
public static class CreditCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int SerialLength = 12;
    private const int SecurityCodeLength = 8;

    /// <summary>A new member code: eight characters, about a million million of them.</summary>
    public static string NewMemberCode() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
    });

    /// <summary>A code as printed and read aloud, in groups of four: <c>K7P4 9Q2M</c>, <c>4821 7730 1954</c>.</summary>
    public static string Grouped(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Join(' ', code.Chunk(4).Select(group => new string(group)));
    }

    /// <summary>What was typed, tidied to the stored form; none when it has characters no code has.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var tidy = new StringBuilder(typed.Length);
        foreach (var c in typed.Trim().ToUpperInvariant())
        {
            switch (c)
            {
                case ' ' or '-' or '.':
                    continue;
                case 'O':
                    tidy.Append('0');
                    break;
                case 'I' or 'L':
                    tidy.Append('1');
                    break;
                default:
                    if (!Alphabet.Contains(c, StringComparison.Ordinal))
                    {
                        return null;
                    }

                    tidy.Append(c);
                    break;
            }
        }

        return tidy.ToString();
    }

    /// <summary>A new note serial: eleven random digits and a check digit (Luhn), so a digit misread is caught.</summary>
    public static string NewSerial()
    {
        var digits = string.Create(SerialLength - 1, 0, (span, _) =>
        {
            // Never a leading zero, so a serial read aloud or pasted into a spreadsheet keeps all its digits.
            span[0] = (char)('1' + RandomNumberGenerator.GetInt32(9));
            for (var i = 1; i < span.Length; i++)
            {
                span[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
            }
        });
        return digits + CheckDigit(digits);
    }

    /// <summary>Whether <paramref name="serial"/> is twelve digits whose last checks the rest.</summary>
    public static bool IsSerial(string serial)
    {
        ArgumentNullException.ThrowIfNull(serial);
        return serial.Length == SerialLength && serial.All(char.IsAsciiDigit) && CheckDigit(serial[..^1]) == serial[^1];
    }

    /// <summary>A new secret for a batch of notes.</summary>
    public static byte[] NewSigningKey() => RandomNumberGenerator.GetBytes(32);

    /// <summary>The note's security code, printed beside its QR code: eight characters signed with the batch's key.</summary>
    public static string SecurityCode(byte[] key, string serial)
    {
        var mac = Sign(key, "code:" + serial);
        // Five bytes are forty bits: eight characters of five bits each.
        var bits = 0UL;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | mac[i];
        }

        return string.Create(SecurityCodeLength, bits, (span, value) =>
        {
            for (var i = span.Length - 1; i >= 0; i--)
            {
                span[i] = Alphabet[(int)(value & 31)];
                value >>= 5;
            }
        });
    }

    /// <summary>The note's PIN: four digits derived from the batch's key, so it is printed but never stored.</summary>
    public static string Pin(byte[] key, string serial)
    {
        var mac = Sign(key, "pin:" + serial);
        return (BitConverter.ToUInt32(mac, 0) % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>What the QR code carries: the serial and its security code (<c>482177301954-K7P49Q2M</c>).</summary>
    public static string Token(byte[] key, string serial) => serial + "-" + SecurityCode(key, serial);

    /// <summary>
    /// A scanned or typed token split into its serial and security code; none when it is garbled (wrong length,
    /// characters no token has, or a serial whose check digit fails).
    /// </summary>
    public static (string Serial, string SecurityCode)? ParseToken(string? typed)
    {
        var tidy = Normalise(typed);
        if (tidy is null || tidy.Length != SerialLength + SecurityCodeLength || !IsSerial(tidy[..SerialLength]))
        {
            return null;
        }

        return (tidy[..SerialLength], tidy[SerialLength..]);
    }

    /// <summary>Compares codes in constant time, so timing says nothing about how much of a forgery was right.</summary>
    public static bool SameCode(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));

    private static byte[] Sign(byte[] key, string text) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(text));

    private static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
