using System.Diagnostics;
using System.Globalization;

namespace Coproduce.Cli.Ledger;

/// <summary>
/// The import's running counts, written to stderr every N lines and whenever a second has passed since the last, so a
/// long import shows it is moving (and how far it got, if it stops) without burying the refusals on stdout.
/// </summary>
internal sealed class ImportProgress(TextWriter error, int every)
{
    private readonly Stopwatch sinceLast = Stopwatch.StartNew();

    public int Read { get; private set; }

    public int Posted { get; set; }

    public int Repeated { get; set; }

    public int Refused { get; set; }

    public async Task LineDoneAsync()
    {
        Read++;
        if (Read % every == 0 || sinceLast.Elapsed >= TimeSpan.FromSeconds(1))
        {
            await WriteAsync();
        }
    }

    public async Task WriteAsync()
    {
        sinceLast.Restart();
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Lines read: {Read}; posted: {Posted}; already posted: {Repeated}; refused: {Refused}."));
    }
}

/// <summary>
/// <c>--report FILE</c>: one CSV row per line of the import (line, key, outcome, reason), written and flushed as each
/// line is settled, so after an interruption the file says what stands. A line missing from the end may or may not
/// have been posted; importing the file again settles it, since each key is posted at most once.
/// </summary>
internal sealed class ImportReport : IAsyncDisposable
{
    public const string Posted = "posted";
    public const string AlreadyPosted = "already_posted";
    public const string Refused = "refused";

    private readonly StreamWriter writer;

    private ImportReport(StreamWriter writer) => this.writer = writer;

    /// <summary>The report, started with its header line, or null (having said why) when the file can't be written.</summary>
    public static async Task<ImportReport?> CreateAsync(string path, TextWriter error)
    {
        try
        {
            var writer = new StreamWriter(path, append: false) { AutoFlush = true };
            await writer.WriteLineAsync("line,key,outcome,reason");
            return new ImportReport(writer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The report '{path}' can't be written: {exception.Message}");
            return null;
        }
    }

    public Task WriteAsync(int line, string key, string outcome, string reason) =>
        writer.WriteLineAsync(string.Join(',', line.ToString(CultureInfo.InvariantCulture), CsvRecords.Quote(key), outcome, CsvRecords.Quote(reason)));

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
