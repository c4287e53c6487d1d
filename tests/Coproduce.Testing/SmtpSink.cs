using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Coproduce.Testing;

/// <summary>An email a <see cref="SmtpSink"/> received: the envelope and the message as it came over the wire.</summary>
/// <param name="MailFrom">The envelope sender (MAIL FROM).</param>
/// <param name="Recipients">The envelope recipients (RCPT TO).</param>
/// <param name="Data">The message after dot-unstuffing, lines ending CRLF; bytes as Latin-1 characters, one for one.</param>
public sealed record ReceivedEmail(string MailFrom, IReadOnlyList<string> Recipients, string Data)
{
    /// <summary>The message's bytes, for a MIME parser.</summary>
    public Stream OpenRead() => new MemoryStream(Encoding.Latin1.GetBytes(Data));
}

/// <summary>
/// A real SMTP server on 127.0.0.1 and a free port, speaking enough of RFC 5321 for a mail client (greeting, EHLO/HELO,
/// MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT) and keeping what it receives. It advertises no extensions,
/// so a client must send plain 7-bit messages, as it would to the most basic relay.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<ReceivedEmail> received = [];
    private readonly List<Task> conversations = [];
    private readonly Task accepting;
    private volatile string? failure;
    private int connections;

    private SmtpSink()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public static SmtpSink Start() => new();

    public string Host { get; } = IPAddress.Loopback.ToString();

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>
    /// While set (e.g. "451 4.3.0 Try again later" or "550 5.7.1 Refused"), the reply to every MAIL FROM, so nothing is
    /// accepted; null to accept mail again.
    /// </summary>
    public string? FailWith
    {
        get => failure;
        set => failure = value;
    }

    /// <summary>How many connections clients have opened so far.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>What has been accepted so far, in order of acceptance.</summary>
    public IReadOnlyList<ReceivedEmail> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        Task[] open;
        lock (conversations)
        {
            open = [.. conversations];
        }

        await Task.WhenAll(open);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            lock (conversations)
            {
                conversations.Add(ConverseAsync(client));
            }
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1, detectEncodingFromByteOrderMarks: false);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 127.0.0.1 Coproduce test sink ready");
            string? from = null;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var verb = (line.Length > 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                    case "HELO":
                        await writer.WriteLineAsync("250 127.0.0.1 greets you");
                        break;
                    case "MAIL" when failure is { } reply:
                        await writer.WriteLineAsync(reply);
                        break;
                    case "MAIL":
                        from = Path(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 Sender OK");
                        break;
                    case "RCPT" when from is null:
                        await writer.WriteLineAsync("503 5.5.1 MAIL first");
                        break;
                    case "RCPT":
                        recipients.Add(Path(line));
                        await writer.WriteLineAsync("250 2.1.5 Recipient OK");
                        break;
                    case "DATA" when from is null || recipients.Count == 0:
                        await writer.WriteLineAsync("503 5.5.1 RCPT first");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = await ReadDataAsync(reader);
                        lock (received)
                        {
                            received.Add(new ReceivedEmail(from, [.. recipients], data));
                        }

                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognised");
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up, or the sink is stopping: the conversation is over either way.
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            // RFC 5321 4.5.2: the client doubled every leading dot, so a line of "." could not end the message early.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    /// <summary>The address in "MAIL FROM:&lt;a@b&gt; SIZE=1" or "RCPT TO:&lt;a@b&gt;".</summary>
    private static string Path(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
