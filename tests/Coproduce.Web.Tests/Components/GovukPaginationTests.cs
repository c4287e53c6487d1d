using Coproduce.Web.Components;
using Coproduce.Web.Tests.Components.Support;

namespace Coproduce.Web.Tests.Components;

/// <summary>What pages give the pagination helper beyond govuk-frontend's own examples.</summary>
public class GovukPaginationTests
{
    [Fact]
    public async Task An_empty_address_is_no_link_since_razor_passes_a_null_string_attribute_as_empty()
    {
        var html = await TagHelperRendering.RenderAsync(
            new GovukPaginationTagHelper(TagHelperRendering.Text) { PreviousHref = string.Empty, NextHref = "/older", NextText = "Older" },
            "govuk-pagination");

        Assert.DoesNotContain("govuk-pagination__prev", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/older\" rel=\"next\"", html, StringComparison.Ordinal);
    }
}
