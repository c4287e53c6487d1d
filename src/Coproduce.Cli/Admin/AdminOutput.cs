using Coproduce.Core.Common;
using Coproduce.Core.People;

namespace Coproduce.Cli.Admin;

/// <summary>How the admin commands tell the operator that Core refused.</summary>
internal static class AdminOutput
{
    public static async Task WriteRefusalAsync(TextWriter error, IReadOnlyList<FieldError> errors)
    {
        foreach (var refusal in errors)
        {
            await error.WriteLineAsync(refusal.Message(LanguageCultures.English) + ".");
        }

        await error.WriteLineAsync("Nothing changed.");
    }
}
