namespace Coproduce.Bench.Support;

/// <summary>Finds the repository (the folder holding Coproduce.slnx) from wherever the benchmark runs.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Coproduce.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the Coproduce repository.");
    }
}
