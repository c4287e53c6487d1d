using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using Coproduce.Core.Data;
using Microsoft.EntityFrameworkCore;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Coproduce.Architecture.Tests;

/// <summary>
/// The rooms of the house, held by tests: each rule fails the build's tests when code reaches where it should not.
/// Each rule also has a check that it can fail, run on code known to break it, so a rule can't quietly match nothing.
/// </summary>
public class RoomTests
{
    /// <summary>What every capability may use: the platform's own rooms.</summary>
    public static readonly string[] Platform = ["Ledger", "People", "Notifications", "Audit", "Common", "Data", "Journeys"];

    // Not capabilities: Data holds the DbContext and registers every room (it is where a new one is added), the demo
    // community seeds every room, and the resource files are only text.
    private static readonly string[] NotCapabilities = ["Data", "Demo", "Resources"];

    private static readonly ArchUnitNET.Domain.Architecture Coproduce = new ArchLoader().LoadAssemblies(
        typeof(CoproduceDbContext).Assembly,
        typeof(Scheduling.DarpSolver).Assembly,
        System.Reflection.Assembly.Load("Coproduce.Web"),
        System.Reflection.Assembly.Load("coproduce")).Build();

    [Fact]
    public void Core_knows_nothing_of_the_web()
    {
        // Identity's stores and the data-protection key table are data kept in Core's database, not the web: they are
        // the two exceptions, written down in Core's project file.
        var rule = Types().That().ResideInNamespaceOrBelow("Coproduce.Core")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(WebFramework);

        rule.Check(Coproduce);
        AssertCatches(Types().That().ResideInNamespaceOrBelow("Coproduce.Web.Pages")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(WebFramework));
    }

    [Fact]
    public void Scheduling_knows_neither_Core_nor_EF_Core()
    {
        var rule = Types().That().ResideInNamespaceOrBelow("Coproduce.Scheduling")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("Coproduce.Core")
            .AndShould().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("Microsoft.EntityFrameworkCore");

        rule.Check(Coproduce);
        AssertCatches(Types().That().ResideInNamespaceOrBelow("Coproduce.Cli")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow("Coproduce.Core"));
    }

    [Fact]
    public void A_capability_uses_no_other_capability_than_the_platform()
    {
        var capabilities = CoreRooms().Where(room => !NotCapabilities.Contains(room)).ToList();
        Assert.Contains("Ledger", capabilities);

        foreach (var capability in capabilities)
        {
            CapabilityRule(capability, Platform).Check(Coproduce);
        }

        // The demo community uses the ledger: were the ledger not part of the platform, the rule would say so.
        AssertCatches(CapabilityRule("Demo", [.. Platform.Where(room => room != "Ledger")]));
    }

    [Fact]
    public void Pages_and_the_api_reach_data_only_through_services()
    {
        var rule = Types().That().ResideInNamespaceOrBelow("Coproduce.Web.Pages").Or().ResideInNamespaceOrBelow("Coproduce.Web.Api")
            .Should().NotDependOnAny(typeof(CoproduceDbContext));

        rule.Check(Coproduce);
        AssertCatches(Types().That().ResideInNamespaceOrBelow("Coproduce.Web.Identity")
            .Should().NotDependOnAny(typeof(CoproduceDbContext)));
    }

    [Fact]
    public void Every_entity_mapping_lives_in_its_capabilitys_storage_folder()
    {
        var mappings = typeof(CoproduceDbContext).Assembly.GetTypes()
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)))
            .ToList();

        Assert.True(mappings.Count >= 5, "the ledger's, people's, notifications' and audit's mappings at least");
        Assert.All(mappings, type => Assert.Matches(@"^Coproduce\.Core\.[A-Za-z]+\.Storage$", type.Namespace));
    }

    // The ASP.NET Core web framework: every Microsoft.AspNetCore namespace except Identity's and data protection's.
    private const string WebFramework = @"^Microsoft\.AspNetCore(?!\.(Identity|DataProtection|Cryptography)(\.|$))(\.|$)";

    /// <summary>Types of Coproduce.Core.{capability} use nothing in Core's other rooms except <paramref name="allowed"/>.</summary>
    private static ArchUnitNET.Fluent.Syntax.Elements.Types.TypesShouldConjunctionWithDescription CapabilityRule(string capability, IEnumerable<string> allowed)
    {
        var others = CoreRooms().Where(room => room != capability && !allowed.Contains(room)).ToList();
        var pattern = others.Count == 0 ? "^$" : @"^Coproduce\.Core\.(" + string.Join("|", others) + @")(\.|$)";
        return Types().That().ResideInNamespaceOrBelow("Coproduce.Core." + capability)
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(pattern)
            .Because($"{capability} may use only its own room and the platform's");
    }

    /// <summary>The rooms of Core: the namespaces just below Coproduce.Core.</summary>
    private static List<string> CoreRooms() => [.. Coproduce.Namespaces
        .Select(n => n.FullName)
        .Where(name => name.StartsWith("Coproduce.Core.", StringComparison.Ordinal))
        .Select(name => name["Coproduce.Core.".Length..].Split('.')[0])
        .Distinct()
        .Order(StringComparer.Ordinal)];

    private static void AssertCatches(IArchRule rule) =>
        Assert.False(rule.HasNoViolations(Coproduce), "This rule should have found a breach in code known to break it: " + rule.Description);
}
