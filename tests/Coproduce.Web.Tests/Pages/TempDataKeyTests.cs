using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Coproduce.Web.Tests.Pages;

/// <summary>
/// TempData is one dictionary per visitor, keyed by property name, so a flag one page leaves behind is read by the
/// next page that has a property of that name. When the two disagree on its type the second page throws.
/// </summary>
public class TempDataKeyTests
{
    [Fact]
    public void Pages_that_share_a_TempData_name_agree_on_its_type()
    {
        var properties = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            .Where(p => p.GetCustomAttribute<TempDataAttribute>() is not null)
            .ToList();

        Assert.NotEmpty(properties);
        var clashes = properties
            .GroupBy(p => p.GetCustomAttribute<TempDataAttribute>()!.Key ?? p.Name)
            .Where(g => g.Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: " + string.Join(", ", g.Select(p => $"{p.DeclaringType!.Name} {p.PropertyType.Name}")));

        Assert.Empty(clashes);
    }
}
