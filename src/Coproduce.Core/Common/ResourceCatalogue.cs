using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Coproduce.Core.Common;

/// <summary>
/// The texts of every capability in an assembly, each capability keeping its own English and Welsh files in its own
/// folder (<c>Ledger/Resources/LedgerMessages.resx</c> and <c>LedgerMessages.cy.resx</c>), found by the end of their
/// name. A capability adds its texts by adding its files: there is no shared file for every capability to edit.
/// </summary>
public sealed class ResourceCatalogue
{
    private readonly Dictionary<string, ResourceManager> owners;

    /// <summary>Finds every resource file in <paramref name="assembly"/> whose name ends with <paramref name="suffix"/>.</summary>
    /// <exception cref="InvalidOperationException">Two files hold the same key: a programming error caught by tests.</exception>
    public ResourceCatalogue(Assembly assembly, string suffix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        const string Compiled = ".resources";
        Files = [.. assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(suffix + Compiled, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new ResourceManager(name[..^Compiled.Length], assembly))];

        owners = new Dictionary<string, ResourceManager>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            // The English file is the full list of a file's keys; tests hold the Welsh file to the same list.
            var english = file.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
                ?? throw new InvalidOperationException($"{file.BaseName} has no English texts.");
            foreach (DictionaryEntry entry in english)
            {
                var key = (string)entry.Key;
                if (!owners.TryAdd(key, file))
                {
                    throw new InvalidOperationException($"'{key}' is in both {owners[key].BaseName} and {file.BaseName}.");
                }
            }
        }
    }

    /// <summary>Each capability's file, so tests can check that each has every key in both languages.</summary>
    public IReadOnlyList<ResourceManager> Files { get; }

    /// <summary>The keys of every file.</summary>
    public IEnumerable<string> Keys => owners.Keys;

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/>; none when no file has the key.</summary>
    public string? Find(string key, CultureInfo culture) =>
        owners.TryGetValue(key, out var file) ? file.GetString(key, culture) : null;
}
