namespace Coproduce.Cli.Tests;

public class CsvRecordsTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks_and_knows_each_records_line()
    {
        const string text = "key,description\r\nk1,\"Gardening, weeding\"\nk2,\"She said \"\"diolch\"\"\"\nk3,\"two\nlines\"\nk4,last";

        var records = CsvRecords.Read(new StringReader(text)).ToList();

        Assert.Equal(
            [(1, "key|description"), (2, "k1|Gardening, weeding"), (3, "k2|She said \"diolch\""), (4, "k3|two\nlines"), (6, "k4|last")],
            records.Select(r => (r.Line, string.Join('|', r.Fields))));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("")]
    [InlineData("Gardening, Bryn Road")]
    [InlineData("She said \"diolch\"")]
    [InlineData("two\nlines, and \"quotes\"")]
    public void A_quoted_field_reads_back_as_it_was(string field)
    {
        var text = CsvRecords.Quote(field) + "," + CsvRecords.Quote(field) + "\n";

        var record = Assert.Single(CsvRecords.Read(new StringReader(text)));

        Assert.Equal([field, field], record.Fields);
    }

    [Fact]
    public void An_empty_file_has_no_records() => Assert.Empty(CsvRecords.Read(new StringReader(string.Empty)));
}
