using System.Text;

namespace Coproduce.Cli;

/// <summary>
/// Reads comma-separated records as spreadsheets write them (RFC 4180): fields may be quoted, a quoted field may hold
/// commas, doubled quotes and line breaks. Each record comes with the line it starts on, for messages people can act on.
/// </summary>
internal static class CsvRecords
{
    /// <summary>A field as a spreadsheet reads it back: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var any = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"')
                {
                    field.Append((char)reader.Read());
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return (recordLine, [.. fields]);
                    fields.Clear();
                    any = false;
                    recordLine = ++line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (recordLine, [.. fields]);
        }
    }
}
