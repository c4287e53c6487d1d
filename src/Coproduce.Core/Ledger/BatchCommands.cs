using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coproduce.Core.Ledger;

/// <summary>
/// A PostgreSQL writer connection's commands, kept by their SQL text. A batch of the same shape as an earlier one (the same
/// number of posts, accounts and keys) reuses its command, and the database reuses the compiled statement instead of
/// parsing and planning it again.
/// </summary>
internal sealed class BatchCommands : IAsyncDisposable
{
    // Shapes vary with batch size; a few dozen cover a busy evening. Past that, start afresh rather than grow.
    private const int MaximumKept = 64;

    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> in <paramref name="transaction"/>, with these parameter values.</summary>
    public async Task<DbCommand> PrepareAsync(IDbContextTransaction transaction, string sql, Parameters parameters)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var dbTransaction = transaction.GetDbTransaction();
        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= MaximumKept)
            {
                await DisposeAsync();
            }

            command = (dbTransaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.")).CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        command.Transaction = dbTransaction;

        // The same SQL names the same parameters, so a kept command keeps its parameter objects; only values change.
        for (var i = 0; i < parameters.Values.Count; i++)
        {
            if (i == command.Parameters.Count)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = Parameters.Name(i);
                command.Parameters.Add(parameter);
            }

            command.Parameters[i].Value = parameters.Values[i];
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
    }

    /// <summary>Parameter values in order, named @p0, @p1, ... so the same shape of batch always has the same SQL.</summary>
    internal sealed class Parameters
    {
        public List<object> Values { get; } = [];

        public static string Name(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

        /// <summary>Adds a value (null as NULL) and returns its name.</summary>
        public string Add(object? value)
        {
            Values.Add(value ?? DBNull.Value);
            return Name(Values.Count - 1);
        }
    }
}
